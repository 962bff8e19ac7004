import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';

export interface ItemListEditorProps<T extends { id: string }> {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  /** The accessible name of the n-th item's group (1-based), e.g. "Task 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  newItem: () => T;
  /** The item's own fields; `patch` merges changes into this item only; `index` is its place. */
  renderFields: (item: T, patch: (changes: Partial<T>) => void, index: number) => ReactNode;
}

/**
 * A step's editable list (tasks, training modules): one labelled group per item with its fields
 * and a remove button, and an add button — so each step editor only says what its fields are.
 */
export function ItemListEditor<T extends { id: string }>(props: ItemListEditorProps<T>) {
  const { t } = useTranslation();
  const styles = useEditStepDialogStyles();
  const { items, onChange } = props;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      {items.map((item, index) => (
        <div key={item.id} className={styles.group} role="group" aria-label={props.itemLabel(index + 1)}>
          {props.renderFields(
            item,
            (changes) => onChange(items.map((x) => (x.id === item.id ? { ...x, ...changes } : x))),
            index,
          )}
          <Button
            size="small"
            appearance="subtle"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onChange(items.filter((x) => x.id !== item.id))}
          >
            {t('editStep.remove')}
          </Button>
        </div>
      ))}
      <Button style={{ alignSelf: 'flex-start' }} onClick={() => onChange([...items, props.newItem()])}>
        {props.addLabel}
      </Button>
    </fieldset>
  );
}
