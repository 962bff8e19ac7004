import { randomUUID } from 'node:crypto';
import {
  DomainError,
  answerOpenSituation,
  groupAgreementBodySchema,
  isShownAsAmbassador,
  liveOpenSituations,
  openSituationAnswerBodySchema,
  openSituationBodySchema,
  raiseOpenSituation,
  recordGroupAgreement,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, createDocument, findIn, saveDocument } from './board-writes';

/**
 * Feedback that reaches the leaders in a small group: an ambassador raises a situation openly
 * (named, or on behalf of the group once the group agreed at an alignment meeting), a leader or
 * ambassador records that agreement on the meeting, and leaders answer in "you said, we did".
 * The rules are the shared ones (`raiseOpenSituation`, `recordGroupAgreement`,
 * `answerOpenSituation`); the routes only find the caller's ambassadorship and the documents.
 */
export const openSituationRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/open-situations',
    summary:
      'Raise a situation openly (active ambassadors): named, or on behalf of the ambassador group with the alignment meeting where the group agreed to raise the theme',
    action: 'openSituation:raise',
    body: openSituationBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const { board, ctx, now } = scope;
      const ambassadorship =
        board.ambassadorships.find(
          (a) => a.person.userId === ctx.user.userId && isShownAsAmbassador(a, now, board.programme.timeZone),
        ) ?? board.ambassadorships.find((a) => a.person.userId === ctx.user.userId);
      if (!ambassadorship) throw new DomainError('OPEN_SITUATION_NOT_ALLOWED', { state: 'none' });
      const situation = raiseOpenSituation({
        board,
        ambassadorship,
        input: scope.body,
        id: randomUUID(),
        now,
      });
      const { board: next } = await createDocument(deps, scope, situation);
      return boardResult(scope, next, 201);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/group-agreements',
    summary:
      'Record on an alignment meeting that the ambassador group agreed to raise a theme with the leaders (leaders and ambassadors)',
    action: 'groupAgreement:record',
    ifMatch: 'required',
    body: groupAgreementBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      const next = recordGroupAgreement(meeting, scope.body, scope.ctx.user, randomUUID(), scope.now);
      const { board, stored } = await saveDocument(deps, scope, meeting, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/open-situations/:situationId/answer',
    summary:
      'Answer an open situation in "you said, we did": change course, keep course, or explain (leaders)',
    action: 'decision:record',
    body: openSituationAnswerBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const situation = findIn(liveOpenSituations(scope.board, scope.now), scope.params.situationId);
      const decision = answerOpenSituation({
        board: scope.board,
        situation,
        input: scope.body,
        by: scope.ctx.user,
        id: randomUUID(),
        now: scope.now,
      });
      const { board } = await createDocument(deps, scope, decision);
      return boardResult(scope, board, 201);
    },
  }),
];
