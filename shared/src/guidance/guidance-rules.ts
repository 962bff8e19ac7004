import type { RuleEntry } from '../rules/rules-catalogue-types';

const LEADER = 'shared/src/guidance/leader-actions.ts';
const AMBASSADOR = 'shared/src/guidance/ambassador-actions.ts';
const EMPLOYEE = 'shared/src/guidance/employee-actions.ts';
const NEXT = 'shared/src/guidance/next-actions.ts';
const T = 'test/shared/guidance';
const BOARD = 'board view (GET …/board and every write’s answer)';
const TAB = 'tab: the “what now” list at the top of the board';

/**
 * The catalogue entries of "what now": each next action the board lists has a rule here, with
 * the function that decides it and the test that tries to break it.
 */
export const GUIDANCE_RULES: readonly RuleEntry[] = [
  {
    id: 'next-actions-per-role',
    title: { en: 'What now, for each role', da: 'Det næste, for hver rolle' },
    statement: {
      en: 'The board opens with the few next actions the card calls for — at most 5, overdue first, then by due day, then in step order — computed on the server for the caller’s role only: an employee never receives a leader’s action, and an empty list says nothing is waiting.',
      da: 'Tavlen begynder med de få næste handlinger, kortet kalder på – højst 5, forsinkede først, så efter frist, så i trinenes rækkefølge – beregnet på serveren for den spørgendes rolle alene: en medarbejder får aldrig en leders handling, og en tom liste siger, at intet venter.',
    },
    figures: ['5'],
    enforcedBy: [
      { symbol: 'nextActions', file: NEXT },
      { symbol: 'buildGuidanceView', file: 'shared/src/guidance/guidance-view.ts' },
    ],
    calledFrom: [BOARD, TAB, 'tab: the step a role opens on'],
    provenBy: [
      {
        file: `${T}/board-view-guidance.property.test.ts`,
        test: 'holds only actions written for the caller’s role',
      },
      { file: `${T}/leader-actions.test.ts`, test: 'lists overdue actions first and at most five' },
      { file: `${T}/leader-actions.test.ts`, test: 'has nothing to do when every step is done' },
    ],
  },
  {
    id: 'next-actions-planning',
    title: { en: 'The card’s planning, step by step', da: 'Kortets planlægning, trin for trin' },
    statement: {
      en: 'Leaders are asked for what a step still lacks (tasks, posting, publication, agreement template, training programme, meeting rhythm), dated by the step’s due date; a leader’s “done” on the step ends it. Undecided applications and agreements waiting for the leaders’ side are listed, the latter by the term’s first day.',
      da: 'Lederne bliver bedt om det, et trin mangler (opgaver, opslag, offentliggørelse, aftaleskabelon, træningsforløb, mødefrekvens), med trinets frist; en leders “færdig” på trinet afslutter det. Ansøgninger uden beslutning og aftaler, der venter på ledernes accept, står på listen, de sidste med periodens første dag som frist.',
    },
    enforcedBy: [
      { symbol: 'leaderActions', file: LEADER },
      { symbol: 'describeSteps', file: 'shared/src/rules/step-status.ts' },
    ],
    calledFrom: [BOARD, TAB, 'leaders’ digest card'],
    provenBy: [
      { file: `${T}/leader-actions.test.ts`, test: 'walks a fresh programme through the card’s planning' },
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'ends a planning action when a leader marks the step done',
      },
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'asks to send a candidate the agreement once the template exists',
      },
    ],
  },
  {
    id: 'next-actions-training',
    title: { en: 'The next training module', da: 'Næste træningsmodul' },
    statement: {
      en: 'An ambassador is shown the open module due first (the reminders’ due day: activation plus the module’s days, on a working day); from the day after that due day the leaders are asked to follow up.',
      da: 'En ambassadør får vist det åbne modul med den tidligste frist (påmindelsernes frist: aktivering plus modulets dage, på en arbejdsdag); fra dagen efter fristen bliver lederne bedt om at følge op.',
    },
    enforcedBy: [
      { symbol: 'moduleDueDate', file: 'shared/src/rules/training.ts' },
      { symbol: 'ambassadorActions', file: AMBASSADOR },
    ],
    calledFrom: [BOARD, TAB],
    provenBy: [
      { file: `${T}/ambassador-actions.test.ts`, test: 'names the next training module by its due day' },
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'follows up a module the day after its due day, not on it',
      },
    ],
  },
  {
    id: 'next-actions-alignment',
    title: { en: 'The monthly alignment meeting', da: 'Det månedlige afstemningsmøde' },
    statement: {
      en: 'With two or more active ambassadors and no alignment meeting planned, leaders are asked to hold one by the due date the board and the reminders name; with ambassadors and no key message, to write one.',
      da: 'Med to eller flere aktive ambassadører og intet afstemningsmøde planlagt bliver lederne bedt om at holde et senest på den dato, tavlen og påmindelserne nævner; med ambassadører og uden nøglebudskab om at formulere et.',
    },
    enforcedBy: [
      { symbol: 'nextAlignmentMeeting', file: 'shared/src/rules/key-messages.ts' },
      { symbol: 'leaderActions', file: LEADER },
    ],
    calledFrom: [BOARD, TAB, 'leaders’ digest card'],
    provenBy: [
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'asks for the monthly alignment meeting by the date the board and the reminders name',
      },
      { file: `${T}/leader-actions.test.ts`, test: 'asks for a key message once there are ambassadors' },
    ],
  },
  {
    id: 'next-actions-themes',
    title: { en: 'Themes waiting for an answer', da: 'Temaer, der venter på svar' },
    statement: {
      en: 'A feedback theme waits for the leaders’ answer from the moment enough different people had named it to be visible — never from a single person’s first mention — until a decision answers it.',
      da: 'Et feedback-tema venter på ledernes svar fra det øjeblik, nok forskellige personer havde nævnt det til, at det er synligt – aldrig fra én persons første omtale – indtil en beslutning besvarer det.',
    },
    setting: 'anonymityMinAnswers',
    enforcedBy: [{ symbol: 'waitingThemes', file: 'shared/src/guidance/waiting-themes.ts' }],
    calledFrom: [BOARD, TAB, 'leaders’ digest card'],
    provenBy: [
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'counts from the day enough different people had named the theme',
      },
      { file: `${T}/leader-actions.test.ts`, test: 'says nothing about a theme too few people named' },
    ],
  },
  {
    id: 'next-actions-exits',
    title: { en: 'Planned exits', da: 'Planlagte exits' },
    statement: {
      en: 'From 30 days left of a term (today counted) the leaders are asked to plan the exit until a debrief date is set, and the ambassador to prepare it; for 30 days after a term ends or a withdrawal the leaders are asked to hold the debrief until it is held.',
      da: 'Fra 30 dage tilbage af en periode (i dag medregnet) bliver lederne bedt om at planlægge exit, indtil der er en dato for afrundingen, og ambassadøren om at forberede den; i 30 dage efter periodens slutning eller en fratræden bliver lederne bedt om at holde exit-samtalen, indtil den er holdt.',
    },
    figures: ['30'],
    enforcedBy: [
      { symbol: 'DIGEST_TERM_ENDING_DAYS', file: 'shared/src/rules/reminders/leader-digests.ts' },
      { symbol: 'DIGEST_EXIT_DAYS', file: 'shared/src/rules/reminders/leader-digests.ts' },
      { symbol: 'leaderActions', file: LEADER },
    ],
    calledFrom: [BOARD, TAB, 'leaders’ digest card'],
    provenBy: [
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'asks to plan the exit exactly from 30 days left (today counted), not at 31',
      },
      {
        file: `${T}/leader-actions.test.ts`,
        test: 'asks for the debrief for 30 days after the term, until it is held',
      },
      {
        file: `${T}/ambassador-actions.test.ts`,
        test: 'asks to prepare the exit from 30 days left (today counted), not at 31',
      },
    ],
  },
  {
    id: 'next-actions-ambassador',
    title: {
      en: 'An ambassador’s agreement, check-in and meeting',
      da: 'En ambassadørs aftale, check-in og møde',
    },
    statement: {
      en: 'An ambassador is asked to accept their agreement by the term’s first day (the last day it can be accepted), told when it waits for the leaders, asked for the check-in the bot requested after the last held meeting within the check-in interval, and shown the next meeting the reminders announce.',
      da: 'En ambassadør bliver bedt om at acceptere sin aftale senest periodens første dag (den sidste dag, den kan accepteres), får at vide, når den venter på lederne, bliver bedt om det check-in, botten bad om efter det seneste holdte møde inden for check-in-intervallet, og ser det næste møde, påmindelserne varsler.',
    },
    setting: 'checkInIntervalDays',
    enforcedBy: [
      { symbol: 'ambassadorActions', file: AMBASSADOR },
      { symbol: 'planReminders', file: 'shared/src/rules/reminders/plan-reminders.ts' },
    ],
    calledFrom: [BOARD, TAB, 'tab: the step an ambassador opens on'],
    provenBy: [
      {
        file: `${T}/ambassador-actions.test.ts`,
        test: 'asks the candidate to accept, by the term’s first day',
      },
      {
        file: `${T}/ambassador-actions.test.ts`,
        test: 'asks for the check-in the bot requested after a held meeting',
      },
      { file: `${T}/ambassador-actions.test.ts`, test: 'names the next meeting the reminders announce' },
      { file: `${T}/ambassador-actions.test.ts`, test: 'has nothing to do when trained' },
    ],
  },
  {
    id: 'next-actions-employee',
    title: { en: 'The posting for employees', da: 'Opslaget for medarbejdere' },
    statement: {
      en: 'An employee is offered the open posting with its deadline until the deadline day is over, then told the leaders will answer once they applied; otherwise nothing waits for them.',
      da: 'En medarbejder får tilbudt det åbne opslag med fristen, indtil fristens dag er omme, og får at vide, at lederne svarer, når de har søgt; ellers venter intet på dem.',
    },
    enforcedBy: [
      { symbol: 'employeeActions', file: EMPLOYEE },
      { symbol: 'postingOpen', file: 'shared/src/rules/posting.ts' },
    ],
    calledFrom: [BOARD, TAB],
    provenBy: [
      {
        file: `${T}/employee-actions.test.ts`,
        test: 'offers the open posting with its deadline, until the deadline day is over',
      },
      { file: `${T}/employee-actions.test.ts`, test: 'has nothing to do without an open posting' },
    ],
  },
  {
    id: 'step-and-watch-out-health',
    title: { en: 'Health of each step and watch-out', da: 'Status for hvert trin og opmærksomhedspunkt' },
    statement: {
      en: 'Each step reads on track, needs attention (due date passed, a leaders’ action late, meetings lapsed) or not started, with the reasons; the watch-outs likewise, where only leaders read the lines about exits and unanswered themes.',
      da: 'Hvert trin står som på sporet, kræver opmærksomhed (fristen er overskredet, en ledelseshandling er forsinket, møderne er gået i stå) eller ikke begyndt, med begrundelsen; opmærksomhedspunkterne ligeså, hvor kun ledere læser linjerne om exits og ubesvarede temaer.',
    },
    enforcedBy: [{ symbol: 'programmeHealth', file: 'shared/src/guidance/health.ts' }],
    calledFrom: [BOARD, 'tab: the health line beside each step and watch-out'],
    provenBy: [
      { file: `${T}/health.test.ts`, test: 'needs attention when a step’s due date has passed, saying why' },
      {
        file: `${T}/health.test.ts`,
        test: 'needs attention for exits to plan and themes waiting, and tells only leaders',
      },
    ],
  },
  {
    id: 'texts-for-the-reader',
    title: { en: 'Texts written for the reader', da: 'Tekster skrevet til læseren' },
    statement: {
      en: 'Every next action and health line has a Danish and an English text written for the role reading it; ambassadors and employees read what a step means for them, never the card’s instructions to the leaders.',
      da: 'Hver næste handling og statuslinje har en dansk og en engelsk tekst skrevet til den rolle, der læser den; ambassadører og medarbejdere læser, hvad et trin betyder for dem, aldrig kortets anvisninger til lederne.',
    },
    enforcedBy: [
      { symbol: 'describeNextAction', file: 'shared/src/guidance/guidance-texts.ts' },
      { symbol: 'stepTextFor', file: 'shared/src/guidance/guidance-texts.ts' },
    ],
    calledFrom: [TAB, 'tab: the step panel’s explanation', 'leaders’ digest card'],
    provenBy: [
      {
        file: `${T}/guidance-texts.test.ts`,
        test: 'has a Danish and an English text for every kind of next action',
      },
      {
        file: `${T}/guidance-texts.test.ts`,
        test: 'never shows ambassadors or employees the leaders’ instructions',
      },
    ],
  },
  {
    id: 'digest-lists-next-actions',
    title: { en: 'The digest lists the same actions', da: 'Ugebrevet viser de samme handlinger' },
    statement: {
      en: 'The leaders’ weekly digest lists the leaders’ next actions as of the digest’s own moment — the list the board showed then.',
      da: 'Ledernes ugentlige oversigt viser ledernes næste handlinger, som de var i oversigtens eget øjeblik – den liste, tavlen viste da.',
    },
    enforcedBy: [{ symbol: 'withDigestNextActions', file: 'shared/src/guidance/digest-actions.ts' }],
    calledFrom: ['scheduler (bot/src/delivery/reminder-scheduler.ts)', 'leaders’ digest card'],
    provenBy: [
      {
        file: `${T}/digest-actions.test.ts`,
        test: 'carries the leaders’ next actions as of the digest’s own moment',
      },
    ],
  },
  {
    id: 'next-actions-training-course',
    title: { en: 'The course’s next step', da: 'Forløbets næste skridt' },
    statement: {
      en: 'By the completion rule, an ambassador is shown the next required session while it is still ahead; leaders are asked to record who attended a session that has started, and told how many ambassadors have not finished training once something required is behind them (an overdue module or a session that is over).',
      da: 'Efter reglen for gennemført træning får en ambassadør vist den næste obligatoriske session, så længe den ligger forude; lederne bliver bedt om at registrere, hvem der deltog i en session, der er begyndt, og får at vide, hvor mange ambassadører der ikke har gennemført træningen, når noget obligatorisk ligger bag dem (et modul over fristen eller en session, der er slut).',
    },
    enforcedBy: [
      { symbol: 'nextTrainingItem', file: 'shared/src/rules/training-completion.ts' },
      { symbol: 'ambassadorActions', file: AMBASSADOR },
      { symbol: 'leaderActions', file: LEADER },
    ],
    calledFrom: [BOARD, TAB],
    provenBy: [
      {
        file: `${T}/training-course-actions.test.ts`,
        test: 'names the ambassador’s next session while it is ahead, not once it is over',
      },
      {
        file: `${T}/training-course-actions.test.ts`,
        test: 'asks leaders to record attendance of a started session, and counts who has not finished',
      },
    ],
  },
];
