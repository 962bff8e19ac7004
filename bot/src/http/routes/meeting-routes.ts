import { randomUUID } from 'node:crypto';
import {
  DomainError,
  cancelMeeting,
  changeMeeting,
  currentKeyMessage,
  currentAmbassadors,
  deleteMeeting,
  meetingCancelBodySchema,
  meetingCreateBodySchema,
  meetingGenerateBodySchema,
  meetingKeyMessageBodySchema,
  meetingSchema,
  meetingUpdateBodySchema,
  publishMeetingKeyMessage,
  requireRhythmPlan,
  rhythmMeetingDocument,
  type Meeting,
  type ProgrammeBoard,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, createDocument, findIn, saveDocument, saveProgramme } from './board-writes';

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The If-Match of a meeting route names the meeting; a stale one is a conflict, nothing written. */
function assertMeetingVersion(ifMatch: string | undefined, meeting: { etag: string }): void {
  if (ifMatch !== undefined && ifMatch !== meeting.etag) throw new DomainError('CONFLICT');
}

/** The board without one meeting (after it was deleted). */
function withoutMeeting(board: ProgrammeBoard, id: string): ProgrammeBoard {
  return { ...board, meetings: board.meetings.filter((m) => m.id !== id) };
}

/** Step 5: meetings with the ambassadors — from the rhythm or by hand, moved, cancelled, held, followed up. */
export const meetingRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings',
    summary: 'Plan a meeting (regular, or the monthly alignment meeting)',
    action: 'meeting:plan',
    body: meetingCreateBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const at = scope.now.toISOString();
      const { programme } = scope.board;
      const meeting: Meeting = meetingSchema.parse({
        id: randomUUID(),
        tenantId: programme.tenantId,
        programmeId: programme.id,
        type: 'meeting',
        kind: scope.body.kind,
        scheduledAt: new Date(scope.body.scheduledAt).toISOString(),
        durationMinutes: scope.body.durationMinutes,
        keyMessageVersion: currentKeyMessage(programme)?.version ?? null,
        joinUrl: scope.body.joinUrl,
        held: false,
        notes: definedOnly(scope.body.notes ?? {}),
        attendees: scope.body.attendees,
        createdAt: at,
        updatedAt: at,
      });
      const { board, stored } = await createDocument(deps, scope, meeting);
      return boardResult(scope, board, 201, stored.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/generate',
    summary: "Create the rhythm's meetings for the year ahead (again: only what is missing)",
    action: 'meeting:plan',
    body: meetingGenerateBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const { programme } = scope.board;
      const plan = requireRhythmPlan(programme, scope.board.meetings, scope.now, scope.body.kind);
      const attendees = [
        ...currentAmbassadors(scope.board.ambassadorships, scope.now, programme.timeZone).map(
          (a) => a.person,
        ),
        ...programme.owners,
      ];
      let board = scope.board;
      for (const id of plan.remove) {
        await deps.store.deleteDocument(scope.ctx, programme.id, 'meeting', id);
        board = withoutMeeting(board, id);
      }
      for (const draft of plan.create) {
        const doc = rhythmMeetingDocument(programme, draft, {
          id: randomUUID(),
          keyMessageVersion: currentKeyMessage(programme)?.version ?? null,
          attendees,
          now: scope.now,
        });
        board = (await createDocument(deps, { ...scope, board }, doc)).board;
      }
      return boardResult(scope, board, 201);
    },
  }),
  programmeRoute({
    method: 'patch',
    path: '/api/v1/programmes/:id/meetings/:meetingId',
    summary: 'Move a meeting, mark it held, write its notes, record attendance and action items',
    action: 'meeting:record',
    ifMatch: 'required',
    body: meetingUpdateBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      const next = changeMeeting(scope.board, meeting, scope.body, scope.now, randomUUID);
      const { board, stored } = await saveDocument(deps, scope, meeting, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/cancel',
    summary: 'Cancel a planned meeting (it stays on the board as cancelled and sends no reminders)',
    action: 'meeting:record',
    ifMatch: 'required',
    body: meetingCancelBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      const { board, stored } = await saveDocument(deps, scope, meeting, cancelMeeting(meeting, scope.now));
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
  programmeRoute({
    method: 'del',
    path: '/api/v1/programmes/:id/meetings/:meetingId',
    summary: 'Delete a meeting that was not held (the rhythm does not create it again)',
    action: 'meeting:plan',
    ifMatch: 'required',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      assertMeetingVersion(scope.ifMatch, meeting);
      const programme = deleteMeeting(scope.board.programme, meeting, scope.now);
      // The rhythm day is remembered first: a failure after it leaves the meeting, never a gap refilled.
      const board = programme
        ? await saveProgramme(deps, { ...scope, ifMatch: undefined }, programme)
        : scope.board;
      await deps.store.deleteDocument(scope.ctx, meeting.programmeId, 'meeting', meeting.id);
      return boardResult(scope, withoutMeeting(board, meeting.id), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/key-message',
    summary:
      "Publish the key message an alignment meeting agreed (from its notes) as the programme's current one",
    action: 'keyMessage:publish',
    body: meetingKeyMessageBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      const result = publishMeetingKeyMessage(scope.board.programme, meeting, scope.ctx.user, scope.now);
      const unversioned = { ...scope, ifMatch: undefined };
      let board = scope.board;
      if (result.programme !== scope.board.programme)
        board = await saveProgramme(deps, unversioned, result.programme);
      if (result.meeting !== meeting)
        board = (await saveDocument(deps, { ...unversioned, board }, meeting, result.meeting)).board;
      return boardResult(scope, board, 201);
    },
  }),
];
