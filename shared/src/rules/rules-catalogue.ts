import type { RuleEntry } from './rules-catalogue-types';
import { GUIDANCE_RULES } from '../guidance/guidance-rules';

const ROLES = 'shared/src/rules/roles.ts';
const TERM = 'shared/src/rules/term.ts';
const TERM_LIMITS = 'shared/src/rules/term-limits.ts';
const LIFECYCLE = 'shared/src/rules/ambassadorship-lifecycle.ts';
const POSTING = 'shared/src/rules/posting.ts';
const NUDGES = 'shared/src/rules/nudge-cap.ts';
const CALENDAR = 'shared/src/rules/calendar.ts';
const SCHEDULE = 'shared/src/rules/reminders/plan-reminders.ts';
const ANONYMITY_GATE = 'shared/src/rules/feedback/anonymity-gate.ts';
const CHECK_INS = 'shared/src/rules/feedback/check-ins.ts';
const DECISIONS = 'shared/src/rules/feedback/decisions.ts';
const FEEDBACK_AGGREGATES = 'shared/src/rules/feedback/feedback-aggregates.ts';
const ERASURE = 'shared/src/privacy/person-erasure.ts';
const SETTINGS = 'shared/src/rules/programme-settings.ts';
const CLOSURE = 'shared/src/rules/programme-closure.ts';
const REPORT = 'shared/src/report/management-report.ts';
const RHYTHM = 'shared/src/rules/meeting-rhythm.ts';
const MEETING = 'shared/src/rules/meeting-record.ts';
const ROUND = 'shared/src/rules/application-round.ts';
const AGREEMENT = 'shared/src/rules/agreement.ts';
const MEETING_LIVE = 'shared/src/rules/meeting-live.ts';
const ALIGNMENT_ROUND = 'shared/src/rules/alignment-round.ts';

/**
 * The rules catalogue: every rule of the card and every privacy promise, where it is enforced,
 * who calls it and which tests try to break it. `docs/rules.md` is generated from this list
 * (`npm run rules:doc`) and test/shared/rules-catalogue.test.ts keeps list, code, page and the
 * works-council pages in step.
 */
