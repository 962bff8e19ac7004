import type { StepKey } from '../card/ambassadors-card';
import { dateTimeFormat } from '../i18n/date-time-format';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { ProgrammeRole } from '../rules/roles';
import {
  STEP_HEALTH_REASONS,
  type HealthState,
  type StepHealthReason,
  type WatchOutHealthReason,
} from './health-codes';
import type { StepHealth, WatchOutHealth } from './health';
import type { NextAction, NextActionKind } from './next-action';

/**
 * The texts of "what now", in Danish and English, each written for the role it is shown to:
 * leaders are addressed as a group ("I"/"you" plural), ambassadors and employees as one person
 * ("du"). The tab and the bot's digest card both render them through `describeNextAction`, so a
 * line reads the same on the board and in the chat. `{name}` placeholders come from the
 * action's parameters; `{date}` is its due day and `{when}` a meeting's time, formatted here.
 */
const ACTION_TEXTS: Record<
  NextActionKind | 'awaitLeaderAcceptance' | 'holdExitDebriefWithdrawn' | 'attendAlignmentMeeting',
  LocalizedText
> = {
  writeTaskPlan: {
    da: 'Planlæg de konkrete opgaver, I vil have ambassadørerne til at løfte',
    en: 'Plan the concrete tasks you want the ambassadors to take on',
  },
  draftPosting: {
    da: 'Skriv det interne opslag om ambassadørrollen',
    en: 'Write the internal posting for the ambassador role',
  },
  publishPosting: {
    da: 'Offentliggør opslaget, så kolleger kan søge',
    en: 'Publish the posting so colleagues can apply',
  },
  decideApplications: {
    da: '{count|1 ansøgning venter|# ansøgninger venter} på jeres svar',
    en: '{count|1 application is|# applications are} waiting for your answer',
  },
  draftAgreementTemplate: {
    da: 'Skriv skabelonen til forventningsafstemningen (rolle, ansvar, tid, fortrolighed)',
    en: 'Write the template for the expectation alignment (role, responsibility, time, confidentiality)',
  },
  proposeAgreement: {
    da: 'Send aftalen til {name}, så I kan afstemme forventningerne',
    en: 'Send {name} the agreement so you can align expectations',
  },
  acceptAgreementAsLeader: {
    da: 'Acceptér aftalen (version {version}) med {name}',
    en: 'Accept the agreement (version {version}) with {name}',
  },
  addTrainingModules: {
    da: 'Tilrettelæg et rigtigt træningsforløb for de nye ambassadører',
    en: 'Design a real training programme for the new ambassadors',
  },
  followUpTraining: {
    da: '{name} mangler modulet "{title}" (skulle være gennemført {date}) – tag en snak',
    en: '{name} has not finished "{title}" (due {date}) – have a word',
  },
  setMeetingCadence: {
    da: 'Fastlæg, hvor ofte I mødes med ambassadørerne',
    en: 'Decide how often you meet with the ambassadors',
  },
  holdAlignmentMeeting: {
    da: '{count} aktive ambassadører → hold det månedlige afstemningsmøde senest {date}',
    en: '{count} ambassadors active → hold the monthly alignment meeting by {date}',
  },
  publishKeyMessage: {
    da: 'Formulér det nøglebudskab, ambassadørerne skal bære ud',
    en: 'Put into words the key message the ambassadors carry',
  },
  answerThemes: {
    da: '{count|1 tema har ventet|# temaer har ventet op til} {days|1 dag|# dage} på jeres svar',
    en: '{count|1 theme has waited|# themes have waited up to} {days|1 day|# days} for your answer',
  },
  planExit: {
    da: 'Perioden for {name} slutter om {days|1 dag|# dage} → planlæg exit (afrunding, tak, overdragelse)',
    en: "{name}'s term ends in {days|1 day|# days} → plan the exit (debrief, thanks, hand-over)",
  },
  holdExitDebrief: {
    da: 'Perioden for {name} er slut → hold exit-samtalen',
    en: "{name}'s term has ended → hold the exit debrief",
  },
  holdExitDebriefWithdrawn: {
    da: '{name} er stoppet som ambassadør → hold exit-samtalen',
    en: '{name} has stepped down as an ambassador → hold the exit debrief',
  },
  acceptMyAgreement: {
    da: 'Læs din ambassadøraftale (version {version}), og acceptér den, når I er enige',
    en: 'Read your ambassador agreement (version {version}) and accept it when you agree',
  },
  awaitAgreement: {
    da: 'Din leder forbereder jeres aftale – du får besked, når den er klar til dig',
    en: 'Your leader is preparing your agreement – you will be told when it is ready for you',
  },
  awaitLeaderAcceptance: {
    da: 'Du har accepteret aftalen – nu mangler lederens accept',
    en: 'You have accepted the agreement – it now waits for your leader',
  },
  completeTrainingModule: {
    da: 'Næste træningsmodul: "{title}"',
    en: 'Next training module: "{title}"',
  },
  sendCheckIn: {
    da: 'Send dit check-in efter mødet – temaer og situationer, ikke navne',
    en: 'Send your check-in after the meeting – themes and situations, not names',
  },
  attendMeeting: {
    da: 'Næste ambassadørmøde: {when}',
    en: 'Next ambassador meeting: {when}',
  },
  attendAlignmentMeeting: {
    da: 'Næste afstemningsmøde: {when} – her ensretter I budskaberne',
    en: 'Next alignment meeting: {when} – where you align the messages',
  },
  prepareMyExit: {
    da: 'Din periode slutter om {days|1 dag|# dage} – aftal afrunding og overdragelse med din leder',
    en: 'Your term ends in {days|1 day|# days} – agree the debrief and hand-over with your leader',
  },
  applyToPosting: {
    da: 'Bliv ambassadør: søg "{title}" (ca. {hours} timer om måneden i {months} måneder)',
    en: 'Become an ambassador: apply for "{title}" (about {hours} hours a month for {months} months)',
  },
  awaitApplicationDecision: {
    da: 'Tak for din ansøgning – lederne svarer dig, når de har besluttet',
    en: 'Thank you for applying – the leaders will answer you once they have decided',
  },
  recordSessionAttendance: {
    da: 'Registrér, hvem der deltog i træningssessionen "{title}"',
    en: 'Record who attended the training session "{title}"',
  },
  trainingNotFinished: {
    da: '{count|1 ambassadør har|# ambassadører har} ikke gennemført træningen',
    en: '{count|1 ambassador has|# ambassadors have} not finished training',
  },
  attendTrainingSession: {
    da: 'Næste træningssession: "{title}" {when}',
    en: 'Next training session: "{title}" {when}',
  },
};

