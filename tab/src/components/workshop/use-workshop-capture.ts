import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { addWorkshopTexts } from '../../i18n/workshop-texts';
import { AMBASSADORS_CARD } from '@ambassadors/shared/card/ambassadors-card';
import { useAppContext } from '../../app/app-context';
import { cardText } from '../../app/format';
import type { WorkshopCaptureProps } from './workshop.types';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Four weeks from today, the posting draft's first deadline. */
function inFourWeeks(): string {
  return new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The inline form of the item in focus, prefilled from what the programme already holds, so a
 * capture adds to the plan (tasks, modules) or refines it (posting, template, rhythm). Bodies are
 * exactly those of the board's own step and answer routes: the server applies the same rules.
 */
export function useWorkshopCapture({ board, item, onCapture }: WorkshopCaptureProps) {
  const { t, i18n } = useTranslation();
  addWorkshopTexts(i18n);
  const { locale } = useAppContext();
  const posting = board.posting.posting;
  const template = board.agreementTemplate ?? null;
  const cadence = board.meetingPlan.cadence;
  const [f, setF] = useState<Record<string, string>>(() => ({
    taskTitle: '',
    taskHours: '2',
    postingTitle: posting?.title ?? '',
    postingResponsibilities: (posting?.responsibilities ?? []).join('\n'),
    postingExpectations: (posting?.expectations ?? []).join('\n'),
    postingHours: String(posting?.hoursPerMonth ?? 4),
    postingTerm: String(posting?.termMonths ?? 12),
    postingDeadline: posting?.applicationDeadline ?? inFourWeeks(),
    role: template?.role ?? '',
    templateResponsibilities: (template?.responsibilities ?? []).join('\n'),
    templateExpectations: (template?.expectations ?? []).join('\n'),
    templateHours: String(template?.hoursPerMonth ?? 4),
    themes: (template?.passOn.themes ?? []).join('\n'),
    situations: template?.passOn.situations ?? '',
    moduleTitle: '',
    cadenceKind: cadence?.kind ?? 'monthly',
    weekday: String(cadence?.weekday ?? 2),
    time: cadence?.time ?? '10:00',
    intervalWeeks: String(cadence?.kind === 'weekly' ? cadence.intervalWeeks : 2),
    weekOfMonth: String(cadence?.kind === 'monthly' ? cadence.weekOfMonth : 1),
  }));
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const set = (name: string) => (value: string) => setF((prev) => ({ ...prev, [name]: value }));

  async function save(): Promise<void> {
    switch (item) {
      case 'taskPlan': {
        const saved = await onCapture({
          tasks: [
            ...board.taskPlan.tasks,
            { id: newId(), title: f.taskTitle!, description: '', hoursPerMonth: Number(f.taskHours) },
          ],
        });
        if (saved) set('taskTitle')('');
        return;
      }
      case 'posting':
        await onCapture({
          posting: {
            title: f.postingTitle!,
            responsibilities: lines(f.postingResponsibilities!),
            expectations: lines(f.postingExpectations!),
            hoursPerMonth: Number(f.postingHours),
            termMonths: Number(f.postingTerm),
            applicationDeadline: f.postingDeadline!,
          },
        });
        return;
      case 'agreement':
        await onCapture({
          template: {
            role: f.role!,
            responsibilities: lines(f.templateResponsibilities!),
            expectations: lines(f.templateExpectations!),
            hoursPerMonth: Number(f.templateHours),
            passOn: { themes: lines(f.themes!), situations: f.situations! },
          },
        });
        return;
      case 'training': {
        const saved = await onCapture({
          modules: [
            ...board.trainingModules,
            { id: newId(), title: f.moduleTitle!, description: '', resourceUrl: null, dueWithinDays: null },
          ],
        });
        if (saved) set('moduleTitle')('');
        return;
      }
      case 'meetings':
        await onCapture({
          cadence:
            f.cadenceKind === 'weekly'
              ? {
                  kind: 'weekly',
                  intervalWeeks: Number(f.intervalWeeks),
                  weekday: Number(f.weekday),
                  time: f.time!,
                }
              : {
                  kind: 'monthly',
                  weekOfMonth: Number(f.weekOfMonth) as 1 | 2 | 3 | 4 | -1,
                  weekday: Number(f.weekday),
                  time: f.time!,
                },
        });
        return;
      default:
        return;
    }
  }

  const group = AMBASSADORS_CARD.managementQuestions.find((g) => g.key === item);
  return {
    t,
    f,
    set,
    save: () => void save(),
    tasks: board.taskPlan.tasks,
    modules: board.trainingModules,
    questions: group
      ? group.questions.map((q, index) => ({
          index,
          text: cardText(q, locale),
          answers: (board.managementAnswers?.[group.key] ?? [])
            .filter((a) => (a.question ?? 0) === index)
            .map((a) => a.text),
        }))
      : null,
    answers,
    setAnswer: (index: number, text: string) => setAnswers((prev) => ({ ...prev, [index]: text })),
    saveAnswer: async (index: number) => {
      const text = answers[index]?.trim();
      if (!text) return;
      if (await onCapture({ text, question: index })) setAnswers((prev) => ({ ...prev, [index]: '' }));
    },
  };
}
