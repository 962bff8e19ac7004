import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBASSADORS_CARD, STEP_KEYS, type StepKey } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import type { ApiResponse } from '../../api/api-client';
import { cardText } from '../../app/format';
import { chatLink } from '../../host/deep-link';
import { teamsUserId } from '../watch-outs/use-watch-outs';
import { useBoardActions } from '../board-actions';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { StepPanelActions, StepPanelProps } from './step-panel.types';

/**
 * The step a role most likely came for: employees the posting; ambassadors what waits for
 * them (their agreement, then their training, then the meetings); leaders the first step that
 * is not done.
 */
export function defaultStep(board: BoardView): StepKey {
  if (board.role === 'employee') return 'posting';
  const mine = board.myAmbassadorship;
  if (mine) {
    if (mine.agreement.current && !mine.agreement.status.ambassadorAccepted) return 'agreement';
    if (mine.training.progress.done < mine.training.progress.total) return 'training';
    return 'meetings';
  }
  return board.steps.find((s) => s.status !== 'done')?.key ?? STEP_KEYS[0];
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

  async function run(key: string, action: () => Promise<ApiResponse<BoardView>>, success: string) {
    setBusy(key);
    setError(null);
    boardActions.startAction();
    try {
      boardActions.show((await action()).data);
      boardActions.confirm(success);
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
    proposeAgreement: (amb) => {
      const terms = board.agreementTemplate;
      if (!terms) return;
      void run(
        `propose:${amb.id}`,
        () =>
          api.proposeAgreement({
            params: { id, ambId: amb.id },
            body: { terms, term: amb.proposalTerm ?? amb.term },
            ifMatch: amb.etag ?? null,
          }),
        t('agreement.proposed', { name: amb.person.displayName }),
      );
    },
    completeModule: (ambId, moduleId) =>
      void run(
        `module:${moduleId}`,
        () => api.completeModule({ params: { id, ambId, moduleId } }),
        t('training.completed'),
      ),
    chat: (userId) => openLink(chatLink([teamsUserId(userId)])),
    openLink,
  };

  const cardStep = AMBASSADORS_CARD.steps.find((s) => s.key === current)!;
  return {
    t,
    current,
    title: (key: StepKey) => cardText(AMBASSADORS_CARD.steps.find((s) => s.key === key)!.title, locale),
    description: cardText(cardStep.description, locale),
    state: board.steps.find((s) => s.key === current),
    canEdit: board.permissions.includes('programme:edit') || board.role === 'leader',
    actions,
    error,
    dismiss: () => setError(null),
  };
}
