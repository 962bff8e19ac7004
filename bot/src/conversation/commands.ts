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

/**
 * Greetings and small talk in both languages ("hello", "hej", "godmorgen", "tak"): people open a
 * chat like that, and the friendly answer is what the bot can do — not "I did not get that".
 */
const SMALL_TALK =
  /^(hello|hi|hey|hiya|good (morning|afternoon|evening)|morning|thanks|thank you|thx|cheers|hej|hejsa|hej hej|halløj|hallo|goddag|god morgen|godmorgen|god eftermiddag|godaften|god aften|tak|mange tak|tusind tak|tak for det)( (bot|there|med dig|allesammen|you))?[\s!?.😀🙂👋]*$/u;

/** Whether the text is a greeting or a thank-you rather than a request. */
export function isSmallTalk(text: string | undefined): boolean {
  return SMALL_TALK.test(normaliseText(text).replace(/\s+/g, ' '));
}

/** The command the text asks for, or null for anything else (answered with help, never silence). */
export function parseCommand(text: string | undefined): Command | null {
  const normalised = normaliseText(text);
  if (!normalised) return null;
  if (isSmallTalk(normalised)) return 'help';
  const first = normalised.split(/\s+/)[0] ?? '';
  // Own entries only: a message such as "constructor" must not find an inherited property.
  const alias = (word: string) => (Object.hasOwn(ALIASES, word) ? ALIASES[word] : undefined);
  return alias(normalised) ?? alias(first) ?? null;
}

/** Where a person stands in the programme, as far as the chat commands care. */
export interface CommandAudience {
  /** Found in a programme of their tenant at all. */
  inProgramme: boolean;
  /** An ambassador now (active) or about to be (candidate). */
  ambassador: 'active' | 'candidate' | null;
  /** The programme's posting is open for applications. */
  postingOpen: boolean;
  /**
   * For a person in several programmes: whether some programme's posting is open to them (they
   * are not an ambassador there and have not applied). When given, it alone decides `apply`.
   */
  mayApply?: boolean;
}

/**
 * The commands that fit a person, in the order help lists them: `feedback` only for active
 * ambassadors (only they send check-ins), `apply` only for people who are not ambassadors and
 * only while the posting is open; status and pause/resume for everyone.
 */
export function commandsFor(audience: CommandAudience): Command[] {
  return COMMANDS.filter((command) => {
    if (command === 'feedback') return audience.ambassador === 'active';
    if (command === 'apply')
      return audience.mayApply ?? (audience.ambassador === null && audience.postingOpen);
    return true;
  });
}
