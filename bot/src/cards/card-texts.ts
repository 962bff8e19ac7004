import type { Locale } from '@ambassadors/shared';

/**
 * Every text the bot's cards show, in Danish (the card's own language) and English. Kept in one
 * table so a translator sees them together and a test can check both languages are complete.
 * `{name}` placeholders are filled by `fill()`; the card templates bind the filled strings.
 */
const TEXTS = {
  appName: { da: 'Ambassadører', en: 'Ambassadors' },
  openBoard: { da: 'Åbn programmet', en: 'Open the programme' },
  gotIt: { da: 'Set', en: 'Got it' },
  send: { da: 'Send', en: 'Send' },

  greetTitle: { da: 'Hej! Jeg er ambassadør-botten', en: 'Hi! I am the ambassadors bot' },
  greetBody: {
    da: 'Jeg hjælper jeres ambassadørprogram med at holde rytmen: jeg minder ambassadører og ledere om møder, aftaler, træning og opslag, og jeg samler jeres feedback undervejs.',
    en: 'I help your ambassador programme keep its rhythm: I remind ambassadors and leaders about meetings, agreements, training and postings, and I gather your feedback along the way.',
  },
  greetCommands: {
    da: 'Skriv "hjælp" for at se, hvad du kan bede mig om.',
    en: 'Type "help" to see what you can ask me.',
  },

  helpTitle: { da: 'Det kan jeg', en: 'What I can do' },
  helpStatus: {
    da: 'status – din rolle, periode, næste møde og åben træning',
    en: 'status – your role, term, next meeting and open training',
  },
  helpFeedback: {
    da: 'feedback – send et check-in til lederne',
    en: 'feedback – send a check-in to the leaders',
  },
  helpApply: {
    da: 'søg – søg det åbne ambassadøropslag',
    en: 'apply – apply for the open ambassador posting',
  },
  helpPause: {
    da: 'pause / genoptag – slå påmindelser fra og til',
    en: 'pause / resume – turn reminders off and on',
  },
  applyAlreadyAmbassador: {
    da: 'Du er allerede ambassadør i programmet – opslaget er til kolleger, der vil være det. Skriv "status" for at se din periode.',
    en: 'You are already an ambassador in the programme – the posting is for colleagues who want to become one. Type "status" to see your term.',
  },
  unknownText: {
    da: 'Det forstod jeg ikke helt. Her er, hvad jeg kan:',
    en: 'I did not quite get that. Here is what I can do:',
  },

  statusTitle: { da: 'Din status', en: 'Your status' },
  statusRole: { da: 'Rolle', en: 'Role' },
  statusTerm: { da: 'Periode', en: 'Term' },
  statusDaysLeft: { da: 'Dage tilbage', en: 'Days left' },
  statusNextMeeting: { da: 'Næste møde', en: 'Next meeting' },
  statusOpenTraining: { da: 'Åben træning', en: 'Open training' },
  statusNone: { da: 'Ingen', en: 'None' },
  statusNoProgramme: {
    da: 'Du er ikke med i et ambassadørprogram endnu.',
    en: 'You are not part of an ambassador programme yet.',
  },
  roleLeader: { da: 'Leder', en: 'Leader' },
  roleAmbassador: { da: 'Ambassadør', en: 'Ambassador' },
  roleEmployee: { da: 'Medarbejder', en: 'Employee' },
  paused: {
    da: 'Påmindelser er sat på pause. Skriv "genoptag" for at få dem igen.',
    en: 'Reminders are paused. Type "resume" to get them again.',
  },
  resumed: { da: 'Påmindelser er slået til igen.', en: 'Reminders are on again.' },

  postingTitle: { da: 'Bliv ambassadør: {title}', en: 'Become an ambassador: {title}' },
  postingBody: {
    da: 'Vi søger ambassadører. Ca. {hours} timer om måneden i {months} måneder. Ansøgningsfrist: {deadline}.',
    en: 'We are looking for ambassadors. About {hours} hours a month for {months} months. Apply by {deadline}.',
  },
  postingMotivation: {
    da: 'Hvorfor vil du gerne være ambassadør?',
    en: 'Why would you like to be an ambassador?',
  },
  postingInvitedBy: { da: 'En hilsen fra {inviter}:', en: 'A note from {inviter}:' },
  apply: { da: 'Søg', en: 'Apply' },
  postingDeadlineTitle: { da: 'Ansøgningsfristen nærmer sig', en: 'The application deadline is near' },
  postingDeadlineBody: {
    da: 'Opslaget "{title}" lukker {deadline}. Der er {applications} ansøgninger indtil nu.',
    en: 'The posting "{title}" closes on {deadline}. There are {applications} applications so far.',
  },

  applicationOutcomeTitle: {
    da: 'Svar på din ansøgning: {title}',
    en: 'About your application: {title}',
  },
  applicationOutcomeSelectedNext: {
    da: 'Næste skridt: Læs og acceptér din aftale på tavlen.',
    en: 'Next: read and accept your agreement on the board.',
  },
  agreementTitle: { da: 'Din ambassadøraftale venter', en: 'Your ambassador agreement is waiting' },
  agreementBody: {
    da: 'Læs aftalen (version {version}) for {person}, og acceptér den, når I er enige.',
    en: 'Read the agreement (version {version}) for {person} and accept it when you agree.',
  },
  accept: { da: 'Acceptér', en: 'Accept' },
  agreementTerms: {
    da: 'Cirka {hours} timer om måneden, fra {start} til {end}.',
    en: 'About {hours} hours a month, from {start} to {end}.',
  },

  trainingTitle: { da: 'Træning: {title}', en: 'Training: {title}' },
  trainingBody: {
    da: 'Markér modulet som gennemført, når du er færdig.',
    en: 'Mark the module as done when you have finished.',
  },
  trainingDone: { da: 'Markér som gennemført', en: 'Mark as done' },
  openResource: { da: 'Åbn materialet', en: 'Open the material' },
  trainingSessionTitle: { da: 'Træningssession i morgen: {title}', en: 'Training session tomorrow: {title}' },
  trainingSessionWhen: { da: 'Starter {when}.', en: 'Starts {when}.' },

  meetingTitle: { da: 'Ambassadørmøde {when}', en: 'Ambassador meeting {when}' },
  meetingAgenda: { da: 'Dagsorden', en: 'Agenda' },
  join: { da: 'Deltag', en: 'Join' },
  agendaProgress: { da: 'Fremdrift', en: 'Progress' },
  agendaChallenges: { da: 'Udfordringer', en: 'Challenges' },
  agendaSuccesses: { da: 'Succeser', en: 'Successes' },
  agendaKeyMessage: { da: 'Nøglebudskab', en: 'Key message' },

  alignmentTitle: {
    da: 'Tid til det månedlige afstemningsmøde',
    en: 'Time for the monthly alignment meeting',
  },
  alignmentBody: {
    da: 'I har flere ambassadører: afstem budskaberne mindst én gang om måneden. Næste møde: {when}.',
    en: 'You have several ambassadors: align the messages at least once a month. Next meeting: {when}.',
  },

  checkInTitle: { da: 'Hvordan går det som ambassadør?', en: 'How is it going as an ambassador?' },
  checkInBody: {
    da: 'Fortæl om temaer og situationer – ikke om navngivne kolleger.',
    en: 'Tell us about themes and situations – not about named colleagues.',
  },
  checkInPrivacy: {
    da: 'Kun programmets ledere ser dine svar, og kun lagt sammen med andre ambassadørers: tal, når mindst {answers} forskellige ambassadører har svaret, fritekst, når mindst {freeText} har – aldrig med dit navn. Svarene slettes {retention} måneder efter, at din periode slutter. Du kan sende ét check-in hver {interval}. dag.',
    en: "Only the programme's leaders see your answers, and only added up with other ambassadors': figures once at least {answers} different ambassadors have answered, free text once at least {freeText} have – never with your name. Your answers are deleted {retention} months after your term ends. You can send one check-in every {interval} days.",
  },
  checkInProgress: { da: 'Fremdrift', en: 'Progress' },
  checkInChallenges: { da: 'Udfordringer', en: 'Challenges' },
  checkInSuccesses: { da: 'Succeser', en: 'Successes' },
  checkInTheme: {
    da: 'Tema for en situation, hvor du skulle tage stilling',
    en: 'Theme of a situation where you had to take a stand',
  },
  checkInAlignment: {
    da: 'Hvor godt passer det aktuelle nøglebudskab med det, du møder? (1–5)',
    en: 'How well does the current key message fit what you meet? (1–5)',
  },
  checkInChangeCourse: { da: 'Skal vi ændre kurs?', en: 'Should we change course?' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  unsure: { da: 'Ved ikke', en: 'Not sure' },
  checkInSuggestion: {
    da: 'Hvis ja: hvad skal vi gøre anderledes?',
    en: 'If yes: what should we do differently?',
  },
  keyMessage: { da: 'Nøglebudskab', en: 'Key message' },

  termEndingTitle: { da: 'Din periode slutter om {days} dage', en: 'Your term ends in {days} days' },
  termEndingBody: {
    da: 'Din periode som ambassadør slutter {end}. Aftal exit-samtale og overdragelse med din leder i god tid.',
    en: 'Your term as an ambassador ends on {end}. Plan the exit debrief and hand-over with your leader in good time.',
  },
  termEndedTitle: { da: 'Tak for indsatsen!', en: 'Thank you for your work!' },
  termEndedBody: {
    da: 'Din periode som ambassadør er slut. Tid til exit-samtalen: hvad lærte vi, og hvad skal overdrages?',
    en: 'Your term as an ambassador has ended. Time for the exit debrief: what did we learn, and what must be handed over?',
  },
  termWithdrawnTitle: { da: 'Din ambassadørrolle er afsluttet', en: 'Your ambassador role has ended' },
  termWithdrawnBody: {
    da: 'Du er stoppet som ambassadør før den planlagte afslutning. Tak for det, du har gjort. Tid til exit-samtalen: hvad lærte vi, og hvad skal overdrages?',
    en: 'You have stepped down as an ambassador before the planned end. Thank you for what you have done. Time for the exit debrief: what did we learn, and what must be handed over?',
  },

  digestTitle: { da: 'Ugens nyt fra ambassadørprogrammet', en: 'This week in the ambassador programme' },
  digestBody: {
    da: '{count} nye check-ins siden sidst. Se temaerne, og beslut hvad I gør.',
    en: '{count} new check-ins since last time. See the themes and decide what you will do.',
  },
  digestTermsHeading: { da: 'Perioder og exit', en: 'Terms and exits' },
  digestNextHeading: { da: 'Det næste', en: 'What now' },
  digestTermEnding: {
    da: 'Perioden for {person} slutter om {days} dage ({end}).',
    en: "{person}'s term ends in {days} days ({end}).",
  },
  digestExitEnded: {
    da: 'Perioden for {person} sluttede {end}: aftal exit-samtalen.',
    en: "{person}'s term ended on {end}: plan the exit debrief.",
  },
  digestExitWithdrawn: {
    da: '{person} stoppede som ambassadør {end}: aftal exit-samtalen.',
    en: '{person} stepped down as an ambassador on {end}: plan the exit debrief.',
  },
  decide: { da: 'Se og beslut', en: 'Review and decide' },
  mergedHeading: { da: 'Også på din liste', en: 'Also on your list' },

  thanksTitle: { da: 'Tak – det er registreret', en: 'Thanks — recorded' },
  thanksAlready: {
    da: 'Det var allerede registreret – intet er gemt to gange.',
    en: 'This was already recorded – nothing was saved twice.',
  },
  recordedAt: { da: 'Registreret', en: 'Recorded' },

  errorTitle: { da: 'Det kunne ikke registreres', en: 'This could not be recorded' },
  errorStale: {
    da: 'Kortet er forældet. Åbn programmet for at se den nyeste udgave, og prøv igen derfra.',
    en: 'This card is out of date. Open the programme to see the latest version and try again from there.',
  },
  errorMalformed: {
    da: 'Kortets data er ugyldige. Intet er gemt. Skriv "hjælp" eller åbn programmet.',
    en: 'The card data is not valid. Nothing was saved. Type "help" or open the programme.',
  },
  errorInProgress: {
    da: 'Handlingen er ved at blive registreret. Vent et øjeblik, og prøv igen.',
    en: 'This is still being recorded. Wait a moment and try again.',
  },
  nothingStored: { da: 'Intet er gemt.', en: 'Nothing was saved.' },
  factWhat: { da: 'Hvad', en: 'What' },
  factApplied: { da: 'Din ansøgning er sendt til lederne.', en: 'Your application was sent to the leaders.' },
  factAgreementAccepted: {
    da: 'Aftalen (version {version}) er accepteret.',
    en: 'The agreement (version {version}) is accepted.',
  },
  factModuleDone: { da: 'Modulet er markeret som gennemført.', en: 'The module is marked as done.' },
  factCheckInSent: {
    da: 'Dit check-in er sendt. Tak for dine svar.',
    en: 'Your check-in was sent. Thank you for your answers.',
  },
  factAcknowledged: { da: 'Påmindelsen er markeret som set.', en: 'The reminder is marked as seen.' },

  personalOnly: {
    da: 'Det svarer jeg kun på i vores personlige chat, så andre her ikke ser det. Skriv til mig dér.',
    en: 'I answer that only in our personal chat, so others here do not see it. Write to me there.',
  },
  openPersonalChat: { da: 'Åbn personlig chat', en: 'Open personal chat' },
  chooseTitle: { da: 'Hvilket program?', en: 'Which programme?' },
  chooseStatus: {
    da: 'Du er med i flere programmer. Vælg det, du vil se din status i.',
    en: 'You are in several programmes. Pick the one to see your status in.',
  },
  chooseFeedback: {
    da: 'Du er ambassadør i flere programmer. Vælg det, du vil sende en check-in i.',
    en: 'You are an ambassador in several programmes. Pick the one to send a check-in in.',
  },
  chooseApply: {
    da: 'Flere programmer søger ambassadører. Vælg det opslag, du vil se.',
    en: 'Several programmes are looking for ambassadors. Pick the posting to see.',
  },
  chooseDue: { da: '{name} – {due}', en: '{name} – {due}' },
  dueAgreement: { da: 'din aftale venter', en: 'your agreement is waiting' },
  dueCheckIn: { da: 'check-in er klar', en: 'check-in due' },
  duePosting: { da: 'opslaget er åbent', en: 'posting open' },
  checkInAgreedTheme: { da: 'Tema fra din aftale', en: 'A theme from your agreement' },
  checkInOtherTheme: { da: 'Eller et andet tema', en: 'Or another theme' },
  themeAnsweredTitle: { da: 'Ledelsen har svaret: {theme}', en: 'The leaders answered: {theme}' },
  themeAnsweredChangeCourse: { da: 'Vi ændrer kurs.', en: 'We change course.' },
  themeAnsweredKeepCourse: { da: 'Vi holder kursen.', en: 'We keep course.' },
  themeAnsweredExplain: { da: 'Vi forklarer.', en: 'We explain.' },
  themeAnsweredNamed: {
    da: 'Svar på den situation, du rejste med dit navn.',
    en: 'The answer to the situation you raised with your name.',
  },
  themeAnsweredGroup: {
    da: 'Svar på den situation, ambassadørgruppen rejste.',
    en: 'The answer to the situation the ambassador group raised.',
  },
  themeAnsweredPulse: {
    da: 'Svar på et tema fra ambassadørernes anonyme statusser.',
    en: 'The answer to a theme from the ambassadors’ anonymous check-ins.',
  },
} as const;

export type TextKey = keyof typeof TEXTS;

export function text(key: TextKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return fill(TEXTS[key][locale], params);
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function allTextKeys(): TextKey[] {
  return Object.keys(TEXTS) as TextKey[];
}

/** All texts of one language, for binding into a card template as `t`. */
export function textBundle(
  locale: Locale,
  params: Record<string, string | number> = {},
): Readonly<Record<TextKey, string>> {
  const plain = Object.keys(params).length === 0;
  const cached = plain ? PLAIN_BUNDLES.get(locale) : undefined;
  if (cached) return cached;
  const bundle = Object.freeze(
    Object.fromEntries(allTextKeys().map((key) => [key, text(key, locale, params)])) as Record<
      TextKey,
      string
    >,
  );
  if (plain) PLAIN_BUNDLES.set(locale, bundle);
  return bundle;
}

/**
 * The bundle without parameters, one per language, built once: every card carries it, and
 * building it formats every text of the catalogue. Frozen, so no card can change another's.
 */
const PLAIN_BUNDLES = new Map<Locale, Readonly<Record<TextKey, string>>>();
