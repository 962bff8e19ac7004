import {
  DomainError,
  alignmentDraftBodySchema,
  alignmentPublishBodySchema,
  alignmentScoreBodySchema,
  giveAlignmentScore,
  publishAlignmentDraft,
  saveAlignmentDraft,
} from '@ambassadors/shared';
import { alignmentRaterKeyFor } from '../../application/alignment-rater-key';
import { programmeRoute } from './api-route';
import { boardResult, findIn, saveDocument, saveProgramme } from './board-writes';

/** Scores of several ambassadors may arrive at once; each is re-applied on the newer meeting. */
const SCORE_ATTEMPTS = 5;

/**
 * The monthly alignment meeting's round: leaders draft the next key message and publish it;
 * ambassadors give their 1–5 score. Every answer is the caller's board, whose round shows the
 * figure only through the anonymity gate and the caller's own score only to them.
 */
export const alignmentRoundRoutes = [
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/meetings/:meetingId/alignment/draft',
    summary: 'Save the draft of the next key message in an alignment meeting (leaders)',
    action: 'alignment:draft',
    ifMatch: 'required',
    body: alignmentDraftBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      const next = saveAlignmentDraft(scope.board.programme, meeting, scope.body, scope.now);
      const { board, stored } = await saveDocument(deps, scope, meeting, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/meetings/:meetingId/alignment/score',
    summary:
      "Give one's 1–5 alignment score in an alignment meeting (active ambassadors; a second replaces the first)",
    action: 'alignment:score',
    body: alignmentScoreBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const raterKey = alignmentRaterKeyFor(deps.checkInAuthorSecret)(
        scope.board.programme.id,
        scope.params.meetingId ?? '',
        scope.ctx.user.userId,
      );
      const scorer = { userId: scope.ctx.user.userId, raterKey };
      // A score replaces only the caller's own: a concurrent score of someone else is no conflict
      // for them, so the score is applied again on the meeting as it is now.
      let board = scope.board;
      for (let attempt = 1; ; attempt += 1) {
        const meeting = findIn(board.meetings, scope.params.meetingId);
        const next = giveAlignmentScore(board, meeting, scorer, scope.body, scope.now);
        try {
          const saved = await saveDocument(deps, { ...scope, board, ifMatch: undefined }, meeting, next);
          return boardResult(
            scope,
            saved.board,
            200,
            scope.role === 'leader' ? saved.stored.etag : undefined,
          );
        } catch (error) {
          if (!(error instanceof DomainError) || error.code !== 'CONFLICT' || attempt >= SCORE_ATTEMPTS)
            throw error;
          const reloaded = await deps.store.loadBoard(scope.ctx, scope.board.programme.id);
          if (!reloaded) throw new DomainError('NOT_FOUND');
          board = reloaded;
        }
      }
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/meetings/:meetingId/alignment/publish',
    summary:
      "Publish the alignment round's draft as the programme's key message; the meeting records the version",
    action: 'keyMessage:publish',
    ifMatch: 'optional',
    body: alignmentPublishBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const meeting = findIn(scope.board.meetings, scope.params.meetingId);
      if (scope.ifMatch !== undefined && scope.ifMatch !== meeting.etag) throw new DomainError('CONFLICT');
      const result = publishAlignmentDraft(scope.board.programme, meeting, scope.ctx.user, scope.now);
      const unversioned = { ...scope, ifMatch: undefined };
      let board = scope.board;
      let etag: string | undefined;
      if (result.programme !== scope.board.programme)
        board = await saveProgramme(deps, unversioned, result.programme);
      if (result.meeting !== meeting) {
        const saved = await saveDocument(deps, { ...unversioned, board }, meeting, result.meeting);
        board = saved.board;
        etag = saved.stored.etag;
      }
      return boardResult(scope, board, 201, etag);
    },
  }),
];
