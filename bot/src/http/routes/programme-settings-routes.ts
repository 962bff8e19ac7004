import { z } from 'zod';
import {
  addOwner,
  applyProgrammeSettings,
  parseProgrammeSettingsChange,
  programmeSettingsChangeSchema,
  removeOwner,
  userRefSchema,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, saveProgramme } from './board-writes';

/** A person to add as owner: their Entra object id and the name to show. */
export const ownerBodySchema = z.strictObject(userRefSchema.shape);

/**
 * Leaders change what their programme is (name, dates, time zone …) and how it runs (term
 * defaults, intervals, thresholds, retention), and share leading it with co-owners. The settings
 * body is parsed by the shared rule rather than the route's schema check, so a bad value answers
 * with the field's name in the caller's language (and the field's key for the form) instead of a
 * generic validation message.
 */
export const programmeSettingsRoutes = [
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/settings',
    summary:
      'Change the programme’s settings (only the fields sent); each within its bounds, recorded in the settings history',
    action: 'programme:edit',
    ifMatch: 'required',
    body: programmeSettingsChangeSchema,
    bodyFor: () => z.unknown(),
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const change = parseProgrammeSettingsChange(scope.body);
      const next = applyProgrammeSettings(scope.board.programme, change, scope.ctx.user, scope.now);
      if (next === scope.board.programme) return boardResult(scope, scope.board, 200);
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/owners',
    summary: 'Add a co-owner: they lead the programme with the leader’s permissions',
    action: 'programme:edit',
    ifMatch: 'optional',
    body: ownerBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const next = addOwner(scope.board.programme, scope.body, scope.ctx.user, scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 201);
    },
  }),
  programmeRoute({
    method: 'del',
    path: '/api/v1/programmes/:id/owners/:userId',
    summary: 'Remove a co-owner (the last owner cannot be removed)',
    action: 'programme:edit',
    ifMatch: 'optional',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const next = removeOwner(scope.board.programme, scope.params.userId ?? '', scope.ctx.user, scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
];
