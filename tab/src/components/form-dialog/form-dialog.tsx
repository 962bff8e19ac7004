import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { FormDialogProps } from './form-dialog.types';
import { FieldErrorsContext, focusFirstFieldAtFault } from './field-errors';
import { useFormDialog } from './use-form-dialog';
import { useFormDialogStyles } from './form-dialog.styles';

const NO_FIELDS: readonly [] = [];

/** A modal form: title, fields, the save problem (conflicts keep the input; fields at fault are
 * marked and focused), save and cancel. */
export function FormDialog(props: FormDialogProps) {
  const { title, intro, children, submitLabel, saving, canSubmit, problem, onReloadLatest, onClose, wide } =
    props;
  const { t, handleSubmit } = useFormDialog(props);
  const styles = useFormDialogStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = problem?.fields ?? NO_FIELDS;
  // A failed save that names fields takes the person to the first one, marked and explained.
  useEffect(() => {
    focusFirstFieldAtFault(formRef.current, fields);
  }, [fields]);
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={mergeClasses(styles.surface, wide && styles.wide)}>
        <form ref={formRef} onSubmit={handleSubmit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {intro}
              {problem && (
                <MessageBar
                  intent={problem.conflict ? 'warning' : 'error'}
                  data-testid={problem.conflict ? 'conflict' : 'save-error'}
                >
                  <MessageBarBody>
                    <MessageBarTitle>
                      {problem.conflict ? t('errors.conflictTitle') : t('errors.saveFailed')}
                    </MessageBarTitle>
                    {problem.message}
                  </MessageBarBody>
                  {problem.conflict && onReloadLatest && (
                    <MessageBarActions>
                      <Button size="small" onClick={onReloadLatest}>
                        {t('errors.loadLatest')}
                      </Button>
                    </MessageBarActions>
                  )}
                </MessageBar>
              )}
              <FieldErrorsContext.Provider value={fields}>{children}</FieldErrorsContext.Provider>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={!canSubmit || saving}>
                {saving ? t('common.saving') : submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
