import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMBASSADORS_CARD, type StepKey } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import { cardText } from '../../app/format';
import { stepTextFor } from '@ambassadors/shared/guidance/guidance-texts';
import { openingStep } from '@ambassadors/shared/guidance/opening-step';
import { chatLink } from '../../host/deep-link';
import { teamsUserId } from '../watch-outs/use-watch-outs';
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
  const { board, selectedStep, onChanged, onActionStart, onConfirm } = props;
  const { t } = useTranslation();
  const { api, locale, openLink } = useAppContext();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current: StepKey = selectedStep ?? defaultStep(board);
  const base = `/programmes/${encodeURIComponent(board.programme.id)}`;

  async function run(key: string, action: () => Promise<unknown>, success: string) {
    setBusy(key);
    setError(null);
    onActionStart();
    try {
      await action();
      await onChanged();
      onConfirm(success);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('errors.unexpected'));
    } finally {
      setBusy(null);
    }
  }

  const actions: StepPanelActions = {
    busy,
    onApply: props.onApply,
    onSelectApplication: props.onSelectApplication,
    onCheckIn: props.onCheckIn,
    onMeeting: props.onMeeting,
    onWithdraw: props.onWithdraw,
    onPlanExit: props.onPlanExit,
    acceptAgreement: (ambId, version) =>
      void run(
        `accept:${ambId}`,
        () =>
          api.send('POST', `${base}/ambassadors/${encodeURIComponent(ambId)}/agreement/accept`, { version }),
        t('agreement.accepted'),
      ),
    withdrawApplication: (appId) =>
      void run(
        `withdraw-application:${appId}`,
        () => api.send('POST', `${base}/applications/${encodeURIComponent(appId)}/withdraw`, {}),
        t('posting.applicationWithdrawn'),
      ),
    proposeAgreement: (amb) => {
      const terms = board.agreementTemplate;
      if (!terms) return;
      void run(
        `propose:${amb.id}`,
        () =>
          api.send(
            'POST',
            `${base}/ambassadors/${encodeURIComponent(amb.id)}/agreement`,
            { terms, term: amb.proposalTerm ?? amb.term },
            { ifMatch: amb.etag ?? null },
          ),
        t('agreement.proposed', { name: amb.person.displayName }),
      );
    },
    completeModule: (ambId, moduleId) =>
      void run(
        `module:${moduleId}`,
        () =>
          api.send(
            'POST',
            `${base}/ambassadors/${encodeURIComponent(ambId)}/training/${encodeURIComponent(moduleId)}/complete`,
            {},
          ),
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
    description: stepTextFor(board.role, current, cardStep.description, locale),
    state: board.steps.find((s) => s.key === current),
    canEdit: board.permissions.includes('programme:edit') || board.role === 'leader',
    actions,
    error,
    dismiss: () => setError(null),
  };
}
