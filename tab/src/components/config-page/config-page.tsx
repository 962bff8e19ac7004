import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Button,
} from '@fluentui/react-components';
import { CreateProgrammeForm } from '../create-programme-form';
import { useConfigPage } from './use-config-page';
import { useConfigPageStyles } from './config-page.styles';

/** `/tab/config`: which programme this channel's tab shows. */
export function ConfigPage() {
  const view = useConfigPage();
  const styles = useConfigPageStyles();
  const { t } = view;
  return (
    <main className={styles.root} data-testid="config-page">
      <h1 className={styles.title}>{view.inMeeting ? t('config.titleMeeting') : t('config.title')}</h1>
      <p className={styles.text}>{view.inTeams ? t('config.intro') : t('config.introLocal')}</p>
      {view.error && (
        <MessageBar intent="error">
          <MessageBarBody>{view.error}</MessageBarBody>
          <Button size="small" onClick={view.retry}>
            {t('common.retry')}
          </Button>
        </MessageBar>
      )}
      {!view.programmes && !view.error && <Spinner label={t('common.loading')} />}
      {view.programmes && view.programmes.length > 0 && (
        <Field label={t('config.pick')}>
          <RadioGroup value={view.selected ?? ''} onChange={(_e, d) => view.setSelected(d.value)}>
            {view.programmes.map((p) => (
              <Radio key={p.id} value={p.id} label={p.name} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {view.programmes && view.programmes.length === 0 && <p className={styles.text}>{t('config.none')}</p>}
      <h2 className={styles.title}>{t('config.create')}</h2>
      <CreateProgrammeForm onCreated={view.onCreated} />
      {!view.inTeams && view.previewUrl && <Link href={view.previewUrl}>{t('config.open')}</Link>}
    </main>
  );
}
