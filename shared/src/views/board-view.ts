import type { z } from 'zod';
import type * as schema from './board-view-schema';

/**
 * What the board API (`GET /api/v1/programmes/:id/board`) returns: one JSON document per caller,
 * already cut down to what the caller's role may see. The server builds it (bot/src/api), the tab
 * renders it; the tab never has to hide data itself, it only reflects `role` and `permissions`.
 *
 * Field presence is the role contract:
 * - leaders get everything, including `applications`, `managementAnswers`, `formerAmbassadors`,
 *   selection reasons and the agreement template;
 * - ambassadors additionally get `myAmbassadorship` (their agreement, training and meetings);
 * - employees get the programme, the posting, the current ambassadors (names and terms only),
 *   the key message and `myApplication`.
 * Optional fields are ABSENT (not null) when the role may not see them.
 *
 * Every write route of the API (`POST/PUT/PATCH/DELETE /api/v1/programmes/:id/…`) answers with the
 * updated BoardView too, so the tab re-renders from the server's state after each save. Updates
 * of an existing document send its `etag` (from this view) as `If-Match`; 409 CONFLICT means
 * someone else saved first — nothing was written, keep the user's input and reload the board.
 */
export type BoardView = z.output<typeof schema.boardViewSchema>;

export type BoardRole = BoardView['role'];

/** Every ETag the tab must send back as `If-Match` when it updates that document. */
export type ETag = string;

export type ProgrammeHeaderView = z.output<typeof schema.programmeHeaderViewSchema>;
export type StepStateView = z.output<typeof schema.stepStateViewSchema>;
export type PostingView = z.output<typeof schema.postingViewSchema>;
export type AgreementStatusView = z.output<typeof schema.agreementStatusViewSchema>;
export type TrainingProgressView = z.output<typeof schema.trainingProgressViewSchema>;
export type TrainingSessionView = z.output<typeof schema.trainingSessionViewSchema>;
export type AmbassadorView = z.output<typeof schema.ambassadorViewSchema>;
export type FormerAmbassadorView = z.output<typeof schema.formerAmbassadorViewSchema>;
export type MyAmbassadorshipView = z.output<typeof schema.myAmbassadorshipViewSchema>;
export type ApplicationView = z.output<typeof schema.applicationViewSchema>;
export type MyApplicationView = z.output<typeof schema.myApplicationViewSchema>;
export type MeetingView = z.output<typeof schema.meetingViewSchema>;
export type NextAlignmentMeetingView = z.output<typeof schema.nextAlignmentMeetingViewSchema>;
export type YouSaidWeDidView = z.output<typeof schema.youSaidWeDidViewSchema>;
export type ProgrammeClosureView = z.output<typeof schema.programmeClosureViewSchema>;
/** `GET …/feedback/overview` (leaders): aggregates only, each `{ hidden: true, … }` below its threshold. */
export type FeedbackOverviewView = z.output<typeof schema.feedbackOverviewViewSchema>;
export type MeView = z.output<typeof schema.meViewSchema>;
export type OpenSituationView = z.output<typeof schema.openSituationViewSchema>;
export type GroupAgreementMeetingView = z.output<typeof schema.groupAgreementMeetingViewSchema>;
