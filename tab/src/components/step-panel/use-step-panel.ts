import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { AMBASSADORS_CARD, type StepKey } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import type { ApiResponse } from '../../api/api-client';
import { cardText } from '../../app/format';
import { stepTextFor } from '@ambassadors/shared/guidance/guidance-texts';
import { openingStep } from '@ambassadors/shared/guidance/opening-step';
import { chatLink } from '../../host/deep-link';
import { teamsUserId } from '../watch-outs/use-watch-outs';
import { useBoardActions } from '../board-actions';
import type { UndoOf } from '../board-actions/board-actions.types';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { StepPanelActions, StepPanelProps } from './step-panel.types';

/**
 * The step a role most likely came for: for ambassadors and employees the step of what waits for
 * them (an agreement to accept or on its way comes first); leaders the first step not done.
 */
export function defaultStep(board: BoardView): StepKey {
  return openingStep(board.role, board.guidance.nextActions, board.steps);
}

/** The selected step (by default the one the role came for) and the inline actions on it. */
export function useStepPanel(props: StepPanelProps) {
  const { board, selectedStep } = props;
  const boardActions = useBoardActions();
  const { t } = useTranslation();
  const { api, locale, openLink } = useAppContext();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current: StepKey = selectedStep ?? defaultStep(board);
  const id = board.programme.id;

  async function run(
    key: string,
    action: () => Promise<ApiResponse<BoardView>>,
    success: string,
    undoOf?: Omit<UndoOf, 'board'>,
  ) {
    setBusy(key);
    setError(null);
    boardActions.startAction();
    try {
      const answer = (await action()).data;
      boardActions.show(answer);
      boardActions.confirm(success, undoOf && { ...undoOf, board: answer });
    } catch (e) {
      setError(isApiError(e) ? e.message : t('errors.unexpected'));
    } finally {
      setBusy(null);
    }
  }

  const actions: StepPanelActions = {
    ...boardActions,
    busy,
    acceptAgreement: (ambId, version) =>
      void run(
        `accept:${ambId}`,
        () => api.acceptAgreement({ params: { id, ambId }, body: { version } }),
        t('agreement.accepted'),
      ),
    withdrawApplication: (appId) =>
      void run(
        `withdraw-application:${appId}`,
        () => api.withdrawApplication({ params: { id, appId }, body: {} }),
        t('posting.applicationWithdrawn'),
        { act: 'applicationWithdrawal', target: appId },
      ),
    completeModule: (ambId, moduleId) =>
      void run(
        `module:${moduleId}`,
        () => api.completeModule({ params: { id, ambId, moduleId } }),
        t('training.completed'),
      ),
    recordAttendance: (session, amb, attended) =>
      void run(
        `attendance:${session.id}:${amb.id}`,
        () =>
          api.recordSessionAttendance({
            params: { id, ambId: amb.id, sessionId: session.id },
            body: { attended },
            ifMatch: amb.etag ?? null,
          }),
        t('trainingSession.recorded'),
      ),
    removeSession: (session) =>
      void run(
        `session:remove:${session.id}`,
        () =>
          api.removeTrainingSession({
            params: { id, sessionId: session.id },
            ifMatch: board.programme.etag,
          }),
        t('trainingSession.removed'),
      ),
    generateMeetings: () =>
      void run(
        'meetings:generate',
        () => api.generateMeetings({ params: { id }, body: {} }),
        t('meetings.generated'),
      ),
    cancelMeeting: (meeting) =>
      void run(
        `meeting:cancel:${meeting.id}`,
        () =>
          api.cancelMeeting({
            params: { id, meetingId: meeting.id },
            body: {},
            ifMatch: meeting.etag ?? null,
          }),
        t('meetings.cancelledConfirm'),
      ),
    deleteMeeting: (meeting) =>
      void run(
        `meeting:delete:${meeting.id}`,
        () => api.deleteMeeting({ params: { id, meetingId: meeting.id }, ifMatch: meeting.etag ?? null }),
        t('meetings.deletedConfirm'),
      ),
    publishMeetingKeyMessage: (meeting) =>
      void run(
        `meeting:publish:${meeting.id}`,
        () => api.publishMeetingKeyMessage({ params: { id, meetingId: meeting.id }, body: {} }),
        t('meetings.publishedConfirm'),
      ),
    chat: (userId) => openLink(chatLink([teamsUserId(userId)])),
    openLink,
  };

  const cardStep = AMBASSADORS_CARD.steps.find((s) => s.key === current)!;
  return {
    t,
    current,
    title: (key: StepKey) => cardText(AMBASSADORS_CARD.steps.find((s) => s.key === key)!.title, locale),
    description: stepTextFor(board.role, current, cardStep.description, locale),
    state: board.steps.find((s) => s.key === current),
    canEdit: (board.permissions.includes('programme:edit') || board.role === 'leader') && !board.closure,
    actions,
    error,
    dismiss: () => setError(null),
  };
}
