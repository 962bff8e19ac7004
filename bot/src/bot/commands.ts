/**
 * The bot's commands (also listed in the app manifest): help, status, feedback, apply, pause,
 * resume — in English and Danish. Teams prefixes channel messages with an `<at>` mention and
 * users add punctuation and capitals, so the text is normalised before matching.
 */
export const COMMANDS = ['help', 'status', 'feedback', 'apply', 'pause', 'resume'] as const;
export type Command = (typeof COMMANDS)[number];

const ALIASES: Record<string, Command> = {
  help: 'help',
  hjælp: 'help',
  hjaelp: 'help',
  '?': 'help',
  status: 'status',
  feedback: 'feedback',
  'check-in': 'feedback',
  checkin: 'feedback',
  apply: 'apply',
  søg: 'apply',
  ansøg: 'apply',
  pause: 'pause',
  stop: 'pause',
  resume: 'resume',
  genoptag: 'resume',
  start: 'resume',
};

export function normaliseText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[.!,;:]+$/g, '')
    .trim()
    .toLowerCase();
}

/** The command the text asks for, or null for anything else (answered with help, never silence). */
export function parseCommand(text: string | undefined): Command | null {
  const normalised = normaliseText(text);
  if (!normalised) return null;
  const first = normalised.split(/\s+/)[0] ?? '';
  // Own entries only: a message such as "constructor" must not find an inherited property.
  const alias = (word: string) => (Object.hasOwn(ALIASES, word) ? ALIASES[word] : undefined);
  return alias(normalised) ?? alias(first) ?? null;
}
