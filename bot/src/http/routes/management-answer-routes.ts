import {
  DomainError,
  MANAGEMENT_QUESTION_KEYS,
  answerManagementQuestion,
  managementAnswerBodySchema,
  type ManagementQuestionKey,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, saveProgramme } from './board-writes';

/** The management team's three questions: answers are appended (who, when, what). */
export const managementAnswerRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/management-answers/:key',
    summary:
      "Answer one of the card's questions for the management team (selectAmbassadors, passOnInformation, scopeOfRole)",
    action: 'managementQuestion:answer',
    ifMatch: 'optional',
    body: managementAnswerBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const key = scope.params.key as ManagementQuestionKey;
      if (!MANAGEMENT_QUESTION_KEYS.includes(key)) throw new DomainError('NOT_FOUND');
      const next = answerManagementQuestion(
        scope.board.programme,
        key,
        scope.body.text,
        scope.ctx.user,
        scope.now,
        scope.body.question ?? 0,
      );
      return boardResult(scope, await saveProgramme(deps, scope, next), 201);
    },
  }),
];
