import { randomUUID } from 'node:crypto';
import {
  DomainError,
  addMeetingActionItem,
  addMeetingNote,
  bindTeamsMeeting,
  currentKeyMessage,
  meetingActionItemBodySchema,
  meetingBindingBodySchema,
  meetingFocusBodySchema,
  meetingNoteBodySchema,
  meetingPresenceBodySchema,
  meetingSchema,
  setMeetingFocus,
  setMeetingPresence,
  type Meeting,
  type ProgrammeBoard,
  type Stored,
} from '@ambassadors/shared';
import type { ServerDeps } from '../server-deps';
import { programmeRoute, type ProgrammeScope } from './api-route';
import { boardResult, createDocument, findIn, saveDocument } from './board-writes';

/** How often a merge is re-applied on a newer version before the caller is asked to try again. */
const MERGE_ATTEMPTS = 8;

/**
 * Writes one live change to a meeting record as a merge: `apply` runs on the newest stored
 * version and the write is conditional on that version's ETag; when another note-taker's write
 * landed in between, the board is read again and `apply` runs once more on top of it. So
 * concurrent writers never overwrite each other and no If-Match is needed from the tab — the
 * change names only what it adds. After MERGE_ATTEMPTS lost races: MEETING_BUSY, nothing written.
 */
async function mergeIntoMeeting(
  scope: ProgrammeScope<unknown>,
  deps: ServerDeps,
  apply: (board: ProgrammeBoard, meeting: Stored<Meeting>) => Meeting,
): Promise<{ board: ProgrammeBoard; stored: Stored<Meeting> }> {
  let board = scope.board;
  for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
    const meeting = findIn(board.meetings, scope.params.meetingId);
    const next = apply(board, meeting);
    if (next === meeting) return { board, stored: meeting };
    try {
      return await saveDocument(deps, { ctx: scope.ctx, board, ifMatch: undefined }, meeting, next);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
      const fresh = await deps.store.loadBoard(scope.ctx, board.programme.id);
      if (!fresh) throw new DomainError('NOT_FOUND');
      board = fresh;
    }
  }
  throw new DomainError('MEETING_BUSY');
}

/** The meeting record live in a Teams meeting: binding, notes, presence, action items, the stage's focus. */
export const meetingLiveRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meeting-bindings',
    summary: "Bind a Teams meeting to one of the programme's meeting records, or start a record now for it",
    action: 'meeting:plan',
    body: meetingBindingBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const { programme } = scope.board;
      const { teamsMeetingId, meetingId } = scope.body;
      if (meetingId !== undefined) {
        const { board } = await mergeIntoMeeting(
          { ...scope, params: { ...scope.params, meetingId } },
          deps,
          (b, m) => bindTeamsMeeting(b.meetings, m, teamsMeetingId, scope.now, programme.timeZone),
        );
        return boardResult(scope, board, 201);
      }
      const at = scope.now.toISOString();
      const draft: Meeting = meetingSchema.parse({
        id: randomUUID(),
        tenantId: programme.tenantId,
        programmeId: programme.id,
        type: 'meeting',
        kind: 'regular',
        scheduledAt: at,
        keyMessageVersion: currentKeyMessage(programme)?.version ?? null,
        notes: {},
        createdAt: at,
        updatedAt: at,
      });
      const meeting = bindTeamsMeeting(
        scope.board.meetings,
        draft,
        teamsMeetingId,
        scope.now,
        programme.timeZone,
      );
      const { board } = await createDocument(deps, scope, meeting);
      return boardResult(scope, board, 201);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/notes',
    summary:
      "Add a note to a meeting's record under one agenda heading (merged: note-takers never overwrite each other)",
    action: 'meeting:note',
    body: meetingNoteBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const entry = {
        id: randomUUID(),
        heading: scope.body.heading,
        text: scope.body.text,
        author: scope.ctx.user,
        at: scope.now.toISOString(),
      };
      const { board } = await mergeIntoMeeting(scope, deps, (_b, m) => addMeetingNote(m, entry, scope.now));
      return boardResult(scope, board, 201);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/presence',
    summary: '"I\'m here" for yourself, or a leader ticks who is present',
    action: 'meeting:note',
    body: meetingPresenceBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const caller = { user: scope.ctx.user, role: scope.role };
      const { board } = await mergeIntoMeeting(scope, deps, (b, m) =>
        setMeetingPresence(b, m, caller, scope.body, scope.now),
      );
      return boardResult(scope, board, 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/action-items',
    summary: 'Add an action item with an owner and a due date to a meeting (merged with the others)',
    action: 'meeting:record',
    body: meetingActionItemBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const { board } = await mergeIntoMeeting(scope, deps, (b, m) =>
        addMeetingActionItem(b, m, scope.body, scope.now, randomUUID),
      );
      return boardResult(scope, board, 201);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/focus',
    summary: 'Set the agenda heading in focus on every stage of the meeting',
    action: 'meeting:note',
    body: meetingFocusBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const { board } = await mergeIntoMeeting(scope, deps, (_b, m) =>
        setMeetingFocus(m, scope.body.heading, scope.now),
      );
      return boardResult(scope, board, 200);
    },
  }),
];
