import { lazy, Suspense } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import type { AmbassadorView, ApplicationView } from '@ambassadors/shared/views/board-view';
import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD, STEP_KEYS } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { cardText, todayIn } from '../../app/format';
import { useAfterFirstPaint } from '../../app/use-after-first-paint';
import { useRootStaysAccessible } from '../../app/use-root-stays-accessible';
import { AppHeader } from '../app-header';
import { BoardActionsContext } from '../board-actions';
import { CardFacts } from '../card-facts';
import { ClosureBanner } from '../closure-banner';
import { Confirmation } from '../confirmation';
import { LeadersLine } from '../leaders-line';
import { NextActions } from '../next-actions';
import { describeStepHealth } from '@ambassadors/shared/guidance/guidance-texts';
import { StatusMessage } from '../status-message';
import { StepCard } from '../step-card';
import { WatchOuts } from '../watch-outs';
import { useBoard } from './use-board';
import { useBoardStyles } from './board.styles';
import { lazyManagementQuestions, lazyStepPanel } from './lazy-parts';

// Everything the first view does not need is loaded when it is first used (the dialogs) or
// fetched alongside the first view's data (the step panel).
const StepPanel = lazyStepPanel.Component;
const ManagementQuestions = lazyManagementQuestions.Component;
const EditStepDialog = lazy(() => import('../edit-step-dialog').then((m) => ({ default: m.EditStepDialog })));
const SelectAmbassadorDialog = lazy(() =>
  import('../select-ambassador-dialog').then((m) => ({ default: m.SelectAmbassadorDialog })),
);
const ApplyDialog = lazy(() => import('../apply-dialog').then((m) => ({ default: m.ApplyDialog })));
const CheckInDialog = lazy(() => import('../check-in-dialog').then((m) => ({ default: m.CheckInDialog })));
const FeedbackOverview = lazy(() =>
  import('../feedback-overview').then((m) => ({ default: m.FeedbackOverview })),
);
const KeyMessageDialog = lazy(() =>
  import('../key-message-dialog').then((m) => ({ default: m.KeyMessageDialog })),
);
const DecisionDialog = lazy(() => import('../decision-dialog').then((m) => ({ default: m.DecisionDialog })));
const MeetingDialog = lazy(() => import('../meeting-dialog').then((m) => ({ default: m.MeetingDialog })));
const ProposeAgreementDialog = lazy(() =>
  import('../propose-agreement-dialog').then((m) => ({ default: m.ProposeAgreementDialog })),
);
const WithdrawDialog = lazy(() => import('../withdraw-dialog').then((m) => ({ default: m.WithdrawDialog })));
const ExitPlanDialog = lazy(() => import('../exit-plan-dialog').then((m) => ({ default: m.ExitPlanDialog })));
const ProgrammeSettingsDialog = lazy(() =>
  import('../programme-settings').then((m) => ({ default: m.ProgrammeSettingsDialog })),
);
const NewProgrammeDialog = lazy(() =>
  import('../new-programme-dialog').then((m) => ({ default: m.NewProgrammeDialog })),
);
const CloseProgrammeDialog = lazy(() =>
  import('../close-programme-dialog').then((m) => ({ default: m.CloseProgrammeDialog })),
);
const TrainingSessionDialog = lazy(() =>
  import('../training-session-dialog').then((m) => ({ default: m.TrainingSessionDialog })),
);
const ReportDialog = lazy(() => import('../report-dialog').then((m) => ({ default: m.ReportDialog })));
const RemindersPanel = lazy(() => import('../reminders-panel').then((m) => ({ default: m.RemindersPanel })));
const CreateProgrammeForm = lazy(() =>
  import('../create-programme-form').then((m) => ({ default: m.CreateProgrammeForm })),
);

