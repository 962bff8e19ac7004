import { conversationTargetOf, type Programme, type Workshop } from '@ambassadors/shared';
import { workshopSummaryCard } from '../cards/workshop-summary-card';
import type { ServerDeps } from '../http/server-deps';

/**
 * Posts a finished workshop's summary card into the meeting chat it was run in, through the
 * messaging port like the bot's other proactive messages. The chat is known only if the bot was
 * added to it (its conversation reference is stored on install); otherwise nothing is sent and
 * the answer says so, and the tab offers the summary to copy. A failed send is told the same way:
 * the workshop is finished either way, and Teams has no idempotent send to retry blindly.
 */
export async function sendWorkshopSummary(
  deps: Pick<ServerDeps, 'bot' | 'logger'>,
  tenantId: string,
  programme: Programme,
  chatId: string,
): Promise<NonNullable<Workshop['summary']>> {
  const bot = deps.bot;
  if (!bot) return 'noConversation';
  const conversation = await bot.deliveryStore.getConversation(tenantId, {
    conversationId: chatId,
    userId: null,
    scope: 'groupChat',
  });
  if (!conversation) return 'noConversation';
  try {
    await bot.messaging.send(
      conversationTargetOf(conversation),
      workshopSummaryCard(programme, bot.tabUrl(programme.id, null)),
    );
    return 'sent';
  } catch (error) {
    deps.logger.warn({ err: error, programmeId: programme.id }, 'workshop summary not sent');
    return 'failed';
  }
}
