import type { LocalizedText } from '../i18n/locale';
import { DEFAULT_SETTINGS } from '../model/settings';

/**
 * The privacy page's content, once for every place that shows it: the tab's privacy view, the
 * public `/privacy` page the app manifest's `privacyUrl` points at, and the works-council pages
 * that link to it. One entry per kind of record the app stores: what, why, for how long, who
 * sees it. Retention figures come from the settings and constants that enforce them.
 */
export interface PrivacyDataType {
  key: string;
  title: LocalizedText;
  stored: LocalizedText;
  why: LocalizedText;
  retention: LocalizedText;
  whoSees: LocalizedText;
}

/** How long the bot keeps delivery records (outbox, card actions) after they stopped mattering. */
export const DELIVERY_RECORD_RETENTION_DAYS = 180;

const checkInMonths = DEFAULT_SETTINGS.retentionMonthsAfterTerm;
const days = DELIVERY_RECORD_RETENTION_DAYS;

const untilDeleted: LocalizedText = {
  da: 'Så længe programmet findes; slettes med programmet eller når personen slettes.',
  en: 'As long as the programme exists; deleted with the programme or when the person is erased.',
};

export const PRIVACY_DATA_TYPES: readonly PrivacyDataType[] = [
  {
    key: 'programme',
    title: { da: 'Programmet og dets ejere', en: 'The programme and its owners' },
    stored: {
      da: 'Navn og Entra-id på programmets ejere; planen (opgaver, opslag, aftaleskabelon, træning, møderytme), nøglebudskaber og ledelsens svar med hvem der skrev dem og hvornår.',
      en: "The owners' names and Entra ids; the plan (tasks, posting, agreement template, training, meeting rhythm), key messages and the management team's answers with who wrote them and when.",
    },
    why: {
      da: 'For at køre programmet efter kortets fem trin og vise, hvem der har ansvaret.',
      en: 'To run the programme along the card’s five steps and show who is responsible.',
    },
    retention: untilDeleted,
    whoSees: {
      da: 'Alle i programmet ser programmet og ejerne; ledelsens svar ser kun ejerne.',
      en: "Everybody in the programme sees the programme and its owners; only owners see the management team's answers.",
    },
  },
  {
    key: 'invitation',
    title: { da: 'Opfordringer til at søge', en: 'Invitations to apply' },
    stored: {
      da: 'Hvem der blev opfordret (navn, id og, når personen blev fundet i adressebogen, brugernavnet til mødeinvitationer), en kort note, hvem der opfordrede og hvornår. Selve søgningen i adressebogen gemmes ikke.',
      en: 'Who was invited (name, id and, for people found in the directory, the sign-in name meeting invitations go to), a short note, who invited them and when. Directory searches themselves are not stored.',
    },
    why: {
      da: 'Kortets trin 2: opfordre udvalgte medarbejdere.',
      en: 'The card’s step 2: encourage chosen employees.',
    },
    retention: untilDeleted,
    whoSees: { da: 'Programmets ejere og den opfordrede.', en: 'The programme’s owners and the invitee.' },
  },
  {
    key: 'application',
    title: { da: 'Ansøgninger', en: 'Applications' },
    stored: {
      da: 'Ansøgerens navn og id, motivation, tidspunkt og ejernes beslutning: ledernes interne notat om ansøgningen og beskeden til ansøgeren. Ansøgeren ser kun beskeden på tavlen og i bottens kort; deres dataudtræk indeholder også notatet, som et internt notat fra lederne om ansøgningen (det er personoplysninger om dem, GDPR art. 15).',
      en: "The applicant's name and id, motivation, time and the owners' decision: the leaders' internal note about the application and the message for the applicant. The applicant sees only the message on the board and in the bot's cards; their data export also holds the note, as an internal note by the leaders about their application (it is personal data about them, GDPR art. 15).",
    },
    why: {
      da: 'For at vælge ambassadører og kunne forklare hvorfor.',
      en: 'To choose ambassadors and be able to explain why.',
    },
    retention: untilDeleted,
    whoSees: { da: 'Programmets ejere og ansøgeren selv.', en: 'The programme’s owners and the applicant.' },
  },
  {
    key: 'ambassadorship',
    title: { da: 'Ambassadørskaber', en: 'Ambassadorships' },
    stored: {
      da: 'Ambassadørens navn og id, begrundelsen for valget, periode, aftalens versioner og accepter, gennemført træning, exit (debriefing, tak, overdragelsesnoter) og en eventuel tilbagetrækning med begrundelse.',
      en: "The ambassador's name and id, why they were chosen, their term, the agreement's versions and acceptances, completed training, the exit (debrief, thanks, hand-over notes) and any withdrawal with its reason.",
    },
    why: {
      da: 'Kortets trin 3–4: afstemme forventninger, klæde ambassadøren på og begrænse perioden.',
      en: "The card's steps 3–4: align expectations, prepare the ambassador and limit the period.",
    },
    retention: untilDeleted,
    whoSees: {
      da: 'Programmets ejere og ambassadøren selv; andre ser kun, hvem der er ambassadør.',
      en: 'The programme’s owners and the ambassador; others see only who the ambassadors are.',
    },
  },
  {
    key: 'meeting',
    title: { da: 'Møder', en: 'Meetings' },
    stored: {
      da: 'Tidspunkt, inviterede og fremmødte (navn, id og eventuelt brugernavn til invitationen), dagsordenens noter og de noter, der skrives under mødet (med hvem der skrev og hvornår), opgaver med ansvarlig og frist, hvilket Teams-møde referatet hører til, og nøglebudskabets version.',
      en: "Time, invitees and who attended (name, id and, where known, the sign-in name the invitation goes to), the agenda's notes and the notes written during the meeting (with who wrote them and when), action items with their owner and due date, which Teams meeting the record belongs to, and the key message's version.",
    },
    why: {
      da: 'Kortets trin 5 og "afstem budskaberne hver måned".',
      en: 'The card’s step 5 and "align the messages monthly".',
    },
    retention: untilDeleted,
    whoSees: { da: 'Programmets ejere og ambassadører.', en: 'The programme’s owners and ambassadors.' },
  },
  {
    key: 'checkIn',
    title: { da: 'Statusser fra ambassadører', en: 'Ambassadors’ check-ins' },
    stored: {
      da: 'Svar om situationer og temaer (aldrig navngivne kolleger) under en pseudonym forfatternøgle, som kun serveren kan beregne.',
      en: 'Answers about situations and themes (never named colleagues) under a pseudonymous author key only the server can compute.',
    },
    why: {
      da: 'Kortets "få feedback undervejs", så ledelsen kan justere kursen.',
      en: 'The card’s "get feedback along the way", so leaders can adjust course.',
    },
    retention: {
      da: `Fritekst slettes automatisk ${checkInMonths} måneder efter ambassadørens periode (indstilling); kan ikke redigeres, så fristen aldrig forlænges.`,
      en: `Free text is deleted automatically ${checkInMonths} months after the ambassador's term (a setting); it cannot be edited, so the deadline never moves.`,
    },
    whoSees: {
      da: 'Ejerne ser kun samlede tal og temaer, og først når nok har svaret; ingen ser svar pr. person. Ambassadøren ser sine egne i sin eksport.',
      en: 'Owners see only totals and themes, and only once enough people answered; nobody sees answers per person. The ambassador sees their own in their export.',
    },
  },
  {
    key: 'decision',
    title: { da: 'Beslutninger ("I sagde, vi gjorde")', en: 'Decisions ("you said, we did")' },
    stored: {
      da: 'Ledelsens svar på et tema, med hvem der besluttede og hvornår.',
      en: "The leaders' answer to a theme, with who decided and when.",
    },
    why: { da: 'For at vise, at feedback bliver brugt.', en: 'To show that feedback is acted on.' },
    retention: untilDeleted,
    whoSees: { da: 'Alle i programmet.', en: 'Everybody in the programme.' },
  },
  {
    key: 'openSituation',
    title: { da: 'Situationer rejst åbent', en: 'Situations raised openly' },
    stored: {
      da: 'En situation og dens tema (aldrig navngivne kolleger), rejst af en ambassadør med navn eller på vegne af ambassadørgruppen efter gruppens aftale på et afstemningsmøde (så gemmes intet navn).',
      en: 'A situation and its theme (never named colleagues), raised by an ambassador with their name or on behalf of the ambassador group after the group agreed at an alignment meeting (then no name is stored).',
    },
    why: {
      da: 'Så feedback når ledelsen, også når gruppen er for lille til de anonyme tal, og ledelsen kan svare ("I sagde, vi gjorde").',
      en: 'So feedback reaches the leaders even when the group is too small for the anonymous figures, and the leaders can answer ("you said, we did").',
    },
    retention: {
      da: `Slettes automatisk ${checkInMonths} måneder efter den rejsende ambassadørs periode (samme indstilling som check-ins); kan ikke redigeres, så fristen aldrig forlænges. En navngiven situation slettes, når personen slettes.`,
      en: `Deleted automatically ${checkInMonths} months after the raising ambassador's term (the same setting as check-ins); it cannot be edited, so the deadline never moves. A named situation is deleted when the person is erased.`,
    },
    whoSees: {
      da: 'Programmets ejere, med hvem der rejste den (eller "ambassadørgruppen"); den rejsende ambassadør og, for gruppens, alle ambassadører. Den tæller aldrig med i de anonyme tal. Navngivne er med i personens eksport.',
      en: 'The programme’s owners, with who raised it (or "the ambassador group"); the raising ambassador and, for the group’s, every ambassador. It never counts in the anonymous figures. Named ones are in the person’s export.',
    },
  },
  {
    key: 'conversation',
    title: { da: 'Botsamtaler', en: 'Bot conversations' },
    stored: {
      da: 'Teams’ reference til din personlige chat med botten (og til teams/chats, du har installeret den i).',
      en: "Teams' reference to your personal chat with the bot (and to teams or chats you installed it in).",
    },
    why: { da: 'For at kunne sende dig påmindelser.', en: 'To be able to send you reminders.' },
    retention: {
      da: 'Til botten afinstalleres, eller du slettes.',
      en: 'Until the bot is uninstalled or you are erased.',
    },
    whoSees: { da: 'Kun appen selv; ingen person.', en: 'Only the app itself; no person.' },
  },
  {
    key: 'preference',
    title: { da: 'Dine indstillinger i botten', en: 'Your bot preferences' },
    stored: {
      da: 'Om du har sat påmindelser på pause, og dit sprog.',
      en: 'Whether you paused reminders, and your language.',
    },
    why: { da: 'For at respektere dit valg.', en: 'To respect your choice.' },
    retention: { da: 'Til du slettes.', en: 'Until you are erased.' },
    whoSees: { da: 'Kun appen selv.', en: 'Only the app itself.' },
  },
  {
    key: 'outbox',
    title: { da: 'Påmindelser', en: 'Reminders' },
    stored: {
      da: 'Modtager (navn og id), hvad påmindelsen handlede om, og om den blev leveret.',
      en: 'The recipient (name and id), what the reminder was about and whether it was delivered.',
    },
    why: {
      da: 'For at sende hver påmindelse én gang og vise ejerne en leveringsrapport.',
      en: 'To send each reminder once and show owners a delivery report.',
    },
    retention: {
      da: `Slettes automatisk ${days} dage efter, påmindelsen ikke længere var aktuel.`,
      en: `Deleted automatically ${days} days after the reminder stopped mattering.`,
    },
    whoSees: {
      da: 'Programmets ejere (leveringsrapporten).',
      en: "The programme's owners (the delivery report).",
    },
  },
  {
    key: 'cardAction',
    title: { da: 'Klik på kort', en: 'Card actions' },
    stored: {
      da: 'At du klikkede (fx "accepter aftale"), hvornår og resultatet — aldrig fritekst eller svar.',
      en: 'That you clicked (e.g. "accept agreement"), when and the outcome — never free text or answers.',
    },
    why: {
      da: 'Så et dobbeltklik ikke gør noget to gange.',
      en: 'So a double click never does anything twice.',
    },
    retention: {
      da: `Slettes automatisk ${days} dage efter klikket.`,
      en: `Deleted automatically ${days} days after the click.`,
    },
    whoSees: { da: 'Kun appen selv.', en: 'Only the app itself.' },
  },
];