/** The programme board: the five steps as one view, the watch-outs, the questions and the card. */
export function Board() {
  const b = useBoard();
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useBoardStyles();
  const { state } = b;
  const board = state.status === 'ready' ? state.board : null;
  const dialogBoard = b.dialogBoard ?? board;
  useRootStaysAccessible(!!(board && b.dialog));
  // Below the first screen: rendered right after the board's first paint.
  const belowTheFold = useAfterFirstPaint(!!board);

  return (
    <BoardActionsContext.Provider value={b.actions}>
      <AppHeader
        role={board?.role ?? null}
        programmes={state.status === 'ready' ? state.programmes : []}
        programmeId={board?.programme.id ?? b.programmeId}
        onSelectProgramme={b.selectProgramme}
        refreshing={b.refreshing}
      />
      <main className={styles.main} data-testid={board ? 'board' : undefined} data-role={board?.role}>
        {state.status === 'loading' && (
          <StatusMessage kind="loading" title={t('board.loading')} message={t('board.loadingHint')} />
        )}
        {state.status === 'error' && (
          <StatusMessage
            kind="error"
            title={t(
              `board.error.${['UNAUTHENTICATED', 'TOKEN_INVALID', 'TENANT_NOT_ALLOWED', 'NOT_FOUND', 'FORBIDDEN', 'NETWORK'].includes(state.error.code) ? state.error.code : 'other'}`,
            )}
            message={state.error.message}
            action={{ label: t('common.retry'), onClick: () => void b.retry() }}
          />
        )}
        {state.status === 'empty' && (
          <StatusMessage kind="empty" title={t('board.empty.title')} message={t('board.empty.message')}>
            <Suspense fallback={<Spinner size="tiny" />}>
              <CreateProgrammeForm onCreated={(id) => b.selectProgramme(id)} />
            </Suspense>
          </StatusMessage>
        )}
        {board && (
          <>
            <div className={styles.intro}>
              <h1 className={styles.title}>{board.programme.name}</h1>
              {board.programme.purpose && <p className={styles.purpose}>{board.programme.purpose}</p>}
              <LeadersLine board={board} />
              <div>
                {board.role === 'leader' && (
                  <Button onClick={() => b.openDialog({ kind: 'programmeSettings' })}>
                    {t('programmeSettings.open')}
                  </Button>
                )}
                <Button onClick={() => b.openDialog({ kind: 'newProgramme' })}>
                  {t('newProgramme.open')}
                </Button>
                {board.permissions.includes('report:view') && (
                  <Button onClick={() => b.openDialog({ kind: 'report' })} data-testid="open-report">
                    {t('report.open')}
                  </Button>
                )}
                {board.role === 'leader' && (
                  <Button onClick={() => b.openDialog({ kind: 'reminders' })} data-testid="open-reminders">
                    {t('reminders.open')}
                  </Button>
                )}
                {board.permissions.includes('programme:close') && (
                  <Button
                    onClick={() => b.openDialog({ kind: 'closeProgramme' })}
                    data-testid="close-programme"
                  >
                    {t('closure.close')}
                  </Button>
                )}
              </div>
            </div>
            <ClosureBanner board={board} onChanged={b.show} />
            <NextActions
              board={board}
              onOpen={(action) =>
                action.kind === 'answerThemes'
                  ? b.openDialog({ kind: 'feedbackOverview' })
                  : b.openStep(action.step)
              }
            />
            <section aria-labelledby="steps-heading">
              <h2 id="steps-heading">{t('board.stepsHeading')}</h2>
              <ol className={styles.steps}>
                {STEP_KEYS.map((key, index) => {
                  const step = board.steps.find((s) => s.key === key);
                  if (!step) return null;
                  const title = cardText(AMBASSADORS_CARD.steps[index]!.title, locale);
                  const health = board.guidance.health.steps.find((h) => h.step === key);
                  return (
                    <li key={key} className={styles.stepItem}>
                      <StepCard
                        step={step}
                        number={index + 1}
                        title={title}
                        today={todayIn(board.programme.timeZone)}
                        selected={b.selectedStep === key}
                        onOpen={b.openStep}
                        health={
                          health && {
                            state: health.state,
                            text: describeStepHealth(health, locale, { withMissing: false }),
                          }
                        }
                      />
                    </li>
                  );
                })}
              </ol>
            </section>
            {belowTheFold && <WatchOuts board={board} />}
            <StepPanel
              fallback={<Spinner size="small" label={t('common.loading')} />}
              board={board}
              selectedStep={b.selectedStep}
            />
            {belowTheFold && board.permissions.includes('workshop:run') && (
              <p className={styles.purpose}>
                <Button
                  as="a"
                  appearance="primary"
                  href={`/tab/workshop?programme=${encodeURIComponent(board.programme.id)}`}
                  data-testid="open-workshop"
                >
                  {t('workshop.open')}
                </Button>{' '}
                {t('workshop.openHint')}
              </p>
            )}
            {belowTheFold && board.role === 'leader' && (
              <ManagementQuestions
                fallback={<Spinner size="small" label={t('common.loading')} />}
                board={board}
                onSaved={b.show}
                onReload={b.reload}
                onConfirm={b.confirm}
              />
            )}
            {belowTheFold && <CardFacts compact={board.role === 'employee'} />}
          </>
        )}
        <Confirmation confirmation={b.confirmation} onDismiss={b.dismissConfirmation} onUndo={b.undo} />
      </main>
      {board && dialogBoard && b.dialog && (
        <Suspense fallback={<Spinner size="small" label={t('common.loading')} />}>
          {b.dialog.kind === 'editStep' && (
            <EditStepDialog
              board={dialogBoard}
              step={b.dialog.step}
              onClose={b.closeDialog}
              onSaved={(next) => {
                const { step } = b.dialog as { step: string };
                // "Undo" takes back the status set by hand: offered only when this save set it.
                const setNow =
                  next.steps.find((s) => s.key === step)?.override?.at !==
                  dialogBoard.steps.find((s) => s.key === step)?.override?.at;
                b.saved(
                  t('confirm.stepSaved'),
                  next,
                  setNow ? { act: 'stepOverride', target: step } : undefined,
                );
              }}
              onReload={b.reload}
            />
          )}
          {b.dialog.kind === 'selectAmbassador' && (
            <SelectAmbassadorDialog
              board={dialogBoard}
              application={b.dialog.application}
              onClose={b.closeDialog}
              onSaved={(next) => {
                const { application } = b.dialog as { application: ApplicationView };
                b.saved(
                  t('confirm.decisionOnApplication', { name: application.applicant.displayName }),
                  next,
                  {
                    act: 'decision',
                    target: application.id,
                  },
                );
              }}
            />
          )}
          {b.dialog.kind === 'apply' && (
            <ApplyDialog
              board={dialogBoard}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('confirm.applied'), next)}
            />
          )}
          {b.dialog.kind === 'checkIn' && (
            <CheckInDialog
              board={dialogBoard}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('confirm.checkInSent'), next)}
            />
          )}
          {b.dialog.kind === 'feedbackOverview' && (
            <FeedbackOverview
              board={dialogBoard}
              onClose={b.closeDialog}
              onAnswer={b.actions.recordDecision}
            />
          )}
          {b.dialog.kind === 'keyMessage' && (
            <KeyMessageDialog
              board={dialogBoard}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('confirm.keyMessagePublished'), next)}
              onReload={b.reload}
            />
          )}
          {b.dialog.kind === 'decision' && (
            <DecisionDialog
              board={dialogBoard}
              theme={b.dialog.theme}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('confirm.decisionRecorded'), next)}
            />
          )}
          {b.dialog.kind === 'meeting' && (
            <MeetingDialog
              board={dialogBoard}
              meeting={b.dialog.meeting}
              onClose={b.closeDialog}
              onSaved={(next) =>
                b.saved(
                  t(
                    (b.dialog as { meeting?: unknown }).meeting
                      ? 'confirm.meetingUpdated'
                      : 'confirm.meetingPlanned',
                  ),
                  next,
                )
              }
              onReload={b.reload}
            />
          )}
          {b.dialog.kind === 'withdraw' && (
            <WithdrawDialog
              board={dialogBoard}
              ambassador={b.dialog.ambassador}
              onClose={b.closeDialog}
              onSaved={(next) => {
                const { ambassador } = b.dialog as { ambassador: AmbassadorView };
                b.saved(t('confirm.withdrawn', { name: ambassador.person.displayName }), next, {
                  act: 'ambassadorWithdrawal',
                  target: ambassador.id,
                });
              }}
            />
          )}
          {b.dialog.kind === 'proposeAgreement' && (
            <ProposeAgreementDialog
              board={dialogBoard}
              ambassador={b.dialog.ambassador}
              onClose={b.closeDialog}
              onSaved={(next) =>
                b.saved(
                  t('agreement.proposed', {
                    name: (b.dialog as { ambassador: AmbassadorView }).ambassador.person.displayName,
                  }),
                  next,
                )
              }
            />
          )}
          {b.dialog.kind === 'programmeSettings' && (
            <ProgrammeSettingsDialog
              board={dialogBoard}
              onClose={b.closeDialog}
              onSaved={b.show}
              onReload={b.reload}
            />
          )}
          {b.dialog.kind === 'newProgramme' && (
            <NewProgrammeDialog onClose={b.closeDialog} onCreated={(id) => b.selectProgramme(id)} />
          )}
          {b.dialog.kind === 'closeProgramme' && (
            <CloseProgrammeDialog
              board={board}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('closure.bannerTitle'), next)}
            />
          )}
          {b.dialog.kind === 'report' && <ReportDialog board={board} onClose={b.closeDialog} />}
          {b.dialog.kind === 'reminders' && <RemindersPanel board={board} onClose={b.closeDialog} />}
          {b.dialog.kind === 'exitPlan' && (
            <ExitPlanDialog
              board={dialogBoard}
              target={b.dialog.target}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('confirm.exitSaved'), next)}
            />
          )}
          {b.dialog.kind === 'trainingSession' && (
            <TrainingSessionDialog
              board={dialogBoard}
              session={b.dialog.session}
              onClose={b.closeDialog}
              onSaved={(next) => b.saved(t('trainingSession.saved'), next)}
              onReload={b.reload}
            />
          )}
        </Suspense>
      )}
    </BoardActionsContext.Provider>
  );
}
