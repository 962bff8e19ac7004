import { z } from 'zod';
import { idSchema, isoDateTimeSchema, userRefSchema } from './common';

/**
 * The feedback figures that were visible when the programme was closed, kept with the programme
 * so they outlive the check-ins behind them (raw check-ins expire with their retention; these
 * aggregates stay for the programme's life, as the works-council pages promise). Numbers only,
 * each taken from the thresholded overview: a figure that was hidden is stored as null, never
 * as a number. Theme names are kept only where leaders wrote them (agreement themes, answers),
 * never a theme an ambassador typed that could point at a person.
 */
export const feedbackSnapshotSchema = z.object({
  takenAt: isoDateTimeSchema,
  /** The threshold of people the figures were gated by. */
  minimumAnswers: z.number().int().min(1),
  checkIns: z.number().int().min(0).nullable(),
  alignmentAverage: z.number().min(1).max(5).nullable(),
  changeCourse: z
    .object({ yes: z.number().int().min(0), no: z.number().int().min(0), unsure: z.number().int().min(0) })
    .nullable(),
  /** Visible months only ("yyyy-MM"). */
  months: z
    .array(
      z.object({
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
        checkIns: z.number().int().min(0),
        alignmentAverage: z.number().min(1).max(5),
      }),
    )
    .max(120),
  themes: z.array(z.object({ theme: z.string().min(1).max(200), count: z.number().int().min(0) })).max(50),
});
export type FeedbackSnapshot = z.infer<typeof feedbackSnapshotSchema>;

/**
 * A closed programme: when and by whom, which open ambassadorships the close ended (so a reopen
 * within the window can give them back), and the feedback figures as they were.
 */
export const programmeClosureSchema = z.object({
  closedAt: isoDateTimeSchema,
  closedBy: userRefSchema,
  endedAmbassadorships: z
    .array(z.object({ id: idSchema, state: z.enum(['candidate', 'active']) }))
    .max(500)
    .default([]),
  feedbackSnapshot: feedbackSnapshotSchema,
});
export type ProgrammeClosure = z.infer<typeof programmeClosureSchema>;