const DUE_TEXT: LocalizedText = { da: 'senest {date}', en: 'by {date}' };
const OVERDUE_TEXT: LocalizedText = { da: 'skulle være sket {date}', en: 'was due {date}' };

/** Every text key of the action table, for the completeness test. */
export const GUIDANCE_ACTION_TEXT_KEYS = Object.keys(ACTION_TEXTS) as (keyof typeof ACTION_TEXTS)[];

/**
 * Fills `{name}` from the parameters, and `{name|one|other}` by the number: `one` when it is 1,
 * else `other` with `#` standing for the number ("{days|1 day|# days}").
 */
export function fillText(template: string, params: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other.replace(/#/g, String(params[name]))) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
/** A local day as "7 Dec" / "7. dec.". The day is a calendar day, so it is formatted at noon UTC. */
export function formatGuidanceDay(isoDate: string, locale: Locale): string {
  return dateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A meeting's start as "Tuesday 8 Dec, 10:00" in the programme's zone. */
export function formatGuidanceInstant(iso: string, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

function textKey(a: NextAction): keyof typeof ACTION_TEXTS {
  if (a.kind === 'awaitAgreement' && a.params.waitingFor === 'leader') return 'awaitLeaderAcceptance';
  if (a.kind === 'holdExitDebrief' && a.params.reason === 'withdrawn') return 'holdExitDebriefWithdrawn';
  if (a.kind === 'attendMeeting' && a.params.meetingKind === 'alignment') return 'attendAlignmentMeeting';
  return a.kind;
}

export interface NextActionText {
  /** The line itself. */
  text: string;
  /** "by 7 Dec" / "was due 7 Dec", or null without a due day (or when the line already names it). */
  due: string | null;
}

/** One action as its reader sees it, in their language. */
export function describeNextAction(a: NextAction, locale: Locale, timeZone: string): NextActionText {
  const date = a.due ? formatGuidanceDay(a.due, locale) : '';
  const when = typeof a.params.at === 'string' ? formatGuidanceInstant(a.params.at, locale, timeZone) : '';
  const template = ACTION_TEXTS[textKey(a)][locale];
  const text = fillText(template, { ...a.params, date, when });
  const namesDue = template.includes('{date}') || template.includes('{when}');
  const due = a.due && !namesDue ? fillText((a.overdue ? OVERDUE_TEXT : DUE_TEXT)[locale], { date }) : null;
  return { text, due };
}

/** What the list says when nothing waits for the reader. */
export const NOTHING_TO_DO: Record<ProgrammeRole, LocalizedText> = {
  leader: {
    da: 'Intet venter på jer lige nu – kortets trin og opmærksomhedspunkter er på sporet.',
    en: 'Nothing is waiting for you right now – the card’s steps and watch-outs are on track.',
  },
  ambassador: {
    da: 'Intet venter på dig lige nu. Tak for din indsats som ambassadør.',
    en: 'Nothing is waiting for you right now. Thank you for your work as an ambassador.',
  },
  employee: {
    da: 'Intet venter på dig lige nu. Opslaget og svaret på din ansøgning finder du under trin 2, når de er der.',
    en: 'Nothing is waiting for you right now. The posting and the answer to your application appear in step 2 when there are any.',
  },
};

export const GUIDANCE_HEADING: LocalizedText = { da: 'Det næste', en: 'What now' };
export const WATCH_OUT_HEALTH_HEADING: LocalizedText = {
  da: 'Sådan står opmærksomhedspunkterne',
  en: 'How the watch-outs stand',
};

export const HEALTH_STATE_TEXTS: Record<HealthState, LocalizedText> = {
  onTrack: { da: 'På sporet', en: 'On track' },
  needsAttention: { da: 'Kræver opmærksomhed', en: 'Needs attention' },
  notStarted: { da: 'Ikke begyndt', en: 'Not started' },
  closed: { da: 'Lukket', en: 'Closed' },
};

const STEP_REASON_TEXTS: Record<StepHealthReason, LocalizedText> = {
  done: { da: 'gennemført', en: 'done' },
  overdue: { da: 'fristen er overskredet', en: 'past its due date' },
  actionOverdue: { da: 'en handling er forsinket', en: 'an action is late' },
  inProgress: { da: 'i gang', en: 'under way' },
  programmeClosed: { da: 'programmet er lukket', en: 'the programme is closed' },
  noTasks: { da: 'ingen opgaver planlagt', en: 'no tasks planned' },
  postingNotDrafted: { da: 'opslaget er ikke skrevet', en: 'the posting is not written' },
  postingNotPublished: { da: 'opslaget er ikke offentliggjort', en: 'the posting is not published' },
  noAmbassadorsSelected: { da: 'ingen ambassadører valgt', en: 'no ambassadors selected' },
  agreementsPending: { da: 'aftaler venter på accept', en: 'agreements await acceptance' },
  noTrainingModules: { da: 'intet træningsforløb', en: 'no training programme' },
  noActiveAmbassadors: { da: 'ingen aktive ambassadører endnu', en: 'no active ambassadors yet' },
  trainingIncomplete: { da: 'moduler mangler stadig', en: 'modules still open' },
  noCadence: { da: 'ingen mødefrekvens', en: 'no meeting rhythm' },
  noMeetingHeldRecently: { da: 'intet møde holdt for nylig', en: 'no meeting held recently' },
  alignmentMeetingMissing: {
    da: 'det månedlige afstemningsmøde mangler',
    en: 'the monthly alignment meeting is missing',
  },
};

const WATCH_OUT_REASON_TEXTS: Record<WatchOutHealthReason, LocalizedText> = {
  noAmbassadors: { da: 'ingen aktive ambassadører endnu', en: 'no active ambassadors yet' },
  programmeClosed: { da: 'programmet blev lukket {date}', en: 'the programme was closed on {date}' },
  termsWithinLimit: { da: 'alle perioder er tidsbegrænsede', en: 'every term is limited' },
  exitsToPlan: { da: '{exits|1 exit|# exits} skal planlægges', en: '{exits|1 exit|# exits} to plan' },
  debriefsToHold: {
    da: '{debriefs|1 exit-samtale mangler|# exit-samtaler mangler}',
    en: '{debriefs|1 exit debrief|# exit debriefs} to hold',
  },
  alignmentNotRequired: {
    da: 'månedlige afstemningsmøder begynder, når der er flere ambassadører',
    en: 'monthly alignment meetings start once there are several ambassadors',
  },
  alignmentPlanned: {
    da: 'næste afstemningsmøde er planlagt {date}',
    en: 'next alignment meeting planned for {date}',
  },
  alignmentDue: { da: 'næste afstemningsmøde senest {date}', en: 'next alignment meeting due by {date}' },
  alignmentOverdue: {
    da: 'afstemningsmødet skulle være holdt {date}',
    en: 'the alignment meeting was due {date}',
  },
  noKeyMessage: { da: 'intet nøglebudskab endnu', en: 'no key message yet' },
  themesAnswered: { da: 'alle synlige temaer er besvaret', en: 'every visible theme has an answer' },
  themesWaiting: {
    da: '{count|1 tema venter|# temaer venter} på svar',
    en: '{count|1 theme awaits|# themes await} an answer',
  },
};

/**
 * "Needs attention: the posting is not published" — one step's line. Where the step's missing
 * list stands right beside it (the step cards), `withMissing: false` leaves those reasons out.
 */
export function describeStepHealth(
  health: StepHealth,
  locale: Locale,
  options: { withMissing?: boolean } = {},
): string {
  const own = new Set<string>(STEP_HEALTH_REASONS);
  const shown = options.withMissing === false ? health.reasons.filter((r) => own.has(r)) : health.reasons;
  const reasons = shown.map((r) => STEP_REASON_TEXTS[r][locale]);
  const state = HEALTH_STATE_TEXTS[health.state][locale];
  return reasons.length > 0 ? `${state}: ${reasons.join(', ')}` : state;
}

/** One watch-out's line, with its figures filled in. */
export function describeWatchOutHealth(health: WatchOutHealth, locale: Locale): string {
  const params = {
    ...health.params,
    ...(typeof health.params.date === 'string'
      ? { date: formatGuidanceDay(health.params.date, locale) }
      : {}),
  };
  const reasons = health.reasons.map((r) => fillText(WATCH_OUT_REASON_TEXTS[r][locale], params));
  const state = HEALTH_STATE_TEXTS[health.state][locale];
  return reasons.length > 0 ? `${state}: ${reasons.join(', ')}` : state;
}

/**
 * What each step means for an ambassador and for an employee. The card's own step texts are
 * instructions to the leaders ("Design a real training programme…"); these say what the step
 * is for the person reading, in the card's spirit.
 */
export const STEP_TEXT_FOR_ROLE: Record<Exclude<ProgrammeRole, 'leader'>, Record<StepKey, LocalizedText>> = {
  ambassador: {
    taskPlan: {
      da: 'De opgaver, lederne har planlagt for ambassadørerne – det er dem, din tid går til.',
      en: 'The tasks the leaders have planned for the ambassadors – this is what your time goes to.',
    },
    posting: {
      da: 'Opslaget, du og de andre ambassadører blev fundet gennem: ansvar og forventninger til rollen.',
      en: 'The posting you and the other ambassadors were found through: the responsibility and expectations of the role.',
    },
    agreement: {
      da: 'Din aftale: din rolle, dit ansvar, din tid og din periode. Læs den, og acceptér den, når I er enige.',
      en: 'Your agreement: your role, responsibility, time and term. Read it and accept it when you agree.',
    },
    training: {
      da: 'Dit træningsforløb: sessionerne og modulerne, der klæder dig på til rollen. Markér hvert modul, når du er færdig; lederne registrerer dit fremmøde til sessionerne.',
      en: 'Your training: the sessions and modules that equip you for the role. Mark each module done when you have finished; the leaders record your attendance at the sessions.',
    },
    meetings: {
      da: 'Møderne med lederne om fremdrift, udfordringer og succeser – og dit check-in bagefter.',
      en: 'The meetings with the leaders about progress, challenges and successes – and your check-in afterwards.',
    },
  },
  employee: {
    taskPlan: {
      da: 'Det, ambassadørerne skal hjælpe med i jeres arbejdsfællesskab.',
      en: 'What the ambassadors help with in your workplace community.',
    },
    posting: {
      da: 'Vil du være ambassadør? Her er opslaget med ansvar, forventninger og frist.',
      en: 'Would you like to be an ambassador? Here is the posting with its responsibility, expectations and deadline.',
    },
    agreement: {
      da: 'Hver ambassadør har en aftale med lederne om rolle, tid og periode – så rollen er klar for alle.',
      en: 'Each ambassador has an agreement with the leaders about role, time and term – so the role is clear to everyone.',
    },
    training: {
      da: 'Ambassadørerne får et træningsforløb, så de er klædt på til at skubbe dialogerne.',
      en: 'The ambassadors get a training programme so they are equipped to push the dialogues.',
    },
    meetings: {
      da: 'Ambassadørerne mødes jævnligt med lederne om fremdrift, udfordringer og succeser.',
      en: 'The ambassadors meet the leaders regularly about progress, challenges and successes.',
    },
  },
};

/** The step's explanation for a reader: the card's own words for leaders, the role's text otherwise. */
export function stepTextFor(
  role: ProgrammeRole,
  step: StepKey,
  cardText: LocalizedText,
  locale: Locale,
): string {
  return role === 'leader' ? cardText[locale] : STEP_TEXT_FOR_ROLE[role][step][locale];
}
