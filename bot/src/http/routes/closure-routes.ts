import { closeProgrammeAct, reopenProgrammeAct } from '../../application/close-programme';
import { programmeRoute } from './api-route';
import { boardResult } from './board-writes';

/**
 * Ending a programme well: a leader closes it (planned exits for the ambassadors, no more
 * reminders, a read-only board with the kept feedback figures) and may reopen it within the
 * window (shared/src/rules/programme-closure.ts).
 */
export const closureRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/close',
    summary:
      'Close the programme: open ambassadorships end (planned exits), reminders stop, the board turns read-only',
    action: 'programme:close',
    ifMatch: 'optional',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => boardResult(scope, await closeProgrammeAct(deps.store, scope), 200),
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/reopen',
    summary: 'Reopen a closed programme, within 30 days of the close',
    action: 'programme:reopen',
    ifMatch: 'optional',
    whenClosed: 'allowed',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => boardResult(scope, await reopenProgrammeAct(deps.store, scope), 200),
  }),
];
