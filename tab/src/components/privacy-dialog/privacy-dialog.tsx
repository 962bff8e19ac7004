import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { PrivacyDialogProps } from './privacy-dialog.types';
import { useErasePerson } from './use-erase-person';
import { usePrivacyDialog } from './use-privacy-dialog';
import { usePrivacyDialogStyles } from './privacy-dialog.styles';

/** "Privacy": what the app holds about the caller (readable and as JSON) and how it handles data. */
export function PrivacyDialog({ onClose, programmeId, role }: PrivacyDialogProps) {
  const view = usePrivacyDialog();
  const eraser = useErasePerson(programmeId);
  const styles = usePrivacyDialogStyles();
  const { t, locale } = view;
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="privacy-dialog">
        <DialogBody>
          <DialogTitle>{t('privacy.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <section className={styles.section} aria-labelledby="privacy-mine">
              <h3 id="privacy-mine" className={styles.heading}>
                {t('privacy.yourData')}
              </h3>
              <p className={styles.hint}>{t('privacy.yourDataHint')}</p>
              {view.state.status === 'loading' && <Spinner size="tiny" label={t('common.loading')} />}
              {view.state.status === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>{view.state.message}</MessageBarBody>
                </MessageBar>
              )}
              {view.sections.map((section, index) => (
                <div key={index} data-testid="privacy-export-section">
                  <h4 className={styles.heading}>{section.heading}</h4>
                  {section.lines.length > 0 && (
                    <ul className={styles.list}>
                      {section.lines.map((line, lineIndex) => (
                        <li key={lineIndex}>{line}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </section>
            <section className={styles.section} aria-labelledby="privacy-how">
              <h3 id="privacy-how" className={styles.heading}>
                {t('privacy.howTitle')}
              </h3>
              {view.dataTypes.map((type) => (
                <div key={type.key}>
                  <h4 className={styles.heading}>{type.title[locale]}</h4>
                  <dl className={styles.terms}>
                    <dt className={styles.term}>{t('privacy.stored')}</dt>
                    <dd className={styles.definition}>{type.stored[locale]}</dd>
                    <dt className={styles.term}>{t('privacy.why')}</dt>
                    <dd className={styles.definition}>{type.why[locale]}</dd>
                    <dt className={styles.term}>{t('privacy.retention')}</dt>
                    <dd className={styles.definition}>{type.retention[locale]}</dd>
                    <dt className={styles.term}>{t('privacy.whoSees')}</dt>
                    <dd className={styles.definition}>{type.whoSees[locale]}</dd>
                  </dl>
                </div>
              ))}
              <Link href={view.privacyPageUrl} target="_blank" rel="noopener">
                {t('privacy.publicPage')}
              </Link>
            </section>
            {role === 'leader' && (
              <section className={styles.section} aria-labelledby="privacy-erase">
                <h3 id="privacy-erase" className={styles.heading}>
                  {t('privacy.erase.title')}
                </h3>
                <p className={styles.hint}>{t('privacy.erase.hint')}</p>
                <Field label={t('privacy.erase.userId')}>
                  <Input
                    value={eraser.userId}
                    onChange={(_e, d) => eraser.setUserId(d.value)}
                    data-testid="erase-user-id"
                  />
                </Field>
                <Checkbox
                  label={t('privacy.erase.tenantWide')}
                  checked={eraser.tenantWide}
                  onChange={(_e, d) => eraser.setTenantWide(d.checked === true)}
                />
                {eraser.outcome && (
                  <MessageBar intent={eraser.outcome.ok ? 'success' : 'error'} data-testid="erase-outcome">
                    <MessageBarBody>{eraser.outcome.message}</MessageBarBody>
                  </MessageBar>
                )}
                <div>
                  <Button
                    appearance={eraser.confirming ? 'primary' : 'secondary'}
                    disabled={!eraser.valid || eraser.busy}
                    onClick={() => void eraser.erase()}
                    data-testid="erase-person"
                  >
                    {eraser.confirming ? t('privacy.erase.confirm') : t('privacy.erase.submit')}
                  </Button>
                </div>
              </section>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('privacy.close')}
            </Button>
            <Button
              appearance="primary"
              disabled={view.state.status !== 'ready'}
              onClick={view.download}
              data-testid="privacy-download"
            >
              {t('privacy.download')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
