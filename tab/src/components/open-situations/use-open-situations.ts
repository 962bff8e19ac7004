import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { OpenSituationAnswerBody, OpenSituationBody } from '@ambassadors/shared/views/api-inputs';
import type { OpenSituationView } from '@ambassadors/shared/views/board-view';
import { agreedCheckInThemes } from '@ambassadors/shared/rules/feedback/check-in-themes';
import { useAppContext } from '../../app/app-context';
import { formatDate, formatDateTime } from '../../app/format';
import { useSave } from '../../app/use-save';
import { useBoardActions } from '../board-actions';
import type { OpenSituationsProps } from './open-situations.types';

interface RaiseDraft {
  theme: string;
  situation: string;
  raisedAs: OpenSituationBody['raisedAs'];
  meetingId: string;
}

const EMPTY_RAISE: RaiseDraft = { theme: '', situation: '', raisedAs: 'named', meetingId: '' };

/**
 * Feedback that reaches the leaders in a small group. Ambassadors raise a situation openly —
 * with their name, or on behalf of the group at the alignment meeting where the group agreed to
 * raise the theme (recorded here too); leaders read who raised it and answer in "you said, we
 * did"; ambassadors read the answers. Every rule is the server's: the form only sends.
 */
export function useOpenSituations({ board }: OpenSituationsProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const actions = useBoardActions();
  const raiseSave = useSave();
  const answerSave = useSave();
  const [raising, setRaising] = useState(false);
  const [draft, setDraft] = useState<RaiseDraft>(EMPTY_RAISE);
  const [answers, setAnswers] = useState<Record<string, OpenSituationAnswerBody>>({});
  const open = !board.closure;
  const canRaise =
    open && board.permissions.includes('openSituation:raise') && !!board.myAmbassadorship?.canCheckIn;
  const canAnswer = open && board.role === 'leader';
  const meetings = board.groupAgreementMeetings ?? [];
  const chosenMeeting = meetings.find((m) => m.meetingId === draft.meetingId);
  const agreedHere = !!chosenMeeting?.agreements.some(
    (a) => a.theme.trim().toLocaleLowerCase() === draft.theme.trim().toLocaleLowerCase(),
  );

  const raisedByText = (s: OpenSituationView) =>
    s.raisedBy === null
      ? t('openSituation.byGroup')
      : s.mine
        ? t('openSituation.byYou')
        : s.raisedBy.displayName;

  async function raise() {
    actions.startAction();
    const body: OpenSituationBody = {
      theme: draft.theme,
      situation: draft.situation,
      raisedAs: draft.raisedAs,
      meetingId: draft.raisedAs === 'group' && draft.meetingId ? draft.meetingId : null,
    };
    const saved = await raiseSave.save(() =>
      api.raiseOpenSituation({ params: { id: board.programme.id }, body }),
    );
    if (saved) {
      setDraft(EMPTY_RAISE);
      setRaising(false);
      actions.show(saved.value.data);
      actions.confirm(t('openSituation.raised'));
    }
  }

  async function recordAgreement() {
    if (!chosenMeeting) return;
    actions.startAction();
    const saved = await raiseSave.save(() =>
      api.recordGroupAgreement({
        params: { id: board.programme.id, meetingId: chosenMeeting.meetingId },
        body: { theme: draft.theme },
        ifMatch: chosenMeeting.etag,
      }),
    );
    if (saved) {
      actions.show(saved.value.data);
      actions.confirm(t('openSituation.agreementRecorded'));
    }
  }

  async function answer(situationId: string) {
    const body = answers[situationId] ?? { outcome: 'changeCourse', explanation: '' };
    actions.startAction();
    const saved = await answerSave.save(() =>
      api.answerOpenSituation({ params: { id: board.programme.id, situationId }, body }),
    );
    if (saved) {
      setAnswers((a) => ({ ...a, [situationId]: { outcome: 'changeCourse', explanation: '' } }));
      actions.show(saved.value.data);
      actions.confirm(t('openSituation.answered'));
    }
  }

  return {
    t,
    situations: board.openSituations ?? [],
    visible: board.openSituations !== undefined,
    canRaise,
    canAnswer,
    raising,
    setRaising,
    draft,
    patch: (p: Partial<RaiseDraft>) => setDraft((d) => ({ ...d, ...p })),
    agreedThemes: agreedCheckInThemes(board.myAmbassadorship?.agreement.current),
    meetings,
    chosenMeeting,
    agreedHere,
    raiseProblem: raiseSave.problem,
    raiseSaving: raiseSave.saving,
    canSubmitRaise:
      draft.theme.trim().length > 0 &&
      draft.situation.trim().length > 0 &&
      (draft.raisedAs === 'named' || agreedHere),
    raise: () => void raise(),
    recordAgreement: () => void recordAgreement(),
    answerOf: (id: string): OpenSituationAnswerBody =>
      answers[id] ?? { outcome: 'changeCourse', explanation: '' },
    patchAnswer: (id: string, p: Partial<OpenSituationAnswerBody>) =>
      setAnswers((a) => ({
        ...a,
        [id]: { ...(a[id] ?? { outcome: 'changeCourse', explanation: '' }), ...p },
      })),
    answer: (id: string) => void answer(id),
    answerProblem: answerSave.problem,
    answerSaving: answerSave.saving,
    raisedByText,
    formatDate: (d: string | null) => formatDate(d, locale),
    formatDateTime: (d: string | null) => formatDateTime(d, locale, board.programme.timeZone),
  };
}
