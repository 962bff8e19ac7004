import type { DueReason, Locale, ProgrammeCommand, ProgrammeOption } from '@ambassadors/shared';
import {
  cardShell,
  expandCard,
  headingBlock,
  openUrlAction,
  recordAction,
  textBlock,
  type CardJson,
} from './card-template';
import { cardText } from './card-markdown';
import { text, textBundle } from './card-texts';
import { formatInstant } from './reminder-cards';

/** The programmes' default zone, for moments shown where no programme is at hand. */
const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/** Each line shows only when its command fits the person (`show` holds the fitting ones). */
const HELP_LINES = [
  ['${t.helpStatus}', 'status'],
  ['${t.helpFeedback}', 'feedback'],
  ['${t.helpApply}', 'apply'],
  ['${t.helpPause}', 'pause'],
].map(([line, command]) => textBlock(`• ${line}`, { spacing: 'None', $when: `\${show.${command}}` }));

const GREET = cardShell(
  [
    headingBlock('${t.greetTitle}'),
    textBlock('${t.greetBody}'),
    textBlock('${t.greetCommands}', { isSubtle: true }),
  ],
  [openUrlAction('${t.openBoard}', '${tabUrl}')],
);

const HELP = cardShell(
  [textBlock('${intro}', { $when: "${intro != ''}" }), headingBlock('${t.helpTitle}'), ...HELP_LINES],
  [openUrlAction('${t.openBoard}', '${tabUrl}')],
);

const NOTICE = cardShell([textBlock('${message}')], [openUrlAction('${t.openBoard}', '${tabUrl}')]);

const STATUS = cardShell(
  [
    headingBlock('${t.statusTitle}'),
    textBlock('${t.statusNoProgramme}', { $when: '${!hasProgramme}' }),
    {
      type: 'FactSet',
      $when: '${hasProgramme}',
      facts: [
        { title: '${t.statusRole}', value: '${role}' },
        { title: '${t.statusTerm}', value: '${term}' },
        { title: '${t.statusDaysLeft}', value: '${daysLeft}' },
        { title: '${t.statusNextMeeting}', value: '${nextMeeting}' },
        { title: '${t.statusOpenTraining}', value: '${openTraining}' },
      ],
    },
    textBlock('${t.paused}', { $when: '${paused}', isSubtle: true }),
  ],
  [openUrlAction('${t.openBoard}', '${tabUrl}')],
);

const THANKS = cardShell(
  [
    headingBlock('${t.thanksTitle}'),
    textBlock('${t.thanksAlready}', { $when: '${duplicate}', isSubtle: true }),
    { type: 'FactSet', facts: [{ $data: '${facts}', title: '${label}', value: '${value}' }] },
    textBlock('${t.recordedAt}: ${recordedAt}', { isSubtle: true, size: 'Small' }),
  ],
  [openUrlAction('${t.openBoard}', '${tabUrl}')],
);

const ERROR = cardShell(
  [
    headingBlock('${t.errorTitle}'),
    textBlock('${reason}'),
    textBlock('${t.nothingStored}', { isSubtle: true }),
  ],
  [openUrlAction('${t.openBoard}', '${tabUrl}')],
);

const PERSONAL_CHAT = cardShell(
  [textBlock('${t.personalOnly}')],
  [openUrlAction('${t.openPersonalChat}', '${link}')],
);

/** The answer in a channel or group chat to a command whose answer is personal. */
export function personalChatCard(locale: Locale, link: string): CardJson {
  return expandCard(PERSONAL_CHAT, { t: textBundle(locale), link });
}

export function greetCard(locale: Locale, tabUrl: string): CardJson {
  return expandCard(GREET, { t: textBundle(locale), tabUrl });
}

export function helpCard(
  locale: Locale,
  tabUrl: string,
  opts: { unknownText?: boolean; commands?: readonly string[] } = {},
): CardJson {
  const commands = opts.commands ?? ['status', 'feedback', 'apply', 'pause'];
  return expandCard(HELP, {
    t: textBundle(locale),
    tabUrl,
    intro: opts.unknownText ? text('unknownText', locale) : '',
    show: Object.fromEntries(['status', 'feedback', 'apply', 'pause'].map((c) => [c, commands.includes(c)])),
  });
}

