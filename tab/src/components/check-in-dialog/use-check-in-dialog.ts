import { CHANGE_COURSE_DEFAULT } from '@ambassadors/shared/model/check-in';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { CheckInBody } from '@ambassadors/shared/views/api-inputs';
import { agreedCheckInThemes } from '@ambassadors/shared/rules/feedback/check-in-themes';
import { useAppContext } from '../../app/app-context';
import { formatDate, todayIn } from '../../app/format';
import { useSave } from '../../app/use-save';
import type { CheckInDialogProps } from './check-in-dialog.types';

interface Draft {
  progress: string;
  challenges: string;
  successes: string;
  situations: { theme: string; description: string }[];
  alignment: number | null;
  changeCourse: CheckInBody['changeCourse'];
  changeCourseSuggestion: string;
}

/**
 * An ambassador's check-in. The form says up front what not to write (named colleagues,
 * health details): the toolkit is about stress, and free text can reveal more than meant. It
 * also says who will see the answers, from how many people on, and when they are deleted —
 * from the server's own figures (`checkInPrivacy`), so the promise and the rule never differ.
 */
export function useCheckInDialog({ board, onSaved, onClose }: CheckInDialogProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const privacy = board.myAmbassadorship?.checkInPrivacy;
  const visibility = privacy
    ? t('checkIn.visibility', {
        minimumAnswers: privacy.minimumAnswers,
        minimumFreeText: privacy.minimumFreeText,
        months: privacy.retentionMonthsAfterTerm,
        date: formatDate(todayIn(board.programme.timeZone, new Date(privacy.deletedBy)), locale),
        days: privacy.intervalDays,
      })
    : null;
  // The themes the agreement says this ambassador passes on, offered as choices beside a free one.
  const agreedThemes = agreedCheckInThemes(board.myAmbassadorship?.agreement.current);
  const [draft, setDraft] = useState<Draft>({
    progress: '',
    challenges: '',
    successes: '',
    situations: [{ theme: '', description: '' }],
    alignment: null,
    changeCourse: CHANGE_COURSE_DEFAULT,
    changeCourseSuggestion: '',
  });
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const body: CheckInBody = {
      ...draft,
      alignment: draft.alignment ?? 3,
      situations: draft.situations
        .filter((s) => s.theme.trim())
        .map((s) => ({ theme: s.theme.trim(), description: s.description.trim() })),
    };
    const saved = await save(() => api.checkIn({ params: { id: board.programme.id }, body }));
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    visibility,
    agreedThemes,
    isAgreed: (theme: string) => theme !== '' && agreedThemes.includes(theme),
    draft,
    patch: (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p })),
    saving,
    problem,
    canSubmit: draft.alignment !== null,
    submit: () => void submit(),
  };
}
