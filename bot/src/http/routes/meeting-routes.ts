import { randomUUID } from 'node:crypto';
import {
  currentKeyMessage,
  meetingCreateBodySchema,
  meetingSchema,
  meetingUpdateBodySchema,
  type Meeting,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, createDocument, findIn, saveDocument } from './board-writes';

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Step 5: meetings with the ambassadors — planned, then held with notes per agenda heading. */
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
    method: 'patch',
    path: '/api/v1/programmes/:id/meetings/:meetingId',
    summary: 'Reschedule a meeting, mark it held, or write its notes',
    action: 'meeting:record',
    ifMatch: 'required',
    body: meetingUpdateBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      const { notes, scheduledAt, ...rest } = scope.body;
      const next = meetingSchema.parse({
        ...meeting,
        ...definedOnly(rest),
        ...(scheduledAt ? { scheduledAt: new Date(scheduledAt).toISOString() } : {}),
        notes: { ...meeting.notes, ...definedOnly(notes ?? {}) },
        updatedAt: scope.now.toISOString(),
      });
      const { board, stored } = await saveDocument(deps, scope, meeting, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
];