const UNDO = 'shared/src/rules/undo.ts';
const OPEN_SITUATIONS = 'shared/src/rules/feedback/open-situations.ts';
export const RULES: readonly RuleEntry[] = [
  {
    id: 'permissions',
    title: { en: 'Who may do what', da: 'Hvem må hvad' },
    statement: {
      en: 'Roles (leader, ambassador, employee) are derived from the programme’s data at the moment of the request, never stored; one explicit table says which role may perform each action, and every path checks it before it changes or shows anything.',
      da: 'Roller (leder, ambassadør, medarbejder) udledes af programmets data i det øjeblik, der spørges, og gemmes aldrig; én tabel siger, hvilken rolle der må hvad, og alle veje tjekker den, før de ændrer eller viser noget.',
    },
    enforcedBy: [
      { symbol: 'roleOf', file: ROLES },
      { symbol: 'PERMISSIONS', file: ROLES },
      { symbol: 'assertCan', file: ROLES },
    ],
    calledFrom: ['every REST programme route (programmeRoute)', 'bot card actions', 'board view per role'],
    provenBy: [
      { file: 'test/shared/roles.test.ts', test: 'has an explicit permission for every action' },
      {
        file: 'test/shared/roles.test.ts',
        test: 'makes a former ambassador an employee once the term is over',
      },
    ],
  },
  {
    id: 'tenant-isolation',
    title: { en: 'Tenants never see each other', da: 'Organisationer ser aldrig hinanden' },
    statement: {
      en: 'The tenant comes from the verified sign-in token, never from the request; every store call is scoped to it, so another organisation’s programme ids answer 404 on every route.',
      da: 'Organisationen tages fra det verificerede login, aldrig fra forespørgslen; hvert kald til databasen er afgrænset til den, så en anden organisations programmer svarer 404 på alle ruter.',
    },
    enforcedBy: [{ symbol: 'ProgrammeStore', file: 'shared/src/ports/programme-store.ts' }],
    calledFrom: ['every REST route', 'bot activities', 'scheduler'],
    provenBy: [
      {
        file: 'test/bot/http/routes/tenant-isolation.test.ts',
        test: 'the same programme id in two tenants: each tenant sees and changes only its own',
      },
    ],
  },
  {
    id: 'one-act-every-path',
    title: { en: 'One act, one check, on every path', da: 'Én handling, ét tjek, ad alle veje' },
    statement: {
      en: 'Applying, accepting an agreement, completing training and sending a check-in run the same permission check, validation and rule whether they come from the tab’s API or from a card in the chat; any interleaving of card clicks (double clicks included) and API calls stores what the API alone stores.',
      da: 'At søge, acceptere en aftale, gennemføre træning og sende et check-in kører samme adgangstjek, validering og regel, uanset om det sker i fanen eller på et kort i chatten; enhver blanding af klik (også dobbeltklik) og API-kald gemmer det samme som API’et alene.',
    },
    enforcedBy: [
      { symbol: 'can', file: ROLES },
      { symbol: 'authorize', file: 'bot/src/application/act-scope.ts' },
    ],
    calledFrom: [
      'REST: POST …/applications, …/agreement/accept, …/training/:moduleId, …/check-ins',
      'card actions: posting.apply, agreement.accept, training.complete, checkIn.submit',
    ],
    provenBy: [
      {
        file: 'test/bot/conversation/card-and-rest-acts.test.ts',
        test: 'any interleaving stores what the API alone stores',
      },
      {
        file: 'test/bot/conversation/card-actions.test.ts',
        test: 'an owner cannot apply to their own programme by card',
      },
    ],
  },
  {
    id: 'card-action-once',
    title: { en: 'A card action counts once', da: 'En handling på et kort tæller én gang' },
    statement: {
      en: 'A double click or a replay of a card action is recorded once; an action that is refused leaves no record, and every duplicate gets the answer the first click got. Inherited names (constructor, __proto__ …) are never verbs or commands.',
      da: 'Et dobbeltklik eller en gentagelse af en handling på et kort registreres én gang; en afvist handling efterlader intet, og hver gentagelse får samme svar som det første klik. Arvede navne (constructor, __proto__ …) er aldrig handlinger eller kommandoer.',
    },
    enforcedBy: [{ symbol: 'CardActionService', file: 'bot/src/conversation/card-action-service.ts' }],
    calledFrom: ['POST /api/messages (Action.Execute and Action.Submit)'],
    provenBy: [
      {
        file: 'test/bot/conversation/card-actions.test.ts',
        test: 'a double click on an action that is refused',
      },
      {
        file: 'test/bot/conversation/card-actions.test.ts',
        test: 'duplicates of an action that succeeded get the answer the first click got',
      },
      {
        file: 'test/bot/conversation/card-and-rest-acts.test.ts',
        test: 'a duplicate handled by another instance waits for the first outcome',
      },
    ],
  },
  {
    id: 'term-length',
    title: {
      en: 'Limit the period: a term has a maximum',
      da: 'Begræns perioden: en periode har et maksimum',
    },
    statement: {
      en: 'Every term is at most `termMonthsMax` months; a new term defaults to the posting’s term, else `termMonthsDefault`.',
      da: 'En periode er højst `termMonthsMax` måneder; en ny periode får opslagets længde, ellers `termMonthsDefault`.',
    },
    setting: 'termMonthsMax',
    enforcedBy: [
      { symbol: 'validateTerm', file: TERM },
      { symbol: 'checkTerm', file: TERM_LIMITS },
      { symbol: 'defaultTermMonths', file: TERM_LIMITS },
    ],
    calledFrom: [
      'selectAmbassador (POST …/ambassadors, …/applications/:id/decision)',
      'proposeAgreementVersion (POST …/agreement)',
    ],
    provenBy: [
      { file: 'test/shared/term.test.ts', test: 'rejects terms longer than termMonthsMax' },
      {
        file: 'test/bot/http/routes/term-limits.test.ts',
        test: "bounds the posting's term by the settings and makes it the default term",
      },
    ],
    promised: true,
  },
  {
    id: 'term-consecutive',
    title: { en: 'Consecutive terms count together', da: 'Perioder i træk tæller sammen' },
    statement: {
      en: 'Terms of one person in one programme with a break shorter than `termGapMonths` count together against the maximum, on every path that creates or extends a term; after a full break a fresh term may start.',
      da: 'En persons perioder i samme program med en pause kortere end `termGapMonths` tæller sammen mod maksimum ad alle veje, der opretter eller forlænger en periode; efter en hel pause kan en ny periode begynde.',
    },
    setting: 'termGapMonths',
    enforcedBy: [{ symbol: 'assertConsecutiveWithinLimit', file: TERM_LIMITS }],
    calledFrom: ['selectAmbassador', 'proposeAgreementVersion', 'acceptAgreement'],
    provenBy: [
      {
        file: 'test/shared/term-limits.property.test.ts',
        test: 'no sequence of selections, versions, acceptances, withdrawals and time chains terms past the maximum',
      },
      {
        file: 'test/bot/http/routes/term-limits.test.ts',
        test: 'counts a re-appointment right after the term against the maximum',
      },
    ],
  },
  {
    id: 'term-not-in-past',
    title: {
      en: 'A term starts today or later, with its agreement',
      da: 'En periode begynder i dag eller senere, med aftalen',
    },
    statement: {
      en: 'A term cannot start before today (by day, in the programme’s time zone), and a version whose term has already begun cannot be accepted unless it keeps a running term’s start: the role starts when the agreement is accepted.',
      da: 'En periode kan ikke begynde før i dag (dag for dag i programmets tidszone), og en version, hvis periode allerede er begyndt, kan ikke accepteres, medmindre den beholder starten på en løbende periode: rollen begynder, når aftalen accepteres.',
    },
    enforcedBy: [
      { symbol: 'assertTermNotInPast', file: TERM },
      { symbol: 'acceptAgreement', file: 'shared/src/rules/agreement.ts' },
    ],
    calledFrom: ['selectAmbassador', 'proposeAgreementVersion', 'acceptAgreement (REST and card)'],
    provenBy: [
      { file: 'test/shared/term-limits.test.ts', test: 'refuses a direct selection with a term in the past' },
      { file: 'test/shared/term-limits.test.ts', test: 'cannot be accepted once its start has passed' },
      {
        file: 'test/bot/http/routes/term-limits.test.ts',
        test: 'refuses a direct selection with a term in the past and leaves nothing',
      },
    ],
  },
  {
    id: 'posting-term-in-range',
    title: {
      en: 'The posting’s term is within the settings',
      da: 'Opslagets periode ligger inden for indstillingerne',
    },
    statement: {
      en: 'The term a posting offers is at least `termMonthsMin` and at most `termMonthsMax` months, and it becomes the default term at selection.',
      da: 'Den periode, et opslag tilbyder, er mindst `termMonthsMin` og højst `termMonthsMax` måneder, og den bliver standardperioden ved udvælgelsen.',
    },
    setting: 'termMonthsMin',
    enforcedBy: [{ symbol: 'assertPostingTermInRange', file: POSTING }],
    calledFrom: ['PUT …/steps/posting'],
    provenBy: [
      { file: 'test/bot/http/routes/term-limits.test.ts', test: "bounds the posting's term by the settings" },
    ],
  },
  {
    id: 'term-ends-by-itself',
    title: {
      en: 'Terms end on their end date by themselves',
      da: 'Perioder slutter af sig selv på slutdatoen',
    },
    statement: {
      en: 'An ambassadorship whose last day has passed is ended with that date (recorded by the scheduler, shown as ended everywhere), the planned exit follows, and nothing can be accepted or completed on it afterwards.',
      da: 'Et ambassadørskab, hvis sidste dag er passeret, afsluttes med den dato (registreres af planlæggeren og vises som afsluttet overalt), den planlagte afslutning følger, og intet kan accepteres eller gennemføres på det bagefter.',
    },
    enforcedBy: [
      { symbol: 'endTermsDue', file: LIFECYCLE },
      { symbol: 'withTermsEnded', file: LIFECYCLE },
      { symbol: 'assertTermRunning', file: LIFECYCLE },
    ],
    calledFrom: [
      'ReminderScheduler tick (recordTermEnds)',
      'selection routes',
      'buildBoardView',
      'acts: accept, training',
    ],
    provenBy: [
      { file: 'test/bot/http/routes/term-limits.test.ts', test: 'ends a term on its end date by itself' },
      {
        file: 'test/shared/ambassador-acts-rules.test.ts',
        test: 'after the last local day no side can accept, nothing can be completed',
      },
      {
        file: 'test/bot/conversation/card-actions.test.ts',
        test: 'a person whose term has ended can neither accept an agreement nor complete training by card',
      },
    ],
  },
  {
    id: 'owners-do-not-apply',
    title: { en: 'The leaders who select do not apply', da: 'De ledere, der udvælger, søger ikke' },
    statement: {
      en: 'An owner of a programme cannot apply to its posting; one person has at most one application per programme, also when two requests arrive at once.',
      da: 'En ejer af et program kan ikke søge dets opslag; en person har højst én ansøgning pr. program, også når to forespørgsler kommer samtidig.',
    },
    enforcedBy: [{ symbol: 'applyToPosting', file: POSTING }],
    calledFrom: ['POST …/applications', 'card action posting.apply'],
    provenBy: [
      {
        file: 'test/shared/ambassador-acts-rules.test.ts',
        test: 'an owner gets FORBIDDEN; an employee applies',
      },
    ],
  },
  {
    id: 'step-2-needs-a-posting',
    title: {
      en: 'Step 2 is done only with a published posting',
      da: 'Trin 2 er kun færdigt med et offentliggjort opslag',
    },
    statement: {
      en: 'The posting step is Done only when a posting was published and someone was selected, or when a leader sets it with a note.',
      da: 'Opslagstrinnet er kun færdigt, når et opslag er offentliggjort, og nogen er udvalgt, eller når en leder sætter det med en note.',
    },
    enforcedBy: [{ symbol: 'describeSteps', file: 'shared/src/rules/step-status.ts' }],
    calledFrom: ['board view (every role)', 'leaders’ digest'],
    provenBy: [
      {
        file: 'test/shared/term-limits.test.ts',
        test: 'is not done when someone was selected directly and no posting was published',
      },
    ],
  },
  {
    id: 'nudge-cap',
    title: {
      en: 'At most one nudge a week, inside working hours',
      da: 'Højst én påmindelse om ugen, inden for arbejdstiden',
    },
    statement: {
      en: 'A person gets at most one reminder card per programme in any rolling `nudgeIntervalDays`, counted from when the previous card actually left, across every kind; cards go only inside the programme’s working hours and never on a public holiday. The most pressing reminder leads (term ending in 7 days, posting deadline, agreement, training, alignment meeting, posting announcement, term ending in 30 days, check-in request, leaders’ digest); the others it holds back are listed on the next card, never lost. Reminders the day before a meeting or a training session are exempt and do not count.',
      da: 'En person får højst ét påmindelseskort pr. program i en løbende periode på `nudgeIntervalDays` dage, regnet fra da det forrige kort faktisk blev sendt, på tværs af alle slags; kort sendes kun inden for programmets arbejdstid og aldrig på en helligdag. Den mest presserende påmindelse står først (periode slutter om 7 dage, ansøgningsfrist, aftale, træning, møde om budskaber, opslag, periode slutter om 30 dage, check-in, ledernes oversigt); de øvrige står på næste kort og går aldrig tabt. Påmindelser dagen før et møde eller en træningssession er undtaget og tæller ikke med.',
    },
    setting: 'nudgeIntervalDays',
    enforcedBy: [
      { symbol: 'planNudges', file: NUDGES },
      { symbol: 'NUDGE_PRIORITY', file: NUDGES },
      { symbol: 'NUDGE_EXEMPT_KINDS', file: NUDGES },
    ],
    calledFrom: ['ReminderScheduler (with the outbox as record of what was sent)', 'dispatcher send window'],
    provenBy: [
      {
        file: 'test/shared/nudge-cap.test.ts',
        test: 'law: for any programme and clock, nobody gets two nudges within nudgeIntervalDays',
      },
      {
        file: 'test/bot/delivery/nudge-cap.test.ts',
        test: 'delivers at most one capped card per person per nudgeIntervalDays',
      },
    ],
    promised: true,
  },
  {
    id: 'working-hours',
    title: { en: 'Only inside working hours', da: 'Kun inden for arbejdstiden' },
    statement: {
      en: 'The bot sends nothing outside the programme’s working hours and days, in the programme’s time zone.',
      da: 'Botten sender intet uden for programmets arbejdstid og arbejdsdage, i programmets tidszone.',
    },
    setting: 'workingHours',
    enforcedBy: [
      { symbol: 'isWithinWorkingHours', file: 'shared/src/rules/working-hours.ts' },
      { symbol: 'nextWorkingInstant', file: 'shared/src/rules/working-hours.ts' },
    ],
    calledFrom: ['planNudges', 'dispatcher (deferral)'],
    provenBy: [
      { file: 'test/shared/working-hours.test.ts', test: 'moves to the next working start' },
      { file: 'test/shared/nudge-cap.test.ts', test: 'waits for working hours and skips public holidays' },
    ],
    promised: true,
  },
  {
    id: 'working-days',
    title: { en: 'Due dates on working days', da: 'Frister på arbejdsdage' },
    statement: {
      en: 'Due dates and suggested meeting dates avoid weekends and the public holidays of the programme’s country (from the date-holidays library), moving to the next working day (a deadline reminder to the previous one).',
      da: 'Frister og foreslåede mødedatoer undgår weekender og helligdage i programmets land (fra biblioteket date-holidays) og flyttes til næste arbejdsdag (en påmindelse om en frist til den forrige).',
    },
    setting: 'country',
    enforcedBy: [
      { symbol: 'isWorkingDay', file: CALENDAR },
      { symbol: 'workingDayOnOrAfter', file: CALENDAR },
      { symbol: 'alignmentDueDate', file: 'shared/src/rules/key-messages.ts' },
      { symbol: 'trainingDueDay', file: 'shared/src/rules/training.ts' },
    ],
    calledFrom: ['planReminders', 'meetingOccurrences', 'board view', 'bot status'],
    provenBy: [
      {
        file: 'test/shared/calendar.test.ts',
        test: 'law: a working day on or after any day is a working day',
      },
      {
        file: 'test/shared/reminder-schedule.test.ts',
        test: 'never sets an alignment meeting due on a weekend or a public holiday (1 January)',
      },
    ],
  },
  {
    id: 'meetings-follow-the-rhythm',
    title: { en: 'Meetings follow the rhythm', da: 'Møderne følger rytmen' },
    statement: {
      en: 'Step 5’s rhythm creates the meetings of the year ahead (never past the programme’s last day), at the rhythm’s local time in the programme’s time zone on both sides of a daylight-saving change; a public holiday of the programme’s country moves the meeting to the next working day. Creating them again adds only what is missing: a meeting that was moved, cancelled or deleted is never brought back, and only untouched meetings of an old rhythm are replaced.',
      da: 'Trin 5’s rytme opretter det kommende års møder (aldrig efter programmets sidste dag) på rytmens lokale tid i programmets tidszone, også på begge sider af skift til og fra sommertid; en helligdag i programmets land flytter mødet til næste arbejdsdag. Opretter man dem igen, kommer kun det manglende til: et flyttet, aflyst eller slettet møde kommer aldrig tilbage, og kun urørte møder fra en gammel rytme erstattes.',
    },
    setting: 'country',
    figures: ['12 months'],
    enforcedBy: [
      { symbol: 'planRhythmMeetings', file: RHYTHM },
      { symbol: 'rhythmWindow', file: RHYTHM },
      { symbol: 'deleteMeeting', file: MEETING },
      { symbol: 'nextMeetingStart', file: RHYTHM },
    ],
    calledFrom: [
      'POST /api/v1/programmes/:id/meetings/generate',
      'DELETE /api/v1/programmes/:id/meetings/:meetingId',
      'board view (rhythmToCreate)',
      'bot status (next meeting)',
      'planReminders (a generated meeting’s document decides its reminder)',
    ],
    provenBy: [
      {
        file: 'test/shared/meeting-rhythm.property.test.ts',
        test: 'law: every generated meeting is a rhythm occurrence, inside the programme period, never on a public holiday',
      },
      {
        file: 'test/shared/meeting-rhythm.property.test.ts',
        test: 'law: the wall-clock time is the rhythm’s, on both sides of every daylight-saving change',
      },
      {
        file: 'test/shared/meeting-rhythm.property.test.ts',
        test: 'law: moved, cancelled and deleted meetings are never brought back, and are not removed',
      },
      {
        file: 'test/bot/http/routes/meetings.test.ts',
        test: 'moves one, cancels one, deletes one — generating again brings none of them back',
      },
      {
        file: 'test/shared/meeting-record.test.ts',
        test: 'sends no reminder for a cancelled rhythm meeting, and one at the new time for a moved one',
      },
    ],
  },
  {
    id: 'meeting-held-after-start',
    title: { en: 'Held only once started', da: 'Holdt først, når det er begyndt' },
    statement: {
      en: 'A meeting is marked held, and its attendance recorded, only once it has started; a cancelled meeting cannot be moved, held or attended, and a held meeting — the programme’s record — cannot be moved, cancelled or deleted. Attendance and action items name only the programme’s leaders and its ambassadors, past or present; every action item has an owner and a due date.',
      da: 'Et møde markeres som holdt, og fremmødet registreres, først når det er begyndt; et aflyst møde kan ikke flyttes, holdes eller få fremmøde, og et holdt møde – programmets historik – kan ikke flyttes, aflyses eller slettes. Fremmøde og opgaver nævner kun programmets ledere og dets nuværende og tidligere ambassadører; hver opgave har en ansvarlig og en frist.',
    },
    enforcedBy: [
      { symbol: 'changeMeeting', file: MEETING },
      { symbol: 'assertMeetingStarted', file: MEETING },
      { symbol: 'cancelMeeting', file: MEETING },
      { symbol: 'programmePeople', file: MEETING },
    ],
    calledFrom: [
      'PATCH /api/v1/programmes/:id/meetings/:meetingId',
      'POST /api/v1/programmes/:id/meetings/:meetingId/cancel',
      'DELETE /api/v1/programmes/:id/meetings/:meetingId',
    ],
    provenBy: [
      {
        file: 'test/shared/meeting-record.test.ts',
        test: 'refuses "held" before the meeting has started, saying when it starts (da and en)',
      },
      {
        file: 'test/shared/meeting-record.test.ts',
        test: 'a cancelled meeting cannot be moved, held or attended; a held one cannot be moved, cancelled or deleted',
      },
      {
        file: 'test/bot/http/routes/meetings.test.ts',
        test: 'refuses "held" before the start, in Danish for a Danish caller, and changes nothing',
      },
    ],
  },
  {
    id: 'key-message-from-alignment-meeting',
    title: {
      en: 'The alignment meeting’s message becomes the key message',
      da: 'Afstemningsmødets budskab bliver nøglebudskabet',
    },
    statement: {
      en: 'The key message an alignment meeting agreed (its notes under “Key message”) is published in one step, once the meeting has started, as a new version through the same key-message rule as any other; earlier versions stay, and publishing the same text again adds nothing.',
      da: 'Det nøglebudskab, et afstemningsmøde har aftalt (noterne under “Nøglebudskab”), offentliggøres i ét trin, når mødet er begyndt, som en ny version gennem samme regel som alle andre nøglebudskaber; tidligere versioner bevares, og samme tekst igen tilføjer intet.',
    },
    enforcedBy: [
      { symbol: 'publishMeetingKeyMessage', file: MEETING },
      { symbol: 'agreedKeyMessage', file: MEETING },
      { symbol: 'publishKeyMessage', file: 'shared/src/rules/key-messages.ts' },
    ],
    calledFrom: [
      'POST /api/v1/programmes/:id/meetings/:meetingId/key-message',
      'POST /api/v1/programmes/:id/key-messages',
    ],
    provenBy: [
      {
        file: 'test/shared/meeting-record.test.ts',
        test: 'publishes the alignment meeting’s agreed message as the current key message, once',
      },
      {
        file: 'test/bot/http/routes/meetings.test.ts',
        test: 'records attendance and action items on a started alignment meeting, then publishes its key message',
      },
    ],
  },
  {
    id: 'term-end-recipients',
    title: { en: 'Term-end cards reach the right people', da: 'Kort om periodens afslutning når de rette' },
    statement: {
      en: '“Your term ends in N days” and the exit card go to the ambassador only; leaders see “X’s term ends in N days” in their digest; a withdrawn ambassador gets the card written for a withdrawal.',
      da: '“Din periode slutter om N dage” og afslutningskortet går kun til ambassadøren; lederne ser “X’s periode slutter om N dage” i deres oversigt; en ambassadør, der er trådt tilbage, får kortet skrevet til det.',
    },
    enforcedBy: [{ symbol: 'planReminders', file: SCHEDULE }],
    calledFrom: ['ReminderScheduler'],
    provenBy: [
      {
        file: 'test/shared/reminder-schedule.test.ts',
        test: 'tells the ambassador "your term ends in N days"; never the leaders',
      },
      { file: 'test/shared/reminder-schedule.test.ts', test: 'in the leaders’ weekly digest' },
    ],
  },
  {
    id: 'invitations-told-once',
    title: { en: 'Everyone invited is told once', da: 'Alle inviterede får besked én gang' },
    statement: {
      en: 'Everyone a leader invites to apply — before or after the posting is published — is told once, with the inviting leader’s note.',
      da: 'Alle, en leder inviterer til at søge — før eller efter opslaget offentliggøres — får besked én gang med lederens note.',
    },
    enforcedBy: [{ symbol: 'planReminders', file: SCHEDULE }],
    calledFrom: ['ReminderScheduler'],
    provenBy: [
      { file: 'test/shared/reminder-schedule.test.ts', test: 'tells everyone invited once' },
      {
        file: 'test/bot/delivery/nudge-cap.test.ts',
        test: 'tells every invitee once, also one invited after publication',
      },
    ],
  },
  {
    id: 'card-text-escaped',
    title: {
      en: 'What people write can neither format nor link',
      da: 'Det, folk skriver, kan hverken formatere eller linke',
    },
    statement: {
      en: 'Text people wrote reaches Adaptive Cards escaped for markdown, so it reads as typed; links on cards are the server’s own addresses, or a person’s link only as a checked https address.',
      da: 'Tekst, som folk har skrevet, kommer escaped ind på kortene, så den står, som den blev skrevet; links på kort er serverens egne adresser eller en persons link, kun som en kontrolleret https-adresse.',
    },
    enforcedBy: [{ symbol: 'cardText', file: 'bot/src/cards/card-markdown.ts' }],
    calledFrom: ['every card builder (reminder and system cards)'],
    provenBy: [
      {
        file: 'test/bot/cards/card-markdown.test.ts',
        test: 'law: for any text, the escaped form never formats or links',
      },
      {
        file: 'test/bot/cards/hostile-text.test.ts',
        test: 'no card has a link or formatting element made from people’s text',
      },
    ],
  },
  {
    id: 'personal-cards-in-personal-chat',
    title: {
      en: 'Personal cards only in the personal chat',
      da: 'Personlige kort kun i den personlige chat',
    },
    statement: {
      en: 'A person’s status, term and check-in form are shown only in their personal chat with the bot; in a channel or group chat the bot answers with a link to it.',
      da: 'En persons status, periode og check-in-formular vises kun i den personlige chat med botten; i en kanal eller gruppechat svarer botten med et link dertil.',
    },
    enforcedBy: [{ symbol: 'botChatLink', file: 'shared/src/links/bot-chat-link.ts' }],
    calledFrom: ['AmbassadorsBot (status, feedback commands)'],
    provenBy: [
      {
        file: 'test/bot/conversation/conversation-scope.test.ts',
        test: 'in the personal chat `status` and `feedback` show the person’s own cards',
      },
    ],
  },
  {
    id: 'request-limits',
    title: { en: 'Every caller’s cost is bounded', da: 'Hver brugers forbrug er begrænset' },
    statement: {
      en: 'Per person and per tenant request rates (429 with Retry-After), daily quotas on creating programmes and sending check-ins, a body limit answered before parsing, and bodies read only after the token is verified.',
      da: 'Antal forespørgsler pr. person og pr. organisation er begrænset (429 med Retry-After), der er daglige grænser for at oprette programmer og sende check-ins, en grænse for størrelsen, der håndhæves før indholdet læses, og indholdet læses først, når login er verificeret.',
    },
    enforcedBy: [{ symbol: 'createRequestLimits', file: 'bot/src/http/request-limits.ts' }],
    calledFrom: ['every /api/v1 route (authenticatedRoute)', 'POST /api/messages (body limit)'],
    provenBy: [
      {
        file: 'test/bot/http/route-table-limits.test.ts',
        test: 'past the rate, every route answers 429 with Retry-After',
      },
      {
        file: 'test/bot/http/route-table-limits.test.ts',
        test: 'without a token: 401 before any body is read',
      },
    ],
  },
  {
    id: 'board-events-reveal-nothing',
    title: {
      en: 'Live board updates give nothing away',
      da: 'Live-opdateringer af tavlen afslører intet',
    },
    statement: {
      en: 'An open board is told that the programme changed only when what that person may see changed, and the event carries no content — only a digest of their own view; the board is then read through the normal request with its role filtering. A check-in below the anonymity threshold changes nothing a leader sees, so its timing is not given away.',
      da: 'En åben tavle får kun besked om, at programmet er ændret, når det, personen må se, er ændret, og beskeden indeholder intet — kun et fingeraftryk af personens egen visning; tavlen hentes derefter med den almindelige forespørgsel og dens rollefiltrering. En check-in under anonymitetsgrænsen ændrer intet, en leder ser, så tidspunktet for den afsløres ikke.',
    },
    enforcedBy: [{ symbol: 'boardVersion', file: 'bot/src/http/board-events.ts' }],
    calledFrom: ['GET /api/v1/programmes/:id/events (createBoardEvents)', 'the tab (useBoardEvents)'],
    provenBy: [
      {
        file: 'test/bot/http/routes/board-events.test.ts',
        test: 'a REST write by the ambassador reaches the leader and the employee as a bare "changed" event',
      },
      {
        file: 'test/bot/http/board-version.test.ts',
        test: 'one check-in below the anonymity threshold leaves the leader’s and the employee’s version as it was',
      },
    ],
  },
  {
    id: 'bot-programme-choice',
    title: {
      en: 'The bot asks which programme, and suggests the one where something waits',
      da: 'Botten spørger, hvilket program, og foreslår det, hvor noget venter',
    },
    statement: {
      en: 'For a person in several programmes, status, feedback and apply offer the programmes the command fits; the one where an agreement waits for them, then a check-in is due, then a posting is open, comes first.',
      da: 'For en person i flere programmer tilbyder status, feedback og ansøg de programmer, kommandoen passer til; det, hvor en aftale venter, dernæst en check-in er klar, dernæst et opslag er åbent, står først.',
    },
    enforcedBy: [{ symbol: 'programmeChoice', file: 'shared/src/rules/programme-choice.ts' }],
    calledFrom: ['AmbassadorsBot (status, feedback, apply commands and the choice card)'],
    provenBy: [
      {
        file: 'test/shared/programme-choice.test.ts',
        test: 'laws: the default leads, is the most pressing, the rest keep their order, every option fits',
      },
      {
        file: 'test/bot/conversation/programme-choice.test.ts',
        test: 'status offers both programmes, the one with the agreement waiting first',
      },
    ],
  },
  {
    id: 'anonymity-counts-people',
    title: { en: 'Feedback is shown only from enough people', da: 'Feedback vises kun fra nok personer' },
    statement: {
      en: 'Every figure leaders see — counts, averages, themes, the change-course split — appears only when at least `anonymityMinAnswers` different ambassadors stand behind it over the period it covers, and free text only from `anonymityMinFreeText`; people are counted (by pseudonym), never check-ins, and nothing is shown per person. A count on the board, in the digest or in “you said, we did” is shown only when it is visible anyway.',
      da: 'Alle tal, lederne ser — antal, gennemsnit, temaer, fordelingen om at ændre kurs — vises kun, når mindst `anonymityMinAnswers` forskellige ambassadører står bag i den periode, tallet dækker, og fritekst kun fra `anonymityMinFreeText`; der tælles personer (med pseudonym), aldrig check-ins, og intet vises pr. person. Et antal på tavlen, i oversigten eller i “I sagde, vi gjorde” vises kun, når det alligevel er synligt.',
    },
    setting: 'anonymityMinAnswers',
    enforcedBy: [
      { symbol: 'gateByAuthors', file: ANONYMITY_GATE },
      { symbol: 'distinctAuthors', file: ANONYMITY_GATE },
      { symbol: 'visibleCheckInCount', file: ANONYMITY_GATE },
    ],
    calledFrom: [
      'feedbackOverview (GET …/feedback/overview)',
      'buildBoardView',
      'youSaidWeDid',
      'leaders’ digest',
    ],
    provenBy: [
      {
        file: 'test/shared/feedback.test.ts',
        test: 'law: for any check-ins by any authors, no figure or text shows from fewer people than its threshold',
      },
      { file: 'test/shared/feedback.test.ts', test: 'one ambassador sending five check-ins opens nothing' },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: 'four people: every figure hidden, no count on the board',
      },
    ],
    promised: true,
  },
  {
    id: 'anonymity-floor',
    title: {
      en: 'Thresholds may be raised, never lowered below the floor',
      da: 'Grænserne kan hæves, aldrig sænkes under gulvet',
    },
    statement: {
      en: 'Leaders may raise the anonymity thresholds; they can never be set below 5 answers and 10 free texts.',
      da: 'Lederne kan hæve anonymitetsgrænserne; de kan aldrig sættes under 5 svar og 10 fritekster.',
    },
    setting: 'anonymityMinFreeText',
    enforcedBy: [
      { symbol: 'setAnonymityThresholds', file: ANONYMITY_GATE },
      { symbol: 'applyProgrammeSettings', file: SETTINGS },
    ],
    calledFrom: ['PUT …/settings/anonymity', 'PUT …/settings'],
    provenBy: [
      { file: 'test/shared/feedback.test.ts', test: 'never lowers them below 5 answers and 10 free texts' },
      {
        file: 'test/bot/http/routes/programme-settings.test.ts',
        test: 'the anonymity thresholds cannot go below 5 and 10',
      },
    ],
    promised: true,
  },
  {
    id: 'check-in-interval',
    title: { en: 'One check-in per ambassador per interval', da: 'Ét check-in pr. ambassadør pr. interval' },
    statement: {
      en: 'An ambassador sends at most one check-in per `checkInIntervalDays`; a second one in the same interval is refused with the day the next one is allowed, and the first is kept unchanged (stored feedback is never edited).',
      da: 'En ambassadør sender højst ét check-in pr. `checkInIntervalDays` dage; et ekstra i samme interval afvises med den dag, det næste må sendes, og det første bevares uændret (gemt feedback redigeres aldrig).',
    },
    setting: 'checkInIntervalDays',
    enforcedBy: [
      { symbol: 'nextCheckInFrom', file: CHECK_INS },
      { symbol: 'createCheckIn', file: CHECK_INS },
    ],
    calledFrom: ['POST …/check-ins', 'card action checkIn.submit'],
    provenBy: [
      {
        file: 'test/shared/feedback.test.ts',
        test: 'refuses a second check-in by the same author within checkInIntervalDays',
      },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: 'a second check-in in the same interval is refused with a clear message',
      },
    ],
    promised: true,
  },
  {
    id: 'check-in-unlinked',
    title: {
      en: 'Nothing stored links a check-in to a person',
      da: 'Intet gemt forbinder et check-in med en person',
    },
    statement: {
      en: 'A check-in has a random id and only a keyed pseudonym of its author that only the server can compute; no ambassadorship id, user id or name is stored with it, and the card-action record of a check-in keeps only what duplicate detection needs. Decisions answer themes, never single check-ins, and answer alike whether hidden check-ins mention the theme or not.',
      da: 'Et check-in har et tilfældigt id og kun et nøglet pseudonym for forfatteren, som kun serveren kan beregne; intet ambassadørskabs-id, bruger-id eller navn gemmes med det, og kort-handlingens post for et check-in gemmer kun det, der skal til for at opdage dobbeltklik. Beslutninger svarer på temaer, aldrig på enkelte check-ins, og svarer ens, uanset om skjulte check-ins nævner temaet.',
    },
    enforcedBy: [
      { symbol: 'createCheckIn', file: CHECK_INS },
      { symbol: 'recordDecision', file: DECISIONS },
    ],
    calledFrom: ['POST …/check-ins', 'card action checkIn.submit', 'POST …/decisions'],
    provenBy: [
      {
        file: 'test/shared/feedback.test.ts',
        test: 'takes only random ids (a UUID), never one computed from the card or the person',
      },
      {
        file: 'test/shared/feedback.test.ts',
        test: 'answers the same whether no check-in, a hidden few or none at all mention the theme',
      },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: 'a check-in is stored with a random id and only a keyed pseudonym of the person',
      },
      {
        file: 'test/bot/conversation/card-actions.test.ts',
        test: "a check-in's card-action record keeps no rating and no answers",
      },
    ],
    promised: true,
  },
  {
    id: 'check-in-retention',
    title: {
      en: 'Check-ins are deleted after the term actually ends',
      da: 'Check-ins slettes, efter perioden faktisk slutter',
    },
    statement: {
      en: 'A check-in’s text is deleted `retentionMonthsAfterTerm` months after the ambassador’s term actually ends; a withdrawal or an early end brings the date forward, nothing moves it later, and the store’s TTL follows. Figures that were visible are kept for the programme’s life as monthly numbers, never as text.',
      da: 'Et check-ins tekst slettes `retentionMonthsAfterTerm` måneder efter, at ambassadørens periode faktisk slutter; en tilbagetrækning eller en tidlig afslutning rykker datoen frem, intet rykker den senere, og databasens TTL følger med. Tal, der har været synlige, gemmes i programmets levetid som månedstal, aldrig som tekst.',
    },
    setting: 'retentionMonthsAfterTerm',
    enforcedBy: [
      { symbol: 'checkInExpiry', file: CHECK_INS },
      { symbol: 'checkInRetentionUpdates', file: CHECK_INS },
      { symbol: 'feedbackMonthsToKeep', file: FEEDBACK_AGGREGATES },
    ],
    calledFrom: ['createCheckIn', 'CheckInRetentionStore (every save of an ambassadorship)', 'board reads'],
    provenBy: [
      {
        file: 'test/shared/feedback.test.ts',
        test: 'counts from the actual end of the term: a withdrawal brings the expiry forward',
      },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: 'a withdrawal brings the expiry of that person’s check-ins forward, with the Cosmos ttl',
      },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: 'keeps a visible month as numbers only',
      },
    ],
    promised: true,
  },
  {
    id: 'check-in-form-says-who-sees',
    title: {
      en: 'The form says who sees the answers, and when they go',
      da: 'Formularen siger, hvem der ser svarene, og hvornår de slettes',
    },
    statement: {
      en: 'The check-in form in the tab and the check-in card in the chat tell the ambassador, in their language, who sees their answers, from how many people, when they are deleted and how often they can send one.',
      da: 'Check-in-formularen i fanen og check-in-kortet i chatten fortæller ambassadøren på deres sprog, hvem der ser svarene, fra hvor mange personer, hvornår de slettes, og hvor tit man kan sende et.',
    },
    enforcedBy: [{ symbol: 'checkInPrivacy', file: CHECK_INS }],
    calledFrom: ['board view (the tab’s check-in form)', 'check-in card'],
    provenBy: [
      {
        file: 'test/shared/feedback.test.ts',
        test: 'tells the ambassador when their answers become visible, to whom, and when they are deleted',
      },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: 'tells the ambassador who sees their answers, from how many people',
      },
    ],
  },
  {
    id: 'delivery-record-retention',
    title: { en: 'Reminder and card-click records expire', da: 'Poster om påmindelser og klik udløber' },
    statement: {
      en: 'Outbox records (recipient, what the reminder is about, delivery status) and card-action records are deleted automatically 180 days after they stopped mattering.',
      da: 'Poster i udbakken (modtager, hvad påmindelsen gælder, leveringsstatus) og poster om klik på kort slettes automatisk 180 dage efter, at de holdt op med at have betydning.',
    },
    figures: ['180'],
    enforcedBy: [
      { symbol: 'DELIVERY_RECORD_RETENTION_DAYS', file: 'shared/src/privacy/privacy-inventory.ts' },
    ],
    calledFrom: ['Cosmos delivery store (TTL)', 'embedded delivery store (TTL)'],
    provenBy: [
      { file: 'test/bot/http/routes/privacy-page.test.ts', test: 'states the retention the code enforces' },
    ],
    promised: true,
  },
  {
    id: 'erasure',
    title: {
      en: 'Erasure leaves nothing that names the person',
      da: 'Sletning efterlader intet, der nævner personen',
    },
    statement: {
      en: 'Erasing a person (a tenant admin across the organisation, an owner within a programme) deletes their applications, invitations, agreements, exits, bot conversations, preferences, reminders and card clicks; where others’ records name them the name becomes “Erased person”; their check-in text is kept only unlinked; nobody erases themself, and a programme never loses its last owner. A programme can be deleted with everything it owns.',
      da: 'Når en person slettes (af en administrator i hele organisationen eller en ejer i et program), slettes deres ansøgninger, opfordringer, aftaler, afslutninger, samtaler med botten, indstillinger, påmindelser og klik; hvor andres poster nævner dem, står der “Slettet person”; deres check-in-tekst bevares kun uden forbindelse til dem; ingen kan slette sig selv, og et program mister aldrig sin sidste ejer. Et program kan slettes med alt, hvad det ejer.',
    },
    enforcedBy: [{ symbol: 'planProgrammeErasure', file: ERASURE }],
    calledFrom: ['POST /api/v1/admin/erase', 'POST …/erasure', 'DELETE /api/v1/programmes/:id'],
    provenBy: [
      {
        file: 'test/shared/person-erasure.test.ts',
        test: 'after it, no record names the person by id or name',
      },
      { file: 'test/bot/http/routes/person-erasure.test.ts', test: 'after: no document anywhere names them' },
      {
        file: 'test/bot/http/routes/programme-deletion.test.ts',
        test: 'an owner deletes it: no document in any container belongs to it any more',
      },
    ],
    promised: true,
  },
  {
    id: 'export',
    title: {
      en: 'A person can see and take everything about them',
      da: 'En person kan se og hente alt om sig selv',
    },
    statement: {
      en: 'Every signed-in person exports everything the app holds about them (a readable page and JSON): their programmes, applications, invitations, ambassadorships, meetings, their own check-ins and bot records — never anybody else’s.',
      da: 'Alle, der er logget ind, kan hente alt, appen har om dem (en læsbar side og JSON): deres programmer, ansøgninger, opfordringer, ambassadørskaber, møder, egne check-ins og bottens poster — aldrig andres.',
    },
    enforcedBy: [{ symbol: 'buildPersonExport', file: 'shared/src/privacy/person-export.ts' }],
    calledFrom: ['GET /api/v1/me/export', 'the tab’s Privacy view'],
    provenBy: [
      { file: 'test/bot/http/routes/person-export.test.ts', test: "holds nothing of anybody else's" },
      {
        file: 'test/bot/http/routes/person-export.test.ts',
        test: 'is a JSON attachment of everything about them',
      },
    ],
  },
  {
    id: 'settings-bounds',
    title: {
      en: 'Settings stay within their bounds',
      da: 'Indstillinger holder sig inden for deres grænser',
    },
    statement: {
      en: 'Every programme setting is changed only within the bounds of the one settings schema, with shortest ≤ default ≤ longest term, a real time zone and country, and working hours that start before they end; a bad value gets an error naming the field in the person’s language, and every change is kept in the programme’s history.',
      da: 'Alle programmets indstillinger ændres kun inden for grænserne i det ene indstillingsskema, med korteste ≤ standard ≤ længste periode, en rigtig tidszone og et rigtigt land og en arbejdstid, der begynder før den slutter; en forkert værdi giver en fejl, der nævner feltet på personens sprog, og alle ændringer gemmes i programmets historik.',
    },
    setting: 'hoursPerMonth',
    enforcedBy: [
      { symbol: 'parseProgrammeSettingsChange', file: SETTINGS },
      { symbol: 'assertProgrammeSettingsConsistent', file: SETTINGS },
    ],
    calledFrom: ['PUT …/settings', 'POST /api/v1/programmes', 'the tab’s settings hints (SETTING_BOUNDS)'],
    provenBy: [
      {
        file: 'test/bot/http/routes/programme-settings.test.ts',
        test: 'every number setting at its lowest and at its highest bound is accepted',
      },
      {
        file: 'test/bot/http/routes/programme-settings.test.ts',
        test: 'shortest ≤ default ≤ longest term, checked across fields',
      },
    ],
  },
  {
    id: 'leading-together',
    title: {
      en: 'A programme is led together and never loses its last owner',
      da: 'Et program ledes i fællesskab og mister aldrig sin sidste ejer',
    },
    statement: {
      en: 'Owners add and remove co-owners; every owner has the leader’s permissions; the last owner cannot be removed.',
      da: 'Ejere tilføjer og fjerner medejere; alle ejere har lederens rettigheder; den sidste ejer kan ikke fjernes.',
    },
    enforcedBy: [
      { symbol: 'addOwner', file: 'shared/src/rules/owners.ts' },
      { symbol: 'removeOwner', file: 'shared/src/rules/owners.ts' },
    ],
    calledFrom: ['POST …/owners', 'DELETE …/owners/:userId'],
    provenBy: [{ file: 'test/bot/http/routes/owners.test.ts', test: 'the last owner cannot be removed' }],
  },
  {
    id: 'creation-policy',
    title: { en: 'Who may create programmes', da: 'Hvem må oprette programmer' },
    statement: {
      en: 'Each tenant decides who may create programmes (everyone, named people or groups, or tenant admins); by default only tenant admins and the people they name; local mode lets everyone. Creating twice with the same key makes one programme.',
      da: 'Hver organisation bestemmer, hvem der må oprette programmer (alle, navngivne personer eller grupper, eller administratorer); som standard kun administratorer og de personer, de udpeger; lokal tilstand lader alle. At oprette to gange med samme nøgle giver ét program.',
    },
    enforcedBy: [{ symbol: 'mayCreateProgramme', file: 'shared/src/rules/creation-policy.ts' }],
    calledFrom: ['POST /api/v1/programmes', 'GET/PUT /api/v1/programme-creation-policy'],
    provenBy: [
      {
        file: 'test/bot/http/routes/creation-policy.test.ts',
        test: 'by default only tenant admins (and people they name) may create',
      },
      {
        file: 'test/bot/http/routes/creation-policy.test.ts',
        test: 'the same idempotency key creates one programme',
      },
    ],
  },
  {
    id: 'people-search-as-the-leader',
    title: {
      en: 'People are found by name only as the leader could find them',
      da: 'Personer findes ved navn kun, som lederen selv kunne finde dem',
    },
    statement: {
      en: 'Only leaders search the organisation’s directory, and always on their own behalf (delegated User.ReadBasic.All, in the tenant of their verified token): id, name, sign-in name, e-mail and job title, nothing more. A search is not stored; a person a leader chooses is kept with the sign-in name their meeting invitations go to, and erasing them removes it too.',
      da: 'Kun ledere søger i organisationens adressebog, og altid på egne vegne (delegeret User.ReadBasic.All, i organisationen fra deres godkendte token): id, navn, brugernavn, mail og stilling, intet andet. En søgning gemmes ikke; en person, lederen vælger, gemmes med det brugernavn, deres mødeinvitationer går til, og når de slettes, slettes det også.',
    },
    enforcedBy: [
      { symbol: 'peopleSearchQuerySchema', file: 'shared/src/rules/people-query.ts' },
      { symbol: 'matchesPeopleQuery', file: 'shared/src/rules/people-query.ts' },
      { symbol: 'meetingInviteAddresses', file: 'shared/src/rules/meeting-invite-addresses.ts' },
      { symbol: 'pseudonymise', file: ERASURE },
    ],
    calledFrom: [
      'GET …/people',
      'the tab’s people search (invitations, co-owners)',
      'the tab’s “schedule in Teams” link',
    ],
    provenBy: [
      { file: 'test/bot/http/routes/people-search.test.ts', test: 'is for leaders only' },
      {
        file: 'test/bot/http/routes/people-search.test.ts',
        test: 'takes the tenant from the verified token only, whatever the request says',
      },
      {
        file: 'test/shared/meeting-invite-addresses.test.ts',
        test: 'invites by UPN whoever has one, and names those known only by object id',
      },
      {
        file: 'test/shared/upn-erasure.test.ts',
        test: 'replaces the person everywhere, sign-in name included',
      },
    ],
  },
  {
    id: 'closed-programme-read-only',
    title: { en: 'A closed programme is read-only', da: 'Et lukket program kan kun læses' },
    statement: {
      en: 'Once a leader closes a programme, its open ambassadorships end (an active ambassador goes on to the planned exit) and every write — each REST route, each bot card, the acts behind both, resending reminders — is refused with PROGRAMME_CLOSED and the day it closed, nothing changed. Still allowed: reading, the report, recording the planned exits, reopening, and erasure and deletion. The board shows a “closed” banner and offers only those actions.',
      da: 'Når en leder lukker et program, slutter de åbne ambassadørforløb (en aktiv ambassadør går videre til den planlagte afslutning), og alle ændringer — hver REST-rute, hvert kort i chatten, handlingerne bag dem og genudsendelse af påmindelser — afvises med PROGRAMME_CLOSED og datoen for lukningen, uden at noget ændres. Stadig muligt: at læse, rapporten, at registrere de planlagte afslutninger, at genåbne samt sletning af personer og programmet. Tavlen viser “lukket” og tilbyder kun det.',
    },
    enforcedBy: [
      { symbol: 'assertProgrammeOpen', file: CLOSURE },
      { symbol: 'closeProgramme', file: CLOSURE },
      { symbol: 'ACTIONS_WHEN_CLOSED', file: CLOSURE },
      { symbol: 'allowedInProgrammeState', file: CLOSURE },
    ],
    calledFrom: [
      'every REST programme write route (programmeHandler; routes marked whenClosed: reopen, exit plan, erasure, deletion)',
      'acts of the tab and the bot (authorize in act-scope.ts)',
      'bot card actions, acknowledgements included (CardActionService)',
      'POST …/reminders/resend',
      'buildBoardView (permissions, closure banner)',
    ],
    provenBy: [
      {
        file: 'test/shared/programme-closure.test.ts',
        test: 'makes the programme read-only: assertProgrammeOpen refuses with the closing day in da and en',
      },
      {
        file: 'test/shared/programme-closure.test.ts',
        test: 'allows, once closed, exactly the listed actions (every action of the table is decided)',
      },
      {
        file: 'test/bot/http/routes/programme-closure.test.ts',
        test: '409 PROGRAMME_CLOSED, nothing changed',
      },
      {
        file: 'test/bot/conversation/closed-programme.test.ts',
        test: 'a check-in card clicked after the close gets the closed message, and nothing is stored',
      },
    ],
  },
  {
    id: 'closed-programme-no-reminders',
    title: { en: 'No reminders for a closed programme', da: 'Ingen påmindelser for et lukket program' },
    statement: {
      en: 'The reminder schedule plans nothing for a closed programme, in any window; a reopen plans again at once.',
      da: 'Påmindelsesplanen planlægger intet for et lukket program, i noget tidsrum; en genåbning planlægger igen med det samme.',
    },
    enforcedBy: [
      { symbol: 'planReminders', file: SCHEDULE },
      { symbol: 'isProgrammeClosed', file: CLOSURE },
    ],
    calledFrom: [
      'reminder scheduler (ReminderScheduler.tick)',
      'leaders’ digest',
      'POST …/reopen (next check now)',
      'dispatcher before each send (Dispatcher.prepare re-reads the programme: queued cards become “cancelled: programme closed”)',
      'reminders preview (previewReminders)',
    ],
    provenBy: [
      {
        file: 'test/shared/programme-closure.test.ts',
        test: 'plans no reminder at all for a closed programme, in any window (property)',
      },
      {
        file: 'test/bot/delivery/closed-programme-delivery.test.ts',
        test: 'the dispatcher re-reads the programme and records queued cards as cancelled',
      },
      {
        file: 'test/bot/conversation/closed-programme.test.ts',
        test: 'plans nothing while closed, and plans again once reopened',
      },
    ],
  },
  {
    id: 'reopen-window',
    title: { en: 'Reopen within 30 days', da: 'Genåbn inden for 30 dage' },
    statement: {
      en: 'A leader can reopen a closed programme for 30 days after the close; the ambassadorships the close ended come back unless their term ran out meanwhile. After 30 days the reopen is refused with PROGRAMME_REOPEN_EXPIRED and the deadline, and the programme stays closed.',
      da: 'En leder kan genåbne et lukket program i 30 dage efter lukningen; de ambassadørforløb, lukningen afsluttede, kommer tilbage, medmindre perioden er udløbet imens. Efter 30 dage afvises genåbningen med PROGRAMME_REOPEN_EXPIRED og fristen, og programmet forbliver lukket.',
    },
    figures: ['30 days'],
    enforcedBy: [
      { symbol: 'reopenProgramme', file: CLOSURE },
      { symbol: 'REOPEN_WINDOW_DAYS', file: CLOSURE },
      { symbol: 'canReopen', file: CLOSURE },
    ],
    calledFrom: ['POST …/reopen', 'buildBoardView (closure.canReopen)'],
    provenBy: [
      {
        file: 'test/shared/programme-closure.test.ts',
        test: 'days after the close and refused after, nothing changed (property)',
      },
      {
        file: 'test/bot/http/routes/programme-closure.test.ts',
        test: 'closed again, a reopen after 30 days is refused with the deadline, and it stays closed',
      },
    ],
  },
  {
    id: 'closed-programme-keeps-figures',
    title: {
      en: 'A closed programme keeps its visible feedback figures',
      da: 'Et lukket program beholder de synlige feedbacktal',
    },
    statement: {
      en: 'At the close the feedback figures leaders could see are kept with the programme — numbers only, each taken from the thresholded overview (a hidden figure is kept as nothing), theme names only where leaders wrote them — so they outlive the expiry of the check-ins behind them.',
      da: 'Ved lukningen gemmes de feedbacktal, lederne kunne se, med programmet — kun tal, hvert fra den tærskelbeskyttede oversigt (et skjult tal gemmes som intet), temanavne kun hvor lederne selv skrev dem — så de overlever, at de bagvedliggende check-ins slettes.',
    },
    setting: 'anonymityMinAnswers',
    enforcedBy: [{ symbol: 'feedbackSnapshotOf', file: CLOSURE }],
    calledFrom: ['closeProgramme (POST …/close)', 'buildBoardView (leaders)', 'buildManagementReport'],
    provenBy: [
      {
        file: 'test/shared/programme-closure.test.ts',
        test: 'holds exactly the figures the thresholded overview shows, and null for every hidden one (property)',
      },
      {
        file: 'test/shared/programme-closure.test.ts',
        test: 'keeps only theme names leaders wrote (agreement themes, answered themes), never one an ambassador typed',
      },
    ],
  },
  {
    id: 'report-respects-thresholds',
    title: {
      en: 'The management report shows no figure from too few people',
      da: 'Ledelsesrapporten viser intet tal fra for få personer',
    },
    statement: {
      en: 'The management report (HTML page, PDF and CSV, Danish and English) is built once as data and only laid out by each rendering; its feedback figures come from the thresholded overview or the figures kept at the close, so a figure fewer than `anonymityMinAnswers` different people stand behind is shown as “not shown” in all three. The CSV holds no names and no ids of people.',
      da: 'Ledelsesrapporten (HTML-side, PDF og CSV, dansk og engelsk) bygges én gang som data og stilles kun op af hver udgave; dens feedbacktal kommer fra den tærskelbeskyttede oversigt eller fra tallene gemt ved lukningen, så et tal, færre end `anonymityMinAnswers` forskellige personer står bag, vises som “vises ikke” i alle tre. CSV-filen indeholder ingen navne og ingen id’er på personer.',
    },
    setting: 'anonymityMinAnswers',
    enforcedBy: [
      { symbol: 'buildManagementReport', file: REPORT },
      { symbol: 'renderReportCsv', file: 'bot/src/report/report-csv.ts' },
    ],
    calledFrom: ['GET …/report/html', 'GET …/report/pdf', 'GET …/report/csv', 'the tab’s Report dialog'],
    provenBy: [
      {
        file: 'test/bot/report/management-report.test.ts',
        test: 'law: for any check-ins by fewer than five people, no rendering shows a feedback figure',
      },
      {
        file: 'test/bot/report/management-report.test.ts',
        test: 'under the threshold (four people) every feedback figure is hidden in HTML, PDF and CSV',
      },
      {
        file: 'test/bot/report/management-report.test.ts',
        test: 'the CSV carries no names and no ids of people',
      },
    ],
  },
  {
    id: 'errors-for-people',
    title: { en: 'Errors a person understands', da: 'Fejl, som en person forstår' },
    statement: {
      en: 'Every validation error names the field as the form labels it, in the caller’s language, in the tab and in bot cards; no schema path or library text reaches a person.',
      da: 'Alle valideringsfejl nævner feltet, som formularen kalder det, på den spørgendes sprog, i fanen og på bottens kort; ingen skemasti eller bibliotekstekst når frem til en person.',
    },
    enforcedBy: [{ symbol: 'fieldProblems', file: 'shared/src/errors/validation-messages.ts' }],
    calledFrom: ['every REST route (validation errors)', 'card actions'],
    provenBy: [
      {
        file: 'test/shared/validation-messages.test.ts',
        test: 'never shows a person a schema path or zod’s own English, whatever the input',
      },
    ],
  },
  ...GUIDANCE_RULES,
  {
    id: 'applicant-reads-their-message',
    title: { en: 'The applicant reads the message meant for them', da: 'Ansøgeren læser beskeden til dem' },
    statement: {
      en: 'A decline has two texts: an internal note for the leaders and a message for the applicant (blank: a kind default in their language). The applicant’s board and the bot’s outcome card carry only the message, never the note; the leaders’ dialog previews exactly that text. The applicant’s data export holds both, the note named as an internal note by the leaders about their application (it is personal data about them, GDPR art. 15).',
      da: 'Et afslag har to tekster: en intern note til lederne og en besked til ansøgeren (tom: en venlig standardbesked på ansøgerens sprog). Ansøgerens tavle og bottens svarkort viser kun beskeden, aldrig noten; ledernes dialog viser præcis den tekst på forhånd. Ansøgerens dataudtræk indeholder begge, noten betegnet som et internt notat fra lederne om ansøgningen (det er personoplysninger om dem, GDPR art. 15).',
    },
    enforcedBy: [
      { symbol: 'applicantMessageOf', file: ROUND },
      { symbol: 'applicantDecisionOf', file: ROUND },
      { symbol: 'declineApplication', file: LIFECYCLE },
    ],
    calledFrom: [
      'POST …/applications/:appId/decision',
      'board view (myApplication)',
      'GET /api/v1/me/export',
      'applicationOutcome reminder and its bot card',
      'the tab’s decline preview',
    ],
    provenBy: [
      {
        file: 'test/shared/application-round.test.ts',
        test: 'law: the applicant reads their message or the kind default — never the internal note',
      },
      {
        file: 'test/bot/http/routes/application-round.test.ts',
        test: 'a decline keeps the note for the leaders; the applicant’s board and bot card get only the message, their export holds the note as the leaders’ internal note',
      },
    ],
  },
  {
    id: 'application-motivation',
    title: { en: 'An application needs a real motivation', da: 'En ansøgning kræver en rigtig motivation' },
    statement: {
      en: 'An application’s motivation has at least the programme’s minimum number of characters after trimming; a shorter one is refused on the motivation field in the caller’s language and nothing is saved.',
      da: 'En ansøgnings motivation har mindst programmets mindste antal tegn (uden mellemrum før og efter); en kortere afvises på motivationsfeltet på brugerens sprog, og intet gemmes.',
    },
    setting: 'applicationMotivationMinChars',
    enforcedBy: [
      { symbol: 'checkMotivation', file: ROUND },
      { symbol: 'applyToPosting', file: POSTING },
    ],
    calledFrom: ['POST …/applications', 'bot card posting.apply'],
    provenBy: [
      {
        file: 'test/shared/application-round.test.ts',
        test: 'a motivation shorter than the setting fails on the motivation field; one long enough passes trimmed',
      },
      {
        file: 'test/bot/http/routes/application-round.test.ts',
        test: 'a motivation shorter than the setting → 400 on the motivation field, in the caller’s language; nothing saved',
      },
    ],
  },
  {
    id: 'application-rounds',
    title: { en: 'Withdrawing and a second round', da: 'Træk tilbage og en ny runde' },
    statement: {
      en: 'An applicant may withdraw their own application before a decision; a withdrawn application cannot be decided. Publishing a closed posting with a new deadline starts a new round: a pending application carries over, while a withdrawal or a decline in an earlier round lets the person apply again (the earlier round stays on record).',
      da: 'En ansøger kan trække sin ansøgning tilbage, før der er truffet en beslutning; en tilbagetrukket ansøgning kan ikke afgøres. Offentliggøres et lukket opslag med en ny frist, begynder en ny runde: en verserende ansøgning følger med, mens en tilbagetrækning eller et afslag i en tidligere runde lader personen søge igen (den tidligere runde bevares).',
    },
    enforcedBy: [
      { symbol: 'withdrawApplication', file: ROUND },
      { symbol: 'blocksNewApplication', file: ROUND },
      { symbol: 'postingRoundStart', file: ROUND },
    ],
    calledFrom: [
      'POST …/applications/:appId/withdraw',
      'POST …/applications',
      'PUT …/steps/posting',
      'bot card posting.apply',
    ],
    provenBy: [
      {
        file: 'test/shared/application-round.test.ts',
        test: 'law: a new round starts only when a closed posting is published with a deadline ahead',
      },
      {
        file: 'test/bot/http/routes/application-round.test.ts',
        test: 'a second round: re-opened with a new deadline, a declined applicant may apply again and a pending one carries over',
      },
    ],
  },
  {
    id: 'proposal-is-leader-acceptance',
    title: { en: 'Proposing is the leaders’ acceptance', da: 'At foreslå er ledernes accept' },
    statement: {
      en: 'When a leader proposes an agreement version, that counts as the leaders’ acceptance of it: only the ambassador is asked to accept (bot card and board), and their acceptance makes a candidate active.',
      da: 'Når en leder foreslår en version af aftalen, tæller det som ledernes accept af den: kun ambassadøren bliver bedt om at acceptere (botkort og tavle), og deres accept gør en kandidat aktiv.',
    },
    enforcedBy: [{ symbol: 'proposeAgreementVersion', file: AGREEMENT }],
    calledFrom: ['POST …/ambassadors/:ambId/agreement', 'agreementAcceptance reminder'],
    provenBy: [
      {
        file: 'test/shared/agreement.test.ts',
        test: 'law: every proposed version is accepted by the leader who proposed it, and only the ambassador is pending',
      },
    ],
  },
  {
    id: 'agreement-template-prefilled',
    title: { en: 'Agreements without retyping', da: 'Aftaler uden at skrive det hele igen' },
    statement: {
      en: 'Where the leaders have not written an agreement template, the board offers one filled from the posting (role, responsibilities, expectations, hours) and every task of the task plan, so an agreement can be proposed without typing the same again.',
      da: 'Har lederne ikke skrevet en aftaleskabelon, tilbyder tavlen en, der er udfyldt fra opslaget (rolle, ansvar, forventninger, timer) og alle opgaver i opgaveplanen, så en aftale kan foreslås uden at skrive det samme igen.',
    },
    enforcedBy: [{ symbol: 'prefilledAgreementTemplate', file: AGREEMENT }],
    calledFrom: ['board view (agreementTemplate, leaders)', 'the tab’s agreement proposal and step editor'],
    provenBy: [
      {
        file: 'test/shared/agreement.test.ts',
        test: 'law: without a template it is valid terms from the posting and every task of the plan; a template of their own wins',
      },
    ],
  },
  {
    id: 'concurrent-note-takers',
    title: { en: 'Note-takers never overwrite each other', da: 'Referenter overskriver aldrig hinanden' },
    statement: {
      en: 'In a running meeting, every note is an entry of its own (author, heading, time); several people writing at once each add theirs and the server merges each write onto the newest stored version of the meeting record, so no one’s note replaces another’s and none is lost.',
      da: 'I et igangværende møde er hver note sin egen post (forfatter, overskrift, tidspunkt); skriver flere på samme tid, tilføjer hver sin, og serveren fletter hver skrivning ind i den nyeste gemte udgave af mødereferatet, så ingens note erstatter en andens, og ingen går tabt.',
    },
    enforcedBy: [
      { symbol: 'mergeNoteEntries', file: MEETING_LIVE },
      { symbol: 'addMeetingNote', file: MEETING_LIVE },
    ],
    calledFrom: [
      'POST …/meetings/:meetingId/notes (re-applied on the newest version after a lost race)',
      'the meeting side panel',
    ],
    provenBy: [
      {
        file: 'test/shared/meeting-live.test.ts',
        test: 'law: note-takers writing at once never overwrite each other',
      },
      {
        file: 'test/shared/meeting-live.test.ts',
        test: 'law: merging note lists is commutative, associative and idempotent',
      },
      {
        file: 'test/bot/http/routes/meeting-live.test.ts',
        test: 'two note-takers writing at the same moment: every note of both survives',
      },
    ],
  },
  {
    id: 'meeting-presence-self',
    title: { en: '“I’m here” is for yourself', da: '“Jeg er her” gælder dig selv' },
    statement: {
      en: 'In a running meeting an ambassador marks only themself present; a leader ticks anyone of the programme (its leaders and ambassadors). Only once the meeting has started, never in a cancelled one.',
      da: 'I et igangværende møde kan en ambassadør kun melde sig selv til stede; en leder kan krydse alle i programmet af (ledere og ambassadører). Først når mødet er begyndt, aldrig i et aflyst møde.',
    },
    enforcedBy: [{ symbol: 'setMeetingPresence', file: MEETING_LIVE }],
    calledFrom: ['POST …/meetings/:meetingId/presence', 'the meeting side panel'],
    provenBy: [
      {
        file: 'test/shared/meeting-live.test.ts',
        test: 'lets an ambassador mark only themself, a leader anyone of the programme',
      },
      {
        file: 'test/bot/http/routes/meeting-live.test.ts',
        test: 'only a leader ticks someone else',
      },
    ],
  },
  {
    id: 'teams-meeting-one-record',
    title: { en: 'One Teams meeting, one meeting record', da: 'Ét Teams-møde, ét mødereferat' },
    statement: {
      en: 'A leader binds a Teams meeting to one meeting record of the programme (today’s planned one, or one started now); the binding is stored on the record, so the side panel finds it again, and a second record cannot take the same Teams meeting.',
      da: 'En leder knytter et Teams-møde til ét af programmets mødereferater (dagens planlagte eller et, der startes nu); koblingen gemmes på referatet, så sidepanelet finder det igen, og et andet referat kan ikke tage det samme Teams-møde.',
    },
    enforcedBy: [{ symbol: 'bindTeamsMeeting', file: MEETING_LIVE }],
    calledFrom: ['POST …/meeting-bindings', 'the meeting side panel'],
    provenBy: [
      {
        file: 'test/shared/meeting-live.test.ts',
        test: 'sets the focus and binds one Teams meeting to one record only',
      },
      {
        file: 'test/bot/http/routes/meeting-live.test.ts',
        test: 'binds the Teams meeting to one record: the next opening finds it, a second record cannot take it',
      },
    ],
  },
  {
    id: 'workshop-time-boxes',
    title: { en: 'The workshop fills the card’s 180 minutes', da: 'Workshoppen fylder kortets 180 minutter' },
    statement: {
      en: 'The management workshop follows the card: purpose, the five steps, the three watch-outs and the management team’s questions, with time boxes that always add up to the card’s 180 minutes. A leader who changes one box gets the others rebalanced (time added is taken from the following items, time freed goes to the next); every box stays between 5 and 125 minutes, and a box outside that is refused naming the minutes.',
      da: 'Ledelsesworkshoppen følger kortet: formål, de fem trin, de tre opmærksomhedspunkter og spørgsmålene til ledelsesteamet, med tidsrammer, der altid giver kortets 180 minutter tilsammen. Ændrer en leder én ramme, tilpasses de andre (tid, der lægges til, tages fra de følgende punkter; tid, der frigives, går til det næste); hver ramme er mellem 5 og 125 minutter, og en ramme uden for det afvises med besked om minutterne.',
    },
    figures: ['180 minutes', '5 and 125 minutes'],
    enforcedBy: [
      { symbol: 'rebalanceTimeBoxes', file: 'shared/src/rules/workshop-agenda.ts' },
      { symbol: 'assertAgendaFillsSession', file: 'shared/src/rules/workshop-agenda.ts' },
      { symbol: 'defaultWorkshopAgenda', file: 'shared/src/rules/workshop-agenda.ts' },
    ],
    calledFrom: ['PUT …/workshop/items/:item/minutes', 'POST …/workshop', 'the tab’s workshop agenda'],
    provenBy: [
      {
        file: 'test/shared/workshop.test.ts',
        test: 'law: any sequence of edits keeps the boxes summing to the session, each within bounds, the edited box as asked',
      },
      {
        file: 'test/bot/http/routes/workshop.test.ts',
        test: 'editing a box rebalances the others, still 180',
      },
    ],
  },
  {
    id: 'workshop-shared-timer',
    title: { en: 'One timer for everyone in the workshop', da: 'Én timer for alle i workshoppen' },
    statement: {
      en: 'The workshop’s timer lives on the workshop record (item in focus, running since, time left), so every screen computes the same remaining time from the server’s clock. Only leaders start, pause and move it; next and previous give the new item its whole box; a finished workshop cannot be changed.',
      da: 'Workshoppens timer ligger på workshoppen (punktet i fokus, kører siden, tid tilbage), så alle skærme regner samme resterende tid ud fra serverens ur. Kun ledere starter, pauser og flytter den; næste og forrige giver det nye punkt hele dets ramme; en afsluttet workshop kan ikke ændres.',
    },
    enforcedBy: [
      { symbol: 'applyWorkshopTimerAction', file: 'shared/src/rules/workshop-timer.ts' },
      { symbol: 'workshopRemainingMs', file: 'shared/src/rules/workshop-clock.ts' },
      { symbol: 'openWorkshop', file: 'shared/src/rules/workshop-session.ts' },
    ],
    calledFrom: ['POST …/workshop/timer', 'the tab’s workshop timer (remaining time)'],
    provenBy: [
      {
        file: 'test/shared/workshop.test.ts',
        test: 'law: every client computes the same remaining time from the stored state; pausing never loses or gains time',
      },
      {
        file: 'test/bot/http/routes/workshop.test.ts',
        test: 'the timer is stored on the record',
      },
    ],
  },
  {
    id: 'workshop-outcomes-into-programme',
    title: {
      en: 'Workshop outcomes go straight into the programme',
      da: 'Workshoppens resultater går direkte ind i programmet',
    },
    statement: {
      en: 'What the management team agrees in the workshop is saved into the programme by the same rules as on the board: the task plan, a posting draft, the agreement template, the training outline and the meeting rhythm as the step’s own update, the answers as the question’s own answer. Finished in a meeting, the bot posts a summary card of what was captured into the meeting chat when it was added to that chat; otherwise the tab offers the summary to copy.',
      da: 'Det, ledelsesteamet bliver enige om i workshoppen, gemmes i programmet efter de samme regler som på tavlen: opgaveplanen, et udkast til opslaget, aftaleskabelonen, uddannelsesforløbet og mødefrekvensen som trinnets egen opdatering, svarene som spørgsmålets eget svar. Afsluttes workshoppen i et møde, sender botten et opsummeringskort med det, der kom ind, i mødechatten, når den er tilføjet chatten; ellers tilbyder fanen opsummeringen til kopiering.',
    },
    enforcedBy: [
      { symbol: 'markWorkshopCapture', file: 'shared/src/rules/workshop-session.ts' },
      { symbol: 'answerManagementQuestion', file: 'shared/src/rules/management-questions.ts' },
      { symbol: 'workshopSummary', file: 'shared/src/rules/workshop-session.ts' },
    ],
    calledFrom: [
      'POST …/workshop/outcomes/:item (applyStepUpdate, as PUT …/steps/:stepKey)',
      'POST …/workshop/finish (summary card in the meeting chat)',
      'the tab’s workshop capture forms',
    ],
    provenBy: [
      {
        file: 'test/bot/http/routes/workshop.test.ts',
        test: 'outcomes go into the programme through the board’s own rules',
      },
      {
        file: 'test/bot/http/routes/workshop.test.ts',
        test: 'in a chat it was added to, the summary card is posted there',
      },
      {
        file: 'test/shared/workshop.test.ts',
        test: 'summarises what it captured, per step and question, in the programme language',
      },
    ],
  },
  {
    id: 'alignment-score-one-per-ambassador',
    title: {
      en: 'One alignment score per active ambassador',
      da: 'Én afstemningsscore pr. aktiv ambassadør',
    },
    statement: {
      en: 'In the monthly alignment meeting each active ambassador gives one whole score from 1 to 5; a second score from the same person replaces the first. Leaders, candidates, former ambassadors and other employees give none, and a closed programme, a cancelled meeting or one already marked held takes none.',
      da: 'På det månedlige afstemningsmøde giver hver aktiv ambassadør én hel score fra 1 til 5; en ny score fra samme person erstatter den første. Ledere, kandidater, tidligere ambassadører og andre medarbejdere giver ingen, og et lukket program, et aflyst møde eller et møde, der er markeret som holdt, tager ingen imod.',
    },
    figures: ['1–5'],
    enforcedBy: [
      { symbol: 'giveAlignmentScore', file: ALIGNMENT_ROUND },
      { symbol: 'mayGiveAlignmentScore', file: ALIGNMENT_ROUND },
      { symbol: 'assertRoundOpen', file: ALIGNMENT_ROUND },
      { symbol: 'roundTakesScores', file: ALIGNMENT_ROUND },
    ],
    calledFrom: [
      'PUT …/meetings/:meetingId/alignment/score',
      'buildBoardView (canScore)',
      'the tab’s alignment round',
    ],
    provenBy: [
      {
        file: 'test/shared/alignment-round.test.ts',
        test: 'takes scores only from active ambassadors: not leaders, candidates, former ambassadors or employees',
      },
      {
        file: 'test/bot/http/routes/alignment-round.test.ts',
        test: 'employees, former ambassadors and leaders cannot score; nothing is stored',
      },
    ],
  },
  {
    id: 'alignment-aggregate-from-people',
    title: {
      en: 'The alignment figure is shown only from enough people',
      da: 'Afstemningstallet vises kun fra nok personer',
    },
    statement: {
      en: 'The mean and distribution of an alignment round appear only when at least `anonymityMinAnswers` different ambassadors scored (the check-ins’ threshold, never below 5); people are counted by a keyed pseudonym per meeting, so scoring again or being a leader pads nothing. Until then only the number of people so far is shown; nobody sees who gave which score — each person sees only their own. Erasing a person keeps their score in the figure under a fresh pseudonym the server can no longer derive from them.',
      da: 'Gennemsnit og fordeling i en afstemningsrunde vises kun, når mindst `anonymityMinAnswers` forskellige ambassadører har givet en score (samme grænse som check-ins, aldrig under 5); der tælles personer med et nøglet pseudonym pr. møde, så en ny score eller en leders score fylder intet op. Indtil da vises kun, hvor mange der har scoret; ingen ser, hvem der gav hvilken score — hver ser kun sin egen. Slettes en person, bliver deres score i tallet under et nyt pseudonym, som serveren ikke længere kan udlede af dem.',
    },
    setting: 'anonymityMinAnswers',
    enforcedBy: [
      { symbol: 'alignmentAggregate', file: ALIGNMENT_ROUND },
      { symbol: 'ownAlignmentScore', file: ALIGNMENT_ROUND },
      { symbol: 'gateByAuthors', file: ANONYMITY_GATE },
      { symbol: 'planProgrammeErasure', file: 'shared/src/privacy/person-erasure.ts' },
    ],
    calledFrom: [
      'buildBoardView (meetings’ alignmentRound)',
      'every alignment route’s answer',
      'board events’ digest',
    ],
    provenBy: [
      {
        file: 'test/shared/alignment-round.property.test.ts',
        test: 'the aggregate is never visible from fewer than the threshold of distinct people, however scores are repeated or padded',
      },
      {
        file: 'test/bot/http/routes/alignment-round.test.ts',
        test: '4 people: no figure, even when one scores twice; the 5th opens it; each sees only their own score',
      },
      {
        file: 'test/shared/person-erasure.test.ts',
        test: 'an alignment score stays in the round, but no longer under the key the server derives for the person',
      },
    ],
  },
  {
    id: 'alignment-publish-from-round',
    title: {
      en: 'The agreed message is published from the round',
      da: 'Det aftalte budskab offentliggøres fra runden',
    },
    statement: {
      en: 'Leaders edit the draft of the next key message during the alignment meeting and publish it in one step as a new key-message version (earlier versions stay); the meeting records the version it published. An empty draft publishes nothing.',
      da: 'Lederne redigerer udkastet til næste nøglebudskab under afstemningsmødet og offentliggør det i ét trin som en ny version af nøglebudskabet (tidligere versioner bliver); mødet husker den version, det offentliggjorde. Et tomt udkast offentliggør intet.',
    },
    enforcedBy: [
      { symbol: 'saveAlignmentDraft', file: ALIGNMENT_ROUND },
      { symbol: 'publishAlignmentDraft', file: ALIGNMENT_ROUND },
      { symbol: 'publishKeyMessage', file: 'shared/src/rules/key-messages.ts' },
    ],
    calledFrom: ['PUT …/meetings/:meetingId/alignment/draft', 'POST …/meetings/:meetingId/alignment/publish'],
    provenBy: [
      {
        file: 'test/shared/alignment-round.test.ts',
        test: 'publishes the draft as the next key message version and records it on the meeting, once',
      },
      {
        file: 'test/bot/http/routes/alignment-round.test.ts',
        test: 'a leader publishes the agreed draft as the key message in one step; the meeting records the version',
      },
    ],
  },
  {
    id: 'reminders-preview-is-the-schedule',
    title: {
      en: 'The reminders preview is what the bot sends',
      da: 'Påmindelsesoversigten er det, botten sender',
    },
    statement: {
      en: 'Leaders see what the bot will send in the coming 14 days (kind, recipients, time in the programme’s zone), worked out by the scheduler’s own decision per tick — the same planners, nudge cap, working hours, holidays, term ends and paused recipients — run forward over simulated ticks, so the preview and the sending cannot differ.',
      da: 'Lederne ser, hvad botten vil sende de kommende 14 dage (slags, modtagere, tidspunkt i programmets tidszone), regnet ud af planlæggerens egen beslutning pr. kørsel — de samme planlæggere, samme loft over påmindelser, arbejdstid, helligdage, periodeafslutninger og modtagere på pause — kørt frem over simulerede kørsler, så oversigten og afsendelsen ikke kan være forskellige.',
    },
    setting: 'nudgeIntervalDays',
    figures: ['14 days'],
    enforcedBy: [
      { symbol: 'schedulerTick', file: 'shared/src/schedule/scheduler-tick.ts' },
      { symbol: 'previewReminders', file: 'shared/src/schedule/reminder-preview.ts' },
    ],
    calledFrom: [
      'reminder scheduler (ReminderScheduler.tick → schedulerTick)',
      'GET …/reminders/preview (leaders) → previewReminders',
      'the tab’s Reminders panel',
    ],
    provenBy: [
      {
        file: 'test/shared/reminder-preview.test.ts',
        test: 'law: inside the window, capped cards inside working hours and at most one per person per interval',
      },
      {
        file: 'test/bot/delivery/preview-matches-scheduler.test.ts',
        test: 'two weeks of hourly scheduler ticks send the previewed cards: same kind, recipient and day',
      },
    ],
  },
  {
    id: 'resend-unknown-once',
    title: {
      en: 'Resend only what may not have arrived, once',
      da: 'Send kun det igen, der måske ikke nåede frem, én gang',
    },
    statement: {
      en: 'A leader can resend a reminder only to recipients whose delivery is unknown; a second click finds them queued and sends nothing twice. The resent card keeps its working-hours window and is the same card the nudge cap already counted, so it takes no extra place; nothing is resent for a closed programme.',
      da: 'En leder kan kun sende en påmindelse igen til modtagere, hvor det er uvist, om den nåede frem; et klik mere finder dem i køen og sender intet to gange. Kortet beholder sit vindue i arbejdstiden og er det samme kort, som loftet over påmindelser allerede har talt med, så det tager ikke en ekstra plads; for et lukket program sendes intet igen.',
    },
    enforcedBy: [
      { symbol: 'reminderResendBodySchema', file: 'shared/src/schedule/reminder-report-view.ts' },
      { symbol: 'assertProgrammeOpen', file: CLOSURE },
    ],
    calledFrom: ['POST …/reminders/resend (leaders)', 'the tab’s Reminders panel'],
    provenBy: [
      {
        file: 'test/bot/http/routes/reminders-preview-routes.test.ts',
        test: "queues an 'unknown' recipient again once",
      },
    ],
  },
  {
    id: 'closed-programme-health',
    title: { en: 'A closed programme reads closed', da: 'Et lukket program står som lukket' },
    statement: {
      en: 'Once a programme is closed its watch-outs say so, with the day, and every step not done reads “closed” — never “not started: no active ambassadors yet”.',
      da: 'Når et program er lukket, siger opmærksomhedspunkterne det, med dagen, og hvert trin, der ikke er gennemført, står som “lukket” — aldrig “ikke begyndt: ingen aktive ambassadører endnu”.',
    },
    enforcedBy: [{ symbol: 'programmeHealth', file: 'shared/src/guidance/health.ts' }],
    calledFrom: ['board view (guidance.health)', 'the tab’s health lines and step cards'],
    provenBy: [
      {
        file: 'test/shared/guidance/health-closed.test.ts',
        test: 'say the watch-outs are closed, with the day, not that no ambassador has started',
      },
    ],
  },
  {
    id: 'undo-own-act',
    title: { en: 'Undo a slip, shortly after', da: 'Fortryd en fejl kort efter' },
    statement: {
      en: 'The person who selected or declined an applicant, set a step’s status (e.g. marked it done), withdrew their own application or withdrew an ambassador can undo it for 10 minutes, and only while nothing has happened on top of it (an agreement proposed, the step changed again, the exit planned, a new round); the undo restores exactly what was there before, and the act and its undo, with an optional reason, stay in the history. The applicant is told a decision only once its undo window has passed, so an undone decision never reaches them.',
      da: 'Den, der valgte eller afviste en ansøger, satte et trins status (fx markerede det som færdigt), trak sin egen ansøgning tilbage eller trak en ambassadør tilbage, kan fortryde det i 10 minutter og kun, så længe der ikke er sket mere oven i det (en aftale foreslået, trinnet ændret igen, exit planlagt, en ny runde); fortrydelsen genskaber præcis det, der var før, og handlingen og fortrydelsen, med en valgfri begrundelse, bliver stående i historikken. Ansøgeren får først besked om en beslutning, når fristen for at fortryde er gået, så en fortrudt beslutning aldrig når frem.',
    },
    figures: ['10 minutes'],
    enforcedBy: [
      { symbol: 'undoDecision', file: UNDO },
      { symbol: 'undoApplicationWithdrawal', file: UNDO },
      { symbol: 'undoStepOverride', file: UNDO },
      { symbol: 'undoAmbassadorWithdrawal', file: UNDO },
      { symbol: 'undoOffers', file: UNDO },
      { symbol: 'outcomeDueAt', file: UNDO },
    ],
    calledFrom: [
      'POST …/undo',
      'POST …/steps/:stepKey/override (withStepOverride)',
      'board view (undo, undoHistory)',
      'applicationOutcome reminder',
      'the tab’s confirmation and board “Undo”',
    ],
    provenBy: [
      {
        file: 'test/shared/undo.property.test.ts',
        test: 'law: undo never succeeds past the window or after another person’s act; a successful undo restores the exact prior state',
      },
      {
        file: 'test/bot/http/routes/undo.test.ts',
        test: 'a selection after the window → 409 UNDO_WINDOW_PASSED',
      },
      {
        file: 'test/shared/undo.property.test.ts',
        test: 'tells the applicant the outcome only once the undo window has passed, and never an undone one',
      },
    ],
  },
  {
    id: 'open-situation-on-behalf-needs-agreement',
    title: {
      en: 'On behalf of the group only with the group’s agreement',
      da: 'På gruppens vegne kun med gruppens aftale',
    },
    statement: {
      en: 'An active ambassador may raise a situation openly with their name, or on behalf of the ambassador group — the latter only once the group agreed at an alignment meeting that has started and is not cancelled to raise that theme ("the group agreed to raise: <theme>", recorded on the meeting by a leader or an ambassador). A situation raised on behalf of the group stores nobody’s name.',
      da: 'En aktiv ambassadør kan rejse en situation åbent med sit navn eller på vegne af ambassadørgruppen — det sidste kun, når gruppen på et afstemningsmøde, der er begyndt og ikke aflyst, har aftalt at rejse temaet ("gruppen aftalte at rejse: <tema>", noteret på mødet af en leder eller en ambassadør). En situation rejst på gruppens vegne gemmer ingens navn.',
    },
    enforcedBy: [
      { symbol: 'raiseOpenSituation', file: OPEN_SITUATIONS },
      { symbol: 'mayRaiseOnBehalf', file: OPEN_SITUATIONS },
      { symbol: 'recordGroupAgreement', file: OPEN_SITUATIONS },
    ],
    calledFrom: [
      'POST …/open-situations',
      'POST …/meetings/:meetingId/group-agreements',
      'the tab’s "Raise a situation openly" form',
    ],
    provenBy: [
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'law: an on-behalf situation is accepted exactly when the group agreed the theme at a started, not cancelled alignment meeting',
      },
      {
        file: 'test/bot/http/routes/open-situations.test.ts',
        test: 'on behalf of the group only after the group agreed at the alignment meeting',
      },
    ],
  },
  {
    id: 'open-situation-not-in-aggregates',
    title: {
      en: 'An open situation is never counted in the anonymous figures',
      da: 'En åben situation tæller aldrig med i de anonyme tal',
    },
    statement: {
      en: 'Open situations live beside the anonymous pulse, never in it: no aggregate, theme count or free-text list of the feedback overview changes when situations are raised openly, and the pulse keeps its thresholds. Leaders see who raised a named one (or "the ambassador group"); an ambassador sees their own and the group’s, never a colleague’s named one; employees see none.',
      da: 'Åbne situationer står ved siden af den anonyme puls, aldrig i den: ingen samlede tal, temaoptællinger eller fritekstlister i feedbackoversigten ændrer sig, når situationer rejses åbent, og pulsen beholder sine tærskler. Ledere ser, hvem der rejste en navngiven (eller "ambassadørgruppen"); en ambassadør ser sine egne og gruppens, aldrig en kollegas navngivne; medarbejdere ser ingen.',
    },
    enforcedBy: [
      { symbol: 'feedbackOverview', file: FEEDBACK_AGGREGATES },
      { symbol: 'openSituationsView', file: 'shared/src/views/open-situations-view.ts' },
    ],
    calledFrom: ['GET …/feedback/overview', 'board view (openSituations)'],
    provenBy: [
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'law: an open situation is never counted in the anonymous aggregates',
      },
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'leaders see who raised it; ambassadors see their own and the group’s, never a colleague’s named one; employees none',
      },
    ],
  },
  {
    id: 'open-situation-retention',
    title: {
      en: 'Open situations are kept as long as check-ins',
      da: 'Åbne situationer gemmes lige så længe som check-ins',
    },
    statement: {
      en: 'An open situation is deleted `retentionMonthsAfterTerm` months after the raising ambassador’s term, by the store’s TTL. A named one follows that term as it actually ends, like the raiser’s check-ins: a withdrawal or an early end brings the date forward, and nothing moves it later. A named one is in the person’s export and is deleted with their erasure; a group one names nobody, keeps the date it was given and stays.',
      da: 'En åben situation slettes `retentionMonthsAfterTerm` måneder efter den rejsende ambassadørs periode, af databasens TTL. En navngiven følger perioden, som den faktisk slutter, ligesom ambassadørens check-ins: en tilbagetrækning eller en tidlig afslutning rykker datoen frem, og intet rykker den senere. En navngiven er med i personens eksport og slettes, når personen slettes; en gruppes navngiver ingen, beholder den dato, den fik, og bliver.',
    },
    setting: 'retentionMonthsAfterTerm',
    enforcedBy: [
      { symbol: 'raiseOpenSituation', file: OPEN_SITUATIONS },
      { symbol: 'openSituationRetentionUpdates', file: OPEN_SITUATIONS },
      { symbol: 'liveOpenSituations', file: OPEN_SITUATIONS },
      { symbol: 'planProgrammeErasure', file: ERASURE },
    ],
    calledFrom: [
      'POST …/open-situations',
      'CheckInRetentionStore (every save of an ambassadorship)',
      'board reads (expired ones hidden)',
      'GET /me/export',
      'erasure routes',
    ],
    provenBy: [
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'an active ambassador raises one with their name, kept as long as their check-ins',
      },
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'law: after any early end, no named situation outlives its retention after that end',
      },
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'only the ambassadorship the situation was raised during counts',
      },
      {
        file: 'test/bot/http/routes/feedback-privacy.test.ts',
        test: "a withdrawal brings a named open situation's expiry forward too, with the Cosmos ttl",
      },
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'a named one is in the person’s export and goes with their erasure; the group’s stays',
      },
    ],
  },
  {
    id: 'theme-answer-told',
    title: {
      en: 'Ambassadors are told when a theme is answered',
      da: 'Ambassadørerne får besked, når et tema er besvaret',
    },
    statement: {
      en: 'When a leader answers a theme, the bot tells the ambassadors at that moment, within the nudge cap: the ambassador who raised a named situation, or — for a situation of the group or a theme of the anonymous pulse — every active ambassador, so nobody learns who reported it. Open situations are answered once.',
      da: 'Når en leder besvarer et tema, giver botten ambassadørerne besked i samme øjeblik, inden for loftet over påmindelser: den ambassadør, der rejste en navngiven situation, eller — for gruppens situation eller et tema fra den anonyme puls — alle aktive ambassadører, så ingen får at vide, hvem der meldte det. Åbne situationer besvares én gang.',
    },
    enforcedBy: [
      { symbol: 'answerAudience', file: OPEN_SITUATIONS },
      { symbol: 'answerOpenSituation', file: OPEN_SITUATIONS },
      { symbol: 'themeAnswerPlanner', file: 'shared/src/rules/reminders/theme-answer-reminders.ts' },
    ],
    calledFrom: [
      'scheduler (themeAnswered reminder)',
      'POST …/open-situations/:situationId/answer',
      'POST …/decisions',
    ],
    provenBy: [
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'a named situation’s answer goes to the one who raised it',
      },
      {
        file: 'test/shared/open-situations.test.ts',
        test: 'law: a pulse theme’s answer goes to every active ambassador, whoever wrote check-ins about it',
      },
      {
        file: 'test/bot/delivery/theme-answer-card.test.ts',
        test: 'the ambassador who raised a situation gets the answer card',
      },
    ],
  },
  {
    id: 'check-in-offers-agreed-themes',
    title: { en: 'The check-in offers the agreement’s themes', da: 'Check-in tilbyder aftalens temaer' },
    statement: {
      en: 'The check-in form in the tab and the check-in card in the chat offer the themes the ambassador’s agreement says they pass on as choices, each once, and still take a theme of their own.',
      da: 'Check-in-formularen i fanen og check-in-kortet i chatten tilbyder de temaer, ambassadørens aftale siger, de giver videre, som valg, hvert én gang, og tager stadig imod et eget tema.',
    },
    enforcedBy: [
      { symbol: 'agreedCheckInThemes', file: 'shared/src/rules/feedback/check-in-themes.ts' },
      { symbol: 'cardCheckInSituations', file: 'shared/src/rules/feedback/check-in-themes.ts' },
    ],
    calledFrom: [
      'checkInRequest reminder',
      'the bot’s feedback command',
      'bot check-in card action',
      'tab check-in dialog',
    ],
    provenBy: [
      { file: 'test/shared/open-situations.test.ts', test: 'as choices, trimmed and each once' },
      { file: 'test/shared/open-situations.test.ts', test: 'and a free theme beside the picked one' },
    ],
  },
  {
    id: 'agreement-adjusted-within-bounds',
    title: {
      en: 'Each ambassador’s agreement is adjusted within the programme’s bounds',
      da: 'Hver ambassadørs aftale tilpasses inden for programmets grænser',
    },
    statement: {
      en: 'Before proposing, a leader may adjust one ambassador’s hours per month (within the `hoursPerMonth` setting’s own bounds), term (from `termMonthsMin` to `termMonthsMax` months) and tasks (1 to 30); a value outside is refused naming the field, and nothing changes.',
      da: 'Før en leder foreslår aftalen, kan timer om måneden (inden for indstillingen `hoursPerMonth`s egne grænser), periode (fra `termMonthsMin` til `termMonthsMax` måneder) og opgaver (1 til 30) tilpasses for den enkelte ambassadør; en værdi uden for afvises med feltets navn, og intet ændres.',
    },
    setting: 'termMonthsMin',
    figures: ['1', '30'],
    enforcedBy: [
      { symbol: 'checkAgreementAdjustment', file: 'shared/src/rules/agreement-adjustment.ts' },
      { symbol: 'agreementAdjustmentBounds', file: 'shared/src/rules/agreement-adjustment.ts' },
    ],
    calledFrom: ['POST …/ambassadors/:ambId/agreement', 'the tab’s agreement dialog (its hints)'],
    provenBy: [
      {
        file: 'test/bot/http/routes/agreement-adjustment.test.ts',
        test: 'follows the programme settings: a lower shortest term lets a shorter term through',
      },
      {
        file: 'test/shared/agreement-adjustment.property.test.ts',
        test: 'accepts exactly the values within the bounds',
      },
    ],
  },
  {
    id: 'training-completion',
    title: { en: 'When training is complete', da: 'Hvornår træningen er gennemført' },
    statement: {
      en: 'An ambassador’s training is complete when every required item is done: each required session recorded by a leader as attended, each required module ticked by the ambassador. Optional items never block; removed items no longer count. Completion holds once reached: a required item added after an ambassador completed does not re-open their training (those not finished yet must do it too), while a corrected attendance does.',
      da: 'En ambassadørs træning er gennemført, når alle obligatoriske punkter er gjort: hver obligatorisk session registreret af en leder som deltaget, hvert obligatorisk modul markeret af ambassadøren. Valgfrie punkter blokerer aldrig; fjernede punkter tæller ikke længere. Gennemført forbliver gennemført: et obligatorisk punkt, der tilføjes, efter en ambassadør blev færdig, genåbner ikke deres træning (de, der ikke er færdige endnu, skal også gøre det), mens et rettet fremmøde gør.',
    },
    enforcedBy: [
      { symbol: 'trainingCompletion', file: 'shared/src/rules/training-completion.ts' },
      { symbol: 'trainingProgress', file: 'shared/src/rules/training.ts' },
      { symbol: 'nextTrainingItem', file: 'shared/src/rules/training-completion.ts' },
    ],
    calledFrom: [
      'board view (ambassadors’ training progress, myAmbassadorship.training)',
      'step status (describeSteps: training)',
      'guidance (ambassador’s next training item, leaders’ “ambassadors have not finished training”)',
      'management report (steps’ progress)',
      'bot status card (open training)',
    ],
    provenBy: [
      {
        file: 'test/shared/training-completion.property.test.ts',
        test: 'a required item added after completion re-opens nobody; one open from the start re-opens',
      },
      {
        file: 'test/shared/training-completion.property.test.ts',
        test: 'every required item done ⇒ complete; optional items never change the answer',
      },
      {
        file: 'test/shared/training-completion.test.ts',
        test: 'the step status and the management report count training by the same rule',
      },
    ],
  },
  {
    id: 'training-session-attendance',
    title: { en: 'Attendance once a session started', da: 'Fremmøde, når en session er begyndt' },
    statement: {
      en: 'Only leaders record whether an ambassador attended a training session, and only once the session has started (its day and time are entered in the programme’s time zone); a session needs a place, an https link to join online, or both.',
      da: 'Kun ledere registrerer, om en ambassadør deltog i en træningssession, og først når sessionen er begyndt (dag og tidspunkt angives i programmets tidszone); en session skal have et sted, et https-link til online deltagelse eller begge.',
    },
    enforcedBy: [
      { symbol: 'recordSessionAttendance', file: 'shared/src/rules/training-sessions.ts' },
      { symbol: 'hasSessionStarted', file: 'shared/src/rules/session-started.ts' },
      { symbol: 'addTrainingSession', file: 'shared/src/rules/training-sessions.ts' },
    ],
    calledFrom: [
      'PUT …/ambassadors/:ambId/training/sessions/:sessionId/attendance',
      'scheduler: the trainingSession reminder the day before (invited: attendance not recorded)',
      'POST/PATCH …/training/sessions',
      'the tab’s attendance checklist (shown from the start)',
    ],
    provenBy: [
      {
        file: 'test/shared/training-completion.test.ts',
        test: 'records attendance only once the session has started, and only once per answer',
      },
      {
        file: 'test/bot/http/routes/training-course.test.ts',
        test: 'records attendance only after the start',
      },
      {
        file: 'test/bot/http/routes/training-course.test.ts',
        test: 'refuses a session with neither place nor link',
      },
      {
        file: 'test/shared/training-completion.test.ts',
        test: 'announces a session the day before at its local time',
      },
    ],
  },
];