/** How a person uses their rights (GDPR art. 15, 17, 20); the works-council pages say the same. */
export const PRIVACY_RIGHTS: { export: LocalizedText; erasure: LocalizedText } = {
  export: {
    da: 'Indsigt og dataportabilitet: Åbn "Privatliv" i appens top og hent alt, appen har om dig, som læsbar side eller maskinlæsbar JSON (GET /api/v1/me/export).',
    en: 'Access and portability: open "Privacy" in the app\'s header and get everything the app holds about you, as a readable page or machine-readable JSON (GET /api/v1/me/export).',
  },
  erasure: {
    da: 'Sletning: En Teams- eller global administrator sletter en person i hele organisationen, en programejer i sit eget program. Ansøgninger, opfordringer, aftaler, exit og botsamtaler slettes; hvor andres poster nævner personen, står der "Slettet person". Statussers tekst bevares uden nogen forbindelse til personen, til den udløber. Et program kan slettes med alt, det ejer.',
    en: 'Erasure: a Teams or Global Administrator erases a person across the organisation, a programme owner within their own programme. Applications, invitations, agreements, exits and bot conversations are deleted; where other people\'s records name the person, they read "Erased person". Check-in text is kept with no link to the person until it expires. A programme can be deleted with everything it owns.',
  },
};
