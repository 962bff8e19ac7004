import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { STEP_KEYS, type StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { ComponentType } from 'react';
import type { StepContentProps, StepPanelProps } from './step-panel.types';
import { useStepPanel } from './use-step-panel';
import { useStepPanelStyles } from './step-panel.styles';
import { TaskPlanStep } from './steps/task-plan-step';
import { PostingStep } from './steps/posting-step';
import { AgreementStep } from './steps/agreement-step';
import { TrainingStep } from './steps/training-step';
import { MeetingsStep } from './steps/meetings-step';
import { FormerAmbassadors } from './steps/former-ambassadors';
import { UndoHistory } from '../undo-history';

const CONTENT: Record<StepKey, ComponentType<StepContentProps>> = {
  taskPlan: TaskPlanStep,
  posting: PostingStep,
  agreement: AgreementStep,
  training: TrainingStep,
  meetings: MeetingsStep,
};

/** One step at a time, chosen with tabs (or a card's "open" button or a deep link). */
export function StepPanel(props: StepPanelProps) {
  const { board } = props;
  const view = useStepPanel(props);
  const styles = useStepPanelStyles();
  const Content = CONTENT[view.current];
  const { t } = view;
  return (
    <section aria-labelledby="step-panel-heading">
      <h2 id="step-panel-heading">{t('stepPanel.heading')}</h2>
      <TabList
        className={styles.tabs}
        selectedValue={view.current}
        onTabSelect={(_e, data) => view.actions.selectStep(data.value as StepKey)}
        aria-label={t('stepPanel.tabs')}
      >
        {STEP_KEYS.map((key, index) => (
          <Tab key={key} value={key} id={`step-tab-${key}`}>
            {`${index + 1}. ${view.title(key)}`}
          </Tab>
        ))}
      </TabList>
      <div
        id="step-panel"
        className={styles.root}
        role="tabpanel"
        aria-labelledby={`step-tab-${view.current}`}
        tabIndex={-1}
        data-step={view.current}
      >
        <div className={styles.header}>
          <h3 className={styles.heading}>{view.title(view.current)}</h3>
          {view.canEdit && (
            <Button appearance="primary" onClick={() => view.actions.editStep(view.current)}>
              {t('stepPanel.edit')}
            </Button>
          )}
        </div>
        <p className={styles.description}>{view.description}</p>
        {view.state?.notes && <p className={styles.notes}>{view.state.notes}</p>}
        <UndoHistory board={board} subjects={[view.current]} />
        {view.error && (
          <MessageBar intent="error">
            <MessageBarBody>{view.error}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={view.dismiss}>
                {t('common.dismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {/* A closed programme only reads: every control of the step is disabled at once; the
            planned exits, still to carry out, stay outside. */}
        <fieldset className={styles.readOnly} disabled={!!board.closure}>
          <Content board={board} actions={view.actions} />
        </fieldset>
        {board.closure && view.current === 'agreement' && (
          <FormerAmbassadors board={board} actions={view.actions} />
        )}
      </div>
    </section>
  );
}
