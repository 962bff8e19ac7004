/** A bot's id in Teams activities (`28:<app id>`), or its bare app id. Nothing else fits. */
const BOT_ID = /^(?:28:)?([A-Za-z0-9-]{1,100})$/;

/**
 * The Teams deep link that opens the personal chat with the bot — where the bot shows a person's
 * own cards when they ask for them in a channel or group chat. Built from a fixed address and an id
 * that must look like a bot id, so no text from a message can turn into a link; null otherwise.
 */
export function botChatLink(botId: string): string | null {
  const match = BOT_ID.exec(botId);
  if (!match) return null;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(`28:${match[1]}`)}`;
}
