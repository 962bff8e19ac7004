import { randomUUID } from 'node:crypto';
import {
  DomainError,
  assertCan,
  WORKSHOP_ITEM_KEYS,
  answerManagementQuestion,
  applyWorkshopTimerAction,
  finishWorkshop,
  isQuestionItem,
  isStepItem,
  managementAnswerBodySchema,
  markWorkshopCapture,
  openWorkshop,
  prepareWorkshop,
  setWorkshopTimeBox,
  stepUpdateBodySchemas,
  withWorkshop,
  workshopFinishBodySchema,
  workshopTimeBoxBodySchema,
  workshopTimerBodySchema,
  type Programme,
  type StepUpdateBodies,
  type WorkshopItemKey,
  type WorkshopOutcomeKey,
} from '@ambassadors/shared';
import { z } from 'zod';
import { programmeRoute } from './api-route';
import { boardResult, saveProgramme } from './board-writes';
import { applyStepUpdate } from './step-routes';
import { sendWorkshopSummary } from '../../application/send-workshop-summary';

function itemOf(params: Record<string, string>): WorkshopItemKey {
  const key = params.item as WorkshopItemKey;
  if (!WORKSHOP_ITEM_KEYS.includes(key)) throw new DomainError('NOT_FOUND');
  return key;
}

function outcomeItemOf(params: Record<string, string>): WorkshopOutcomeKey {
  const key = itemOf(params);
  if (!isStepItem(key) && !isQuestionItem(key)) throw new DomainError('NOT_FOUND');
  return key;
}

/** A step's outcome takes the step route's own body; a question's, the answer route's. */
function outcomeBodyFor(params: Record<string, string>): z.ZodType {
  const key = outcomeItemOf(params);
  return isStepItem(key) ? stepUpdateBodySchemas[key] : managementAnswerBodySchema;
}

const anyOutcomeBody = z.union([
  ...Object.values(stepUpdateBodySchemas),
  managementAnswerBodySchema,
] as unknown as [z.ZodType, z.ZodType]);

/**
 * The card's management workshop. Everyone of the programme reads it on the board; leaders
 * prepare it, set its time boxes, run the shared timer, capture outcomes and finish it. An
 * outcome goes into the programme through the very rule the board's own route uses for that
 * step (`applyStepUpdate`) or question (`answerManagementQuestion`), in the same write that
 * marks it captured, so the board and the workshop can never disagree.
 */
export const workshopRoutes = [
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/workshop',
    summary: 'The board with the management workshop (agenda, time boxes, shared timer, captured outcomes)',
    action: 'programme:view',
    response: 'BoardView',
    status: 200,
    handler: async (scope) => {
      if (!scope.board.programme.workshop) throw new DomainError('WORKSHOP_NOT_PREPARED');
      return boardResult(scope, scope.board, 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/workshop',
    summary: "Prepare the card's 180-minute management workshop (or join the one not yet finished)",
    action: 'workshop:run',
    ifMatch: 'optional',
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const next = prepareWorkshop(scope.board.programme, randomUUID(), scope.now);
      if (next === scope.board.programme) return boardResult(scope, scope.board, 201);
      return boardResult(scope, await saveProgramme(deps, scope, next), 201);
    },
  }),
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/workshop/items/:item/minutes',
    summary: 'Give one agenda item a new time box; the others rebalance so the boxes fill the 180 minutes',
    action: 'workshop:run',
    ifMatch: 'optional',
    body: workshopTimeBoxBodySchema,
    bodyFor: (params) => (itemOf(params), workshopTimeBoxBodySchema),
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const next = withWorkshop(scope.board.programme, (w) =>
        setWorkshopTimeBox(w, itemOf(scope.params), scope.body.minutes, scope.now),
      );
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/workshop/timer',
    summary:
      'Start, pause, next or previous on the shared timer (every client computes the same remaining time)',
    action: 'workshop:run',
    ifMatch: 'optional',
    body: workshopTimerBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const next = withWorkshop(scope.board.programme, (w) =>
        applyWorkshopTimerAction(w, scope.body.action, scope.now),
      );
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/workshop/outcomes/:item',
    summary:
      "Capture an item's outcome into the programme: a step's content (the step route's body) or a question's answer",
    action: 'workshop:run',
    // Like the step route: an outcome changes the programme's content, built on the version shown.
    ifMatch: 'required',
    body: anyOutcomeBody,
    bodyFor: outcomeBodyFor,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const key = outcomeItemOf(scope.params);
      const programme = scope.board.programme;
      openWorkshop(programme);
      let next: Programme;
      if (isStepItem(key)) {
        assertCan(scope.role, 'step:edit');
        next = applyStepUpdate(
          programme,
          key,
          scope.body as StepUpdateBodies[typeof key],
          scope.ctx.user,
          scope.now,
        );
      } else {
        assertCan(scope.role, 'managementQuestion:answer');
        const body = scope.body as z.infer<typeof managementAnswerBodySchema>;
        next = answerManagementQuestion(
          programme,
          key,
          body.text,
          scope.ctx.user,
          scope.now,
          body.question ?? 0,
        );
      }
      next = markWorkshopCapture(next, key, scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/workshop/finish',
    summary:
      "Finish the workshop; in a meeting (the chat's id from the Teams context) the bot posts the summary card into the meeting chat",
    action: 'workshop:run',
    ifMatch: 'optional',
    body: workshopFinishBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const chatId = scope.body.chatId ?? null;
      const finished = finishWorkshop(scope.board.programme, chatId, null, scope.now);
      const summary = chatId ? await sendWorkshopSummary(deps, scope.ctx.tenantId, finished, chatId) : null;
      const next = summary ? { ...finished, workshop: { ...finished.workshop!, summary } } : finished;
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
];
