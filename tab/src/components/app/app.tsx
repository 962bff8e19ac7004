import { lazy, Suspense } from 'react';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { TranslationProvider } from '../../i18n/use-translation';
import { AppContext } from '../../app/app-context';
import { Board } from '../board';
import type { AppProps } from './app.types';
import { useApp } from './use-app';
import { useAppStyles } from './app.styles';

const ConfigPage = lazy(() => import('../config-page').then((m) => ({ default: m.ConfigPage })));
const MeetingPanel = lazy(() => import('../meeting-panel').then((m) => ({ default: m.MeetingPanel })));
const MeetingStage = lazy(() => import('../meeting-stage').then((m) => ({ default: m.MeetingStage })));
const Workshop = lazy(() => import('../workshop').then((m) => ({ default: m.Workshop })));

/** The root: Fluent theme (following Teams), translations, host and API for everything below. */
export function App(props: AppProps) {
  const { i18n, theme, themeName, context, page } = useApp(props);
  const styles = useAppStyles();
  return (
    <FluentProvider theme={theme} className={styles.root} data-theme={themeName} data-host={props.host.kind}>
      <TranslationProvider i18n={i18n}>
        <AppContext.Provider value={context}>
          {page === 'board' ? (
            <Board />
          ) : (
            <Suspense fallback={<Spinner label={i18n.t('common.loading')} />}>
              {page === 'config' ? (
                <ConfigPage />
              ) : page === 'sidePanel' ? (
                <MeetingPanel />
              ) : page === 'workshop' ? (
                <Workshop />
              ) : (
                <MeetingStage />
              )}
            </Suspense>
          )}
        </AppContext.Provider>
      </TranslationProvider>
    </FluentProvider>
  );
}
