import { lazy, Suspense, useState } from 'react';
import { Badge, Button, Select, Spinner } from '@fluentui/react-components';
import type { AppHeaderProps } from './app-header.types';
import { useAppHeader } from './use-app-header';
import { useAppHeaderStyles } from './app-header.styles';

/** Loaded when opened: the privacy view is not part of the board's first paint. */
const PrivacyDialog = lazy(() => import('../privacy-dialog').then((m) => ({ default: m.PrivacyDialog })));

/** App name, which programme, the caller's role, and (local mode only) whom the demo acts as. */
export function AppHeader({ role, programmes, programmeId, onSelectProgramme, refreshing }: AppHeaderProps) {
  const view = useAppHeader();
  const styles = useAppHeaderStyles();
  const [privacyOpen, setPrivacyOpen] = useState(false);
  return (
    <header className={styles.root}>
      <span className={styles.brand}>{view.t('app.title')}</span>
      {refreshing && <Spinner size="extra-tiny" aria-label={view.t('common.refreshing')} />}
      {programmes.length > 1 && (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="programme-picker">
            {view.t('header.programme')}
          </label>
          <Select
            id="programme-picker"
            className={styles.select}
            value={programmeId ?? programmes[0]?.id}
            onChange={(_e, data) => onSelectProgramme(data.value)}
          >
            {programmes.some((p) => p.closedAt) ? (
              <>
                <optgroup label={view.t('closure.openGroup')}>
                  {programmes
                    .filter((p) => !p.closedAt)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                </optgroup>
                <optgroup label={view.t('closure.closedGroup')} data-testid="closed-programmes">
                  {programmes
                    .filter((p) => p.closedAt)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                </optgroup>
              </>
            ) : (
              programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))
            )}
          </Select>
        </div>
      )}
      {role && (
        <Badge appearance="outline" color="brand" data-testid="role">
          {view.t('header.role', { role: view.t(`role.${role}`) })}
        </Badge>
      )}
      {view.isLocal && (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="demo-as">
            {view.t('demo.label')}
          </label>
          <Select
            id="demo-as"
            className={styles.select}
            value={view.localUser}
            onChange={(_e, data) => view.setLocalUser(data.value)}
          >
            {view.choices.map((choice) => (
              <option key={choice.userId} value={choice.userId}>
                {choice.label}
              </option>
            ))}
          </Select>
        </div>
      )}
      <Button
        appearance="subtle"
        size="small"
        onClick={() => setPrivacyOpen(true)}
        data-testid="open-privacy"
      >
        {view.t('privacy.open')}
      </Button>
      {privacyOpen && (
        <Suspense fallback={<Spinner size="extra-tiny" />}>
          <PrivacyDialog programmeId={programmeId} role={role} onClose={() => setPrivacyOpen(false)} />
        </Suspense>
      )}
    </header>
  );
}
