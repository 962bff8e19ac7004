import type { Locale, LocalizedText } from '../i18n/locale';

/**
 * The one catalogue of error codes. Every failure a user or an API client can meet has a code
 * here with an HTTP status and a message in Danish and English; code elsewhere throws
 * `DomainError` with one of these codes instead of inventing its own message.
 * `{name}` placeholders are filled from the error's params.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: {
    status: 400,
    da: 'Oplysningerne er ikke gyldige: {details}',
    en: 'The data is not valid: {details}',
  },
  NOT_FOUND: {
    status: 404,
    da: 'Vi kunne ikke finde det, du leder efter. Det kan være slettet, eller du har ikke adgang.',
    en: 'We could not find what you are looking for. It may have been deleted, or you do not have access.',
  },
  CONFLICT: {
    status: 409,
    da: 'En anden har ændret dette imens. Dine ændringer er ikke gemt – hent den nyeste udgave og prøv igen.',
    en: 'Someone else changed this in the meantime. Your changes were not saved – load the latest version and try again.',
  },
  IF_MATCH_REQUIRED: {
    status: 428,
    da: 'Ændringen mangler versionen, den bygger på (If-Match). Hent den nyeste udgave og prøv igen.',
    en: 'The change does not say which version it builds on (If-Match). Load the latest version and try again.',
  },
  ALREADY_EXISTS: {
    status: 409,
    da: 'Det findes allerede.',
    en: 'It already exists.',
  },
  FORBIDDEN: {
    status: 403,
    da: 'Din rolle i programmet giver ikke adgang til dette.',
    en: 'Your role in the programme does not allow this.',
  },
  UNAUTHENTICATED: {
    status: 401,
    da: 'Du er ikke logget ind. Åbn appen i Teams igen.',
    en: 'You are not signed in. Open the app in Teams again.',
  },
  TOKEN_INVALID: {
    status: 401,
    da: 'Adgangsbilletten kunne ikke godkendes ({reason}). Åbn appen i Teams igen.',
    en: 'The access token could not be verified ({reason}). Open the app in Teams again.',
  },
  TENANT_NOT_ALLOWED: {
    status: 401,
    da: 'Din organisation har ikke adgang til denne installation. Kontakt jeres Teams-administrator.',
    en: 'Your organisation does not have access to this installation. Contact your Teams admin.',
  },
  AUTH_KEYS_UNAVAILABLE: {
    status: 503,
    da: 'Vi kan ikke hente Microsofts nøgler til at godkende din adgang lige nu. Prøv igen om lidt.',
    en: "We cannot fetch Microsoft's keys to verify your access right now. Try again in a moment.",
  },
  TERM_TOO_LONG: {
    status: 400,
    da: 'Perioden er for lang: højst {maxMonths} måneder. Kortet siger: begræns perioden.',
    en: 'The term is too long: at most {maxMonths} months. The card says: limit the period.',
  },
  TERM_INVALID: {
    status: 400,
    da: 'Perioden skal have en slutdato efter startdatoen.',
    en: 'The term must end after it starts.',
  },
  TERM_STARTS_IN_PAST: {
    status: 400,
    da: 'Perioden kan ikke begynde før i dag ({today}); den begynder {start}. Vælg en startdato fra i dag.',
    en: 'The term cannot start before today ({today}); it starts on {start}. Choose a start date from today.',
  },
  TERM_ENDS_IN_PAST: {
    status: 400,
    da: 'Perioden kan ikke slutte før i dag ({today}); den slutter {end}.',
    en: 'The term cannot end before today ({today}); it ends on {end}.',
  },
  TERM_STARTS_BEFORE_ACCEPTANCE: {
    status: 409,
    da: 'Aftalen kan ikke accepteres: perioden i version {version} begynder {start}, før aftalen er accepteret. En leder skal foreslå en ny version med en senere startdato.',
    en: 'The agreement cannot be accepted: the term in version {version} starts on {start}, before the agreement is accepted. A leader must propose a new version with a later start date.',
  },
  TERM_CONSECUTIVE_TOO_LONG: {
    status: 400,
    da: 'Perioder i træk må tilsammen højst vare {maxMonths} måneder (en pause under {gapMonths} måneder tæller med). Personens periode begyndte {since}, så perioden skal slutte senest {latestEnd} – eller begynde efter en pause på {gapMonths} måneder, tidligst {freshStart}.',
    en: 'Consecutive terms may last at most {maxMonths} months together (a break shorter than {gapMonths} months counts). The period of this person began on {since}, so the term must end by {latestEnd} – or start after a break of {gapMonths} months, on {freshStart} at the earliest.',
  },
  POSTING_TERM_OUT_OF_RANGE: {
    status: 400,
    da: 'Opslagets periode skal være mellem {minMonths} og {maxMonths} måneder.',
    en: 'The term in the posting must be between {minMonths} and {maxMonths} months.',
  },
  INVALID_TRANSITION: {
    status: 409,
    da: 'En ambassadør kan ikke gå fra "{from}" til "{to}".',
    en: 'An ambassador cannot go from "{from}" to "{to}".',
  },
  AGREEMENT_VERSION_STALE: {
    status: 409,
    da: 'Aftalen er ændret siden du åbnede den (version {expected}, nu {current}). Læs den nye udgave, før du accepterer.',
    en: 'The agreement has changed since you opened it (version {expected}, now {current}). Read the new version before accepting.',
  },
  AGREEMENT_MISSING: {
    status: 409,
    da: 'Der er endnu ingen aftale at acceptere.',
    en: 'There is no agreement to accept yet.',
  },
  POSTING_CLOSED: {
    status: 409,
    da: 'Ambassadøropslaget er lukket for ansøgninger.',
    en: 'The ambassador posting is closed for applications.',
  },
  ALREADY_APPLIED: {
    status: 409,
    da: 'Du har allerede søgt ambassadørrollen.',
    en: 'You have already applied for the ambassador role.',
  },
  CHECK_IN_NOT_ALLOWED: {
    status: 403,
    da: 'Kun aktive ambassadører kan sende et check-in.',
    en: 'Only active ambassadors can send a check-in.',
  },
  CHECK_IN_TOO_SOON: {
    status: 409,
    da: 'Du har allerede sendt en status i denne periode (én pr. {days} dage). Du kan sende den næste fra {date}. Den første er gemt uændret.',
    en: 'You have already sent a check-in in this period (one per {days} days). You can send the next one from {date}. The first one is kept unchanged.',
  },
  AMBASSADORSHIP_CLOSED: {
    status: 409,
    da: 'Ambassadørforløbet er afsluttet ("{state}") og kan ikke længere ændres.',
    en: 'This ambassadorship has finished ("{state}") and can no longer be changed.',
  },
  PROGRAMME_CLOSED: {
    status: 409,
    da: 'Programmet blev lukket {closedOn} og kan nu kun læses. Intet er ændret.',
    en: 'This programme was closed on {closedOn} and is now read-only. Nothing was changed.',
  },
  PROGRAMME_NOT_CLOSED: {
    status: 409,
    da: 'Programmet er ikke lukket, så det kan ikke genåbnes.',
    en: 'This programme is not closed, so it cannot be reopened.',
  },
  PROGRAMME_REOPEN_EXPIRED: {
    status: 409,
    da: 'Et lukket program kan kun genåbnes i {days} dage. Fristen for dette program var {deadline}; opret et nyt program i stedet.',
    en: 'A closed programme can only be reopened within {days} days. The deadline for this one was {deadline}; create a new programme instead.',
  },
  ALREADY_AMBASSADOR: {
    status: 409,
    da: 'Personen er allerede ambassadør eller kandidat i programmet.',
    en: 'This person is already an ambassador or candidate in the programme.',
  },
  APPLICATION_WITHDRAWN: {
    status: 409,
    da: 'Ansøgningen er trukket tilbage af ansøgeren.',
    en: 'The applicant has withdrawn this application.',
  },
  APPLICATION_ALREADY_DECIDED: {
    status: 409,
    da: 'Der er allerede truffet en beslutning om denne ansøgning.',
    en: 'A decision has already been made on this application.',
  },
  TRAINING_MODULE_UNKNOWN: {
    status: 400,
    da: 'Uddannelsesmodulet findes ikke i programmet.',
    en: 'The training module does not exist in the programme.',
  },
  STORE_UNAVAILABLE: {
    status: 503,
    da: 'Databasen svarer ikke lige nu. Prøv igen om lidt.',
    en: 'The database is not answering right now. Try again in a moment.',
  },
  STORED_DOCUMENT_INVALID: {
    status: 500,
    da: 'Gemte data kunne ikke læses ({type} {id}). Kontakt jeres administrator.',
    en: 'Stored data could not be read ({type} {id}). Contact your admin.',
  },
  STORE_SNAPSHOT_INVALID: {
    status: 500,
    da: 'Den lokale databasefil kan ikke læses ({path}). Ret eller flyt filen, og start igen.',
    en: 'The local database file cannot be read ({path}). Fix or move the file and start again.',
  },
  STORE_IN_USE: {
    status: 503,
    da: 'Den lokale database i {path} er i brug af en anden proces (pid {pid}). Stop den først.',
    en: 'The local database in {path} is in use by another process (pid {pid}). Stop it first.',
  },
  BOT_NOT_CONFIGURED: {
    status: 503,
    da: 'Botten er ikke sat op på denne installation endnu.',
    en: 'The bot is not set up on this installation yet.',
  },
  BOT_TENANT_MISMATCH: {
    status: 400,
    da: 'Aktiviteten nævner to forskellige organisationer og er afvist. Intet er ændret.',
    en: 'The activity names two different organisations and was refused. Nothing was changed.',
  },
  RATE_LIMITED: {
    status: 429,
    da: 'For mange forespørgsler. Prøv igen om {seconds} sekunder.',
    en: 'Too many requests. Try again in {seconds} seconds.',
  },
  PROGRAMME_QUOTA_EXCEEDED: {
    status: 429,
    da: 'Du har oprettet {limit} programmer det seneste døgn, og det er grænsen. Prøv igen om {hours} timer.',
    en: 'You have created {limit} programmes in the last day, which is the limit. Try again in {hours} hours.',
  },
  CHECK_IN_QUOTA_EXCEEDED: {
    status: 429,
    da: 'Du har sendt {limit} check-ins det seneste døgn, og det er grænsen. Prøv igen om {hours} timer.',
    en: 'You have sent {limit} check-ins in the last day, which is the limit. Try again in {hours} hours.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    da: 'Det sendte er for stort: højst {limit} bytes.',
    en: 'What was sent is too large: at most {limit} bytes.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    da: 'Indholdet skal sendes som JSON (Content-Type: application/json).',
    en: 'The content must be sent as JSON (Content-Type: application/json).',
  },
  MISDIRECTED_REQUEST: {
    status: 421,
    da: 'Forespørgslen er sendt til en adresse, denne app ikke svarer på. Åbn appen via {expected}.',
    en: 'The request was sent to an address this app does not answer on. Open the app at {expected}.',
  },
  ORIGIN_NOT_ALLOWED: {
    status: 403,
    da: 'Forespørgsler fra en anden hjemmeside end appen selv afvises.',
    en: 'Requests from a web page other than the app itself are refused.',
  },
  REQUEST_TIMEOUT: {
    status: 408,
    da: 'Det sendte nåede ikke frem i tide. Prøv igen.',
    en: 'What was sent did not arrive in time. Try again.',
  },
  TENANT_ADMIN_REQUIRED: {
    status: 403,
    da: 'Kun en Teams- eller global administrator i jeres organisation kan gøre dette.',
    en: 'Only a Teams or Global Administrator of your organisation can do this.',
  },
  ERASE_SELF: {
    status: 409,
    da: 'Du kan ikke slette dine egne oplysninger herfra. Bed en anden programejer eller jeres Teams-administrator om det.',
    en: 'You cannot erase your own data from here. Ask another programme owner or your Teams admin.',
  },
  SETTING_OUT_OF_RANGE: {
    status: 400,
    da: '"{label}" skal være mellem {min} og {max}.',
    en: '"{label}" must be between {min} and {max}.',
  },
  SETTING_INVALID: {
    status: 400,
    da: '"{label}" er ikke gyldig. {hint}',
    en: '"{label}" is not valid. {hint}',
  },
  SETTING_TERM_ORDER: {
    status: 400,
    da: '"{label}" passer ikke: korteste periode ({min}) ≤ standardperiode ({default}) ≤ længste periode ({max}) måneder.',
    en: '"{label}" does not fit: shortest term ({min}) ≤ default term ({default}) ≤ longest term ({max}) months.',
  },
  PROGRAMME_DATES_INVALID: {
    status: 400,
    da: '"{label}" skal ligge efter startdatoen ({start}).',
    en: '"{label}" must be after the start date ({start}).',
  },
  LAST_OWNER: {
    status: 409,
    da: 'Programmet skal have mindst én ejer, så den sidste ejer kan ikke fjernes. Tilføj en anden ejer først.',
    en: 'A programme needs at least one owner, so the last owner cannot be removed. Add another owner first.',
  },
  OWNER_ALREADY_ADDED: {
    status: 409,
    da: '{name} leder allerede programmet.',
    en: '{name} already leads the programme.',
  },
  OWNERS_LIMIT: {
    status: 400,
    da: 'Et program kan højst have {max} ejere.',
    en: 'A programme can have at most {max} owners.',
  },
  PROGRAMME_CREATION_NOT_ALLOWED: {
    status: 403,
    da: 'I jeres organisation må kun {who} oprette programmer. Bed en Teams-administrator om at oprette det eller give dig lov.',
    en: 'In your organisation only {who} may create programmes. Ask a Teams admin to create it or to give you permission.',
  },
  DIRECTORY_CONSENT_MISSING: {
    status: 403,
    da: 'Søgning efter kolleger i organisationens adressebog er ikke godkendt endnu. Bed en Teams- eller global administrator om at give administratorsamtykke til appen (Microsoft Graph, User.ReadBasic.All) – se administratorvejledningen. Indtil da kan du tilføje personer med navn og bruger-id.',
    en: "Searching your organisation's directory for colleagues has not been approved yet. Ask a Teams or Global administrator to grant the app admin consent (Microsoft Graph, User.ReadBasic.All) – see the admin guide. Until then you can add people by name and user id.",
  },
  DIRECTORY_BUSY: {
    status: 503,
    da: 'Organisationens adressebog har travlt lige nu. Prøv at søge igen om {seconds} sekunder.',
    en: "Your organisation's directory is busy right now. Try the search again in {seconds} seconds.",
  },
  DIRECTORY_UNAVAILABLE: {
    status: 503,
    da: 'Vi kan ikke søge i organisationens adressebog lige nu. Prøv igen om lidt, eller tilføj personen med navn og bruger-id.',
    en: "We cannot search your organisation's directory right now. Try again in a moment, or add the person by name and user id.",
  },
  DIRECTORY_NOT_CONFIGURED: {
    status: 503,
    da: 'Søgning i organisationens adressebog er ikke sat op på denne installation. Tilføj personen med navn og bruger-id.',
    en: "Searching your organisation's directory is not set up on this installation. Add the person by name and user id.",
  },
  MEETING_NOT_STARTED: {
    status: 409,
    da: 'Mødet er ikke begyndt endnu – det begynder {start}. Du kan markere det som holdt, registrere fremmøde og offentliggøre dets nøglebudskab, når det er begyndt.',
    en: 'The meeting has not started yet – it starts {start}. You can mark it held, record who attended and publish its key message once it has started.',
  },
  MEETING_CANCELLED: {
    status: 409,
    da: 'Mødet er aflyst, så det kan ikke flyttes, markeres som holdt eller få registreret fremmøde.',
    en: 'The meeting is cancelled, so it cannot be moved, marked held or have attendance recorded.',
  },
  MEETING_ALREADY_HELD: {
    status: 409,
    da: 'Mødet er holdt og står i programmets historik med noter og fremmøde. Et holdt møde kan ikke flyttes, aflyses eller slettes.',
    en: 'The meeting was held and stays on the programme’s record with its notes and attendance. A held meeting cannot be moved, cancelled or deleted.',
  },
  MEETING_PERSON_NOT_IN_PROGRAMME: {
    status: 400,
    da: '{name} hører ikke til programmet. Fremmøde og opgaver kan kun registreres for programmets ledere og ambassadører.',
    en: '{name} is not part of the programme. Attendance and action items can only be recorded for the programme’s leaders and ambassadors.',
  },
  MEETING_NOT_ALIGNMENT: {
    status: 409,
    da: 'Kun et afstemningsmøde kan offentliggøre et nøglebudskab – det er her, ambassadørerne ensretter budskaberne.',
    en: 'Only an alignment meeting can publish a key message – that is where the ambassadors align the messages.',
  },
  MEETING_NO_KEY_MESSAGE: {
    status: 400,
    da: 'Mødets noter har intet nøglebudskab. Skriv det aftalte nøglebudskab under "Nøglebudskab" først.',
    en: 'The meeting’s notes have no key message. Write the agreed message under "Key message" first.',
  },
  MEETING_RHYTHM_MISSING: {
    status: 409,
    da: 'Programmet har ingen mødefrekvens endnu. Vælg en frekvens under trin 5, før møderne oprettes.',
    en: 'The programme has no meeting rhythm yet. Choose one in step 5 before the meetings are created.',
  },
  WORKSHOP_NOT_PREPARED: {
    status: 409,
    da: 'Programmet har ingen ledelsesworkshop endnu. Forbered workshoppen først.',
    en: 'The programme has no management workshop yet. Prepare the workshop first.',
  },
  WORKSHOP_FINISHED: {
    status: 409,
    da: 'Workshoppen er afsluttet og kan ikke ændres. Start en ny workshop for at arbejde videre.',
    en: 'The workshop has finished and cannot be changed. Start a new workshop to carry on.',
  },
  TOO_MANY_STREAMS: {
    status: 429,
    da: 'Der er allerede {limit} åbne live-opdateringer af tavlen. Luk en fane med tavlen, eller genindlæs siden.',
    en: 'There are already {limit} open live updates of the board. Close a tab with the board, or reload the page.',
  },
  SERVER_SHUTTING_DOWN: {
    status: 503,
    da: 'Serveren genstarter. Prøv igen om et øjeblik.',
    en: 'The server is restarting. Try again in a moment.',
  },
  ALIGNMENT_SCORE_NOT_AMBASSADOR: {
    status: 403,
    da: 'Kun programmets aktive ambassadører giver en afstemningsscore – ikke ledere, tidligere ambassadører eller andre medarbejdere.',
    en: 'Only the programme’s active ambassadors give an alignment score – not leaders, former ambassadors or other employees.',
  },
  ALIGNMENT_NO_DRAFT: {
    status: 400,
    da: 'Feltet "Udkast til næste nøglebudskab" er tomt. Skriv det aftalte budskab i udkastet, før det offentliggøres.',
    en: 'The field "Draft of the next key message" is empty. Write the agreed message in the draft before publishing it.',
  },
  INTERNAL: {
    status: 500,
    da: 'Noget gik galt hos os. Prøv igen, og kontakt jeres administrator, hvis det bliver ved.',
    en: 'Something went wrong on our side. Try again, and contact your admin if it persists.',
  },
  MEETING_ALREADY_BOUND: {
    status: 409,
    da: 'Dette Teams-møde hører allerede til programmets møde {start}. Åbn sidepanelet igen for at fortsætte i det.',
    en: 'This Teams meeting already belongs to the programme’s meeting of {start}. Open the side panel again to carry on in it.',
  },
  MEETING_PRESENCE_ONLY_SELF: {
    status: 403,
    da: 'Du kan kun melde dig selv til stede. En leder kan krydse andre af.',
    en: 'You can only mark yourself present. A leader can tick other people.',
  },
  MEETING_BUSY: {
    status: 503,
    da: 'Mange skrev i mødet på samme tid, og din ændring kom ikke med. Prøv igen – intet er gået tabt.',
    en: 'Many people wrote in the meeting at the same time and your change did not get in. Try again – nothing was lost.',
  },
  UNDO_NOTHING: {
    status: 409,
    da: 'Der er ikke noget at fortryde her.',
    en: 'There is nothing to undo here.',
  },
  UNDO_NOT_YOURS: {
    status: 403,
    da: 'Kun den, der gjorde det, kan fortryde det.',
    en: 'Only the person who did it can undo it.',
  },
  UNDO_WINDOW_PASSED: {
    status: 409,
    da: 'Det kan ikke længere fortrydes: man kan fortryde i {minutes} minutter efter handlingen. Intet er ændret.',
    en: 'This can no longer be undone: undo is possible for {minutes} minutes after the act. Nothing was changed.',
  },
  UNDO_OVERTAKEN: {
    status: 409,
    da: 'Det kan ikke længere fortrydes, fordi der er sket mere siden (fx er en aftale foreslået, eller en anden har ændret det). Intet er ændret.',
    en: 'This can no longer be undone because more has happened since (for example an agreement was proposed, or someone else changed it). Nothing was changed.',
  },
  OPEN_SITUATION_NOT_ALLOWED: {
    status: 403,
    da: 'Kun aktive ambassadører kan rejse en situation åbent.',
    en: 'Only active ambassadors can raise a situation openly.',
  },
  OPEN_SITUATION_NEEDS_AGREEMENT: {
    status: 409,
    da: 'En situation kan kun rejses på vegne af ambassadørgruppen, når gruppen på et afstemningsmøde har aftalt at rejse temaet "{theme}". Vælg mødet, hvor I aftalte det, eller rejs den med dit navn.',
    en: 'A situation can be raised on behalf of the ambassador group only once the group agreed at an alignment meeting to raise the theme "{theme}". Choose the meeting where you agreed it, or raise it with your name.',
  },
  OPEN_SITUATION_ANSWERED: {
    status: 409,
    da: 'Situationen er allerede besvaret. Svaret står under "I sagde, vi gjorde".',
    en: 'The situation is already answered. The answer is under "You said, we did".',
  },
  GROUP_AGREEMENT_NOT_ALLOWED: {
    status: 409,
    da: 'Gruppens aftale kan kun noteres på et afstemningsmøde, der er begyndt og ikke aflyst.',
    en: 'The group’s agreement can only be recorded on an alignment meeting that has started and is not cancelled.',
  },
  AGREEMENT_ADJUSTMENT_OUT_OF_RANGE: {
    status: 400,
    da: '"{label}" skal være mellem {min} og {max} – det er programmets grænser for en aftale.',
    en: '"{label}" must be between {min} and {max} – those are the programme\'s bounds for an agreement.',
  },
  TRAINING_SESSION_UNKNOWN: {
    status: 404,
    da: 'Træningssessionen findes ikke i programmet.',
    en: 'The training session does not exist in the programme.',
  },
  TRAINING_SESSION_NOT_STARTED: {
    status: 409,
    da: 'Sessionen er ikke begyndt endnu – den begynder {start}. Du kan registrere fremmøde, når den er begyndt.',
    en: 'The session has not started yet – it starts {start}. You can record who attended once it has started.',
  },
  TRAINING_SESSION_WHERE_MISSING: {
    status: 400,
    da: 'Skriv hvor sessionen foregår: udfyld "Sted" eller "Link til online deltagelse" (eller begge).',
    en: 'Say where the session takes place: fill in "Place" or "Link to join online" (or both).',
  },
} as const satisfies Record<string, LocalizedText & { status: number }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
/**
 * Values filled into a message. A `LocalizedText` value is rendered in the message's language, so
 * a message can name a field ("Korteste periode" / "Shortest term") in the caller's words.
 */
export type ErrorParams = Record<string, string | number | LocalizedText>;

function paramText(value: string | number | LocalizedText, locale: Locale): string {
  return typeof value === 'object' ? value[locale] : String(value);
}

export function errorMessage(code: ErrorCode, locale: Locale, params: ErrorParams = {}): string {
  const template = ERROR_CATALOGUE[code][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? paramText(params[name]!, locale) : whole,
  );
}

export function errorStatus(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}