export function noticeCard(locale: Locale, tabUrl: string, message: string): CardJson {
  return expandCard(NOTICE, { t: textBundle(locale), tabUrl, message: cardText(message) });
}

export interface StatusFacts {
  role: string;
  term: string;
  daysLeft: string;
  nextMeeting: string;
  openTraining: string;
}

export function statusCard(
  locale: Locale,
  tabUrl: string,
  facts: StatusFacts | null,
  paused: boolean,
): CardJson {
  return expandCard(STATUS, {
    t: textBundle(locale),
    tabUrl,
    hasProgramme: facts !== null,
    paused,
    ...(facts
      ? {
          role: cardText(facts.role),
          term: cardText(facts.term),
          daysLeft: cardText(facts.daysLeft),
          nextMeeting: cardText(facts.nextMeeting),
          openTraining: cardText(facts.openTraining),
        }
      : { role: '', term: '', daysLeft: '', nextMeeting: '', openTraining: '' }),
  });
}

export function thanksCard(
  locale: Locale,
  tabUrl: string,
  facts: Array<{ label: string; value: string }>,
  recordedAt: string,
  duplicate: boolean,
  timeZone = DEFAULT_TIME_ZONE,
): CardJson {
  // A person reads the moment in their language and the programme's time zone, never as UTC ISO.
  const when = formatInstant(recordedAt, { locale, timeZone });
  const shown = (facts.length ? facts : [{ label: text('recordedAt', locale), value: when }]).map((fact) => ({
    label: cardText(fact.label),
    value: cardText(fact.value),
  }));
  return expandCard(THANKS, {
    t: textBundle(locale),
    tabUrl,
    facts: shown,
    recordedAt: cardText(when),
    duplicate,
  });
}

export function errorCard(locale: Locale, tabUrl: string, reason: string): CardJson {
  return expandCard(ERROR, { t: textBundle(locale), tabUrl, reason: cardText(reason) });
}

/** The verb of a choice card's buttons: answer `command` about the programme chosen. */
export const CHOOSE_PROGRAMME_VERB = 'programme.choose';

/** Buttons a Teams card shows well in one row of actions, the board link included. */
const MAX_CHOICES = 5;

const DUE_TEXTS = {
  agreement: 'dueAgreement',
  checkIn: 'dueCheckIn',
  posting: 'duePosting',
} as const satisfies Record<DueReason, string>;
const CHOOSE_INTROS = {
  status: 'chooseStatus',
  feedback: 'chooseFeedback',
  apply: 'chooseApply',
} as const satisfies Record<ProgrammeCommand, string>;

/**
 * For a person in several programmes: which one `status`, `feedback` or `apply` is about. One
 * button per programme, the default (where something waits for them) first and highlighted, each
 * saying what waits there; a click answers the command about that programme in place.
 */
export function programmeChoiceCard(
  locale: Locale,
  tabUrl: string,
  command: ProgrammeCommand,
  options: readonly ProgrammeOption[],
): CardJson {
  const shown = options.slice(0, MAX_CHOICES);
  const template = cardShell(
    [headingBlock('${t.chooseTitle}'), textBlock('${intro}')],
    [
      ...shown.map((_option, index) =>
        recordAction(
          `\${choices[${index}].title}`,
          CHOOSE_PROGRAMME_VERB,
          { command: '${command}', programmeId: `\${choices[${index}].programmeId}` },
          index === 0 ? 'positive' : undefined,
        ),
      ),
      openUrlAction('${t.openBoard}', '${tabUrl}'),
    ],
  );
  return expandCard(template, {
    t: textBundle(locale),
    tabUrl,
    intro: text(CHOOSE_INTROS[command], locale),
    command,
    choices: shown.map((option) => ({
      programmeId: option.programmeId,
      title: option.due
        ? text('chooseDue', locale, { name: option.name, due: text(DUE_TEXTS[option.due], locale) })
        : option.name,
    })),
  });
}
