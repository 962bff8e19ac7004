import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import {
  DomainError,
  assertProgrammeOpen,
  previewQueueKey,
  previewReminders,
  reminderResendBodySchema,
  roleOf,
  type ReminderPreview,
} from '@ambassadors/shared';
import { requestLocale } from '../caller';
import { botEndpointBody } from '../bot-endpoint-body';
import { sendError } from '../http-errors';
import { authenticatedRoute } from '../route';
import type { ServerDeps } from '../server-deps';
import { reportOf } from '../../delivery/reminder-report';
import { sentNudgesOf } from '../../delivery/outbox-records';
import { activityTenants, tenantsDisagree } from '../../conversation/bot-adapter';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Body of the resend route (also documented in the OpenAPI document; the tab's contract uses it too). */
export const resendSchema = reminderResendBodySchema;

/**
 * The bot's HTTP surface on the shared restify server:
 *
 * - `POST /api/messages` — the Bot Framework endpoint. With MicrosoftAppId configured, the
 *   adapter verifies every request's token. Without it the endpoint is anonymous (local mode)
 *   and answers loopback callers only; with single sign-on configured but no bot identity it
 *   refuses (503 BOT_NOT_CONFIGURED) rather than run unauthenticated on a network. An activity
 *   whose `conversation.tenantId` and `channelData.tenant.id` disagree is refused (400
 *   BOT_TENANT_MISMATCH) before anything runs — like the adapter's own 400 for an activity without
 *   a type, it is malformed whoever sent it, so the answer reveals nothing.
 * - `GET /api/v1/programmes/:id/reminders/report` — per-reminder delivery report, leaders only.
 * - `POST /api/v1/programmes/:id/reminders/resend` — a leader re-queues 'unknown' recipients.
 *   Only records still 'unknown' are queued again (a second click finds them queued and sends
 *   nothing twice). The record keeps its send window, so the dispatcher holds it outside working
 *   hours and on holidays; it is the same card the nudge cap already counted for that person,
 *   so it takes no new slot, and while it waits the cap adds no other card for them.
 * - `GET /api/v1/programmes/:id/reminders/preview` — what the bot will send in the coming 14
 *   days (shared `previewReminders`: the scheduler's own tick, simulated), leaders only.
 */
export function registerBotRoutes(server: Server, deps: ServerDeps): void {
  server.post('/api/messages', botEndpointBody(deps), async (req: Request, res: Response) => {
    const locale = requestLocale(req);
    const bot = deps.bot;
    if (!bot || (!deps.config.bot && deps.config.mode === 'sso')) {
      sendError(res, new DomainError('BOT_NOT_CONFIGURED'), locale, deps.logger);
      return;
    }
    if (!deps.config.bot && !LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      sendError(res, new DomainError('BOT_NOT_CONFIGURED'), locale, deps.logger);
      return;
    }
    const tenants = activityTenants(req.body);
    if (tenantsDisagree(tenants)) {
      const activityType = (req.body as { type?: unknown } | undefined)?.type;
      const cap = (id: string | null) => id && id.slice(0, 100);
      deps.logger.warn(
        {
          conversationTenantId: cap(tenants.conversationTenantId),
          channelTenantId: cap(tenants.channelTenantId),
          activityType: typeof activityType === 'string' ? activityType.slice(0, 40) : null,
        },
        'bot activity names two different tenants (conversation.tenantId, channelData.tenant.id): refused',
      );
      sendError(res, new DomainError('BOT_TENANT_MISMATCH'), locale, deps.logger);
      return;
    }
    try {
      await bot.adapter.process(req as never, res as never, (context) => bot.handler.run(context));
    } catch (error) {
      if (!res.headersSent) sendError(res, error, locale, deps.logger);
      else deps.logger.error({ err: error }, 'bot request failed after the response started');
    }
  });

  const leaderBoard = async (
    ctx: Parameters<NonNullable<ServerDeps['store']>['loadBoard']>[0],
    programmeId: string,
  ) => {
    const board = await deps.store.loadBoard(ctx, programmeId);
    if (!board) throw new DomainError('NOT_FOUND');
    if (roleOf(board, ctx.user.userId, deps.clock.now()) !== 'leader') throw new DomainError('FORBIDDEN');
    return board;
  };

  server.get(
    '/api/v1/programmes/:id/reminders/report',
    authenticatedRoute(deps, async ({ req, ctx }) => {
      const programmeId = z.string().min(1).max(100).parse(req.params.id);
      await leaderBoard(ctx, programmeId);
      if (!deps.bot) return { status: 200, body: { reminders: [] } };
      const [outbox, actions] = await Promise.all([
        deps.bot.deliveryStore.listOutbox(ctx.tenantId, programmeId),
        deps.bot.deliveryStore.listActions(ctx.tenantId, programmeId),
      ]);
      return { status: 200, body: { reminders: reportOf(outbox, actions) } };
    }),
  );

  server.get(
    '/api/v1/programmes/:id/reminders/preview',
    authenticatedRoute(deps, async ({ req, ctx }) => {
      const programmeId = z.string().min(1).max(100).parse(req.params.id);
      const board = await leaderBoard(ctx, programmeId);
      const now = deps.clock.now();
      if (!deps.bot) {
        const preview: ReminderPreview = {
          ...previewReminders({ board, now, sent: [], queued: new Set(), days: 0 }),
          explanation: 'botNotConfigured',
        };
        return { status: 200, body: preview };
      }
      const delivery = deps.bot.deliveryStore;
      const outbox = await delivery.listOutbox(ctx.tenantId, programmeId);
      const input = {
        board,
        now,
        sent: sentNudgesOf(outbox),
        queued: new Set(outbox.map((r) => previewQueueKey(r.reminderId, r.recipient.userId))),
      };
      const first = previewReminders(input);
      // Who paused reminders is asked only for the people the preview names.
      const people = [...new Set(first.items.flatMap((i) => i.recipients.map((r) => r.userId)))];
      const preferences = await Promise.all(
        people.map((userId) => delivery.getPreference(ctx.tenantId, userId)),
      );
      const paused = new Set(preferences.filter((p) => p?.paused).map((p) => p!.userId));
      const preview = paused.size === 0 ? first : previewReminders({ ...input, pausedUserIds: paused });
      return { status: 200, body: preview };
    }),
  );

  server.post(
    '/api/v1/programmes/:id/reminders/resend',
    authenticatedRoute(deps, async ({ req, ctx }) => {
      const programmeId = z.string().min(1).max(100).parse(req.params.id);
      const { outboxIds } = resendSchema.parse(req.body);
      const board = await leaderBoard(ctx, programmeId);
      // Reminders stop when a programme closes: nothing is sent again either.
      assertProgrammeOpen(board.programme);
      if (!deps.bot) throw new DomainError('BOT_NOT_CONFIGURED');
      let requeued = 0;
      const now = deps.clock.now().toISOString();
      for (const id of outboxIds) {
        const record = await deps.bot.deliveryStore.getOutbox(ctx.tenantId, id);
        if (!record || record.programmeId !== programmeId || record.status !== 'unknown') continue;
        const { etag, ...plain } = record;
        const updated = await deps.bot.deliveryStore.replaceOutbox(
          {
            ...plain,
            status: 'queued',
            nextAttemptAt: now,
            reason: `resent by ${ctx.user.userId}`,
            updatedAt: now,
          },
          etag,
        );
        if (updated) requeued++;
      }
      return { status: 200, body: { requeued } };
    }),
  );
}
