import { z } from 'zod';
import type { ManagementQuestionKey } from '../card/ambassadors-card';
import { AMBASSADORS_CARD, MANAGEMENT_QUESTION_KEYS } from '../card/ambassadors-card';
import type { UserRef } from '../model/common';
import { userRefSchema } from '../model/common';
import type { ManagementAnswer, Programme } from '../model/programme';
import { parseInput } from './parse-input';

/**
 * The card's questions for the management team ("why these ambassadors?", "what do they pass
 * on?", "when do we withdraw them?"). Answers are appended, never overwritten, so the team can
 * see who answered what and when as their thinking changes.
 */
export const managementAnswerInputSchema = z.object({
  key: z.enum(MANAGEMENT_QUESTION_KEYS),
  text: z.string().trim().min(1).max(4000),
});

/**
 * Each of the card's questions is answered on its own (`question` indexes the group's questions);
 * a question the group does not have is VALIDATION_FAILED. The history per question is the
 * group's answers with that index, oldest first.
 */
export function answerManagementQuestion(
  programme: Programme,
  key: ManagementQuestionKey,
  text: string,
  by: UserRef,
  now: Date,
  question = 0,
): Programme {
  const input = parseInput(managementAnswerInputSchema, { key, text });
  const count = AMBASSADORS_CARD.managementQuestions.find((group) => group.key === input.key)!.questions
    .length;
  const index = parseInput(
    z.object({
      question: z
        .number()
        .int()
        .min(0)
        .max(count - 1),
    }),
    { question },
  ).question;
  const at = now.toISOString();
  const answer: ManagementAnswer = {
    text: input.text,
    question: index,
    by: parseInput(userRefSchema, by),
    at,
  };
  return {
    ...programme,
    managementAnswers: {
      ...programme.managementAnswers,
      [input.key]: [...programme.managementAnswers[input.key], answer],
    },
    updatedAt: at,
  };
}

/** The newest answer to a question group, or null. */
export function latestManagementAnswer(
  programme: Programme,
  key: ManagementQuestionKey,
): ManagementAnswer | null {
  const answers = programme.managementAnswers[key];
  return answers[answers.length - 1] ?? null;
}

/** One question's answers, oldest first: who changed what, when. */
export function managementAnswerHistory(
  programme: Programme,
  key: ManagementQuestionKey,
  question: number,
): ManagementAnswer[] {
  return programme.managementAnswers[key].filter((answer) => (answer.question ?? 0) === question);
}
