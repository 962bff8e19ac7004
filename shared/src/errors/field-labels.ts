import type { Locale, LocalizedText } from '../i18n/locale';

/**
 * A field's name as the form that edits it shows it, so an error can name the field the way the
 * person sees it. `form` is the tab's translation key of the same label (a test keeps the two
 * equal).
 */
export interface FieldLabel extends LocalizedText {
  form: string;
}

/**
 * Request-body paths (list positions as `*`) and their form labels. A path that is not listed
 * falls back to its last named segment in `LEAF_LABELS`, then to a neutral "a field": a schema
 * path is never shown to a person.
 */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  q: { da: 'Navn at søge efter', en: 'Name to search for', form: 'peopleSearch.label' },
  owner: { da: 'Ansvarlig', en: 'Owner', form: 'step.owner' },
  dueDate: { da: 'Frist', en: 'Due date', form: 'step.dueDate' },
  notes: { da: 'Noter', en: 'Notes', form: 'editStep.notes' },
  'tasks.*.title': { da: 'Opgave', en: 'Task', form: 'editStep.taskTitle' },
  'tasks.*.description': { da: 'Beskrivelse', en: 'Description', form: 'editStep.description' },
  'tasks.*.hoursPerMonth': { da: 'Timer om måneden', en: 'Hours a month', form: 'editStep.hoursPerMonth' },
  'posting.title': { da: 'Titel', en: 'Title', form: 'editStep.postingTitle' },
  'posting.hoursPerMonth': { da: 'Timer om måneden', en: 'Hours a month', form: 'editStep.hoursPerMonth' },
  'posting.termMonths': { da: 'Periode (måneder)', en: 'Term (months)', form: 'editStep.termMonths' },
  'posting.applicationDeadline': {
    da: 'Ansøgningsfrist',
    en: 'Application deadline',
    form: 'posting.deadline',
  },
  'posting.responsibilities': { da: 'Ansvar', en: 'Responsibilities', form: 'posting.responsibilities' },
  'posting.expectations': { da: 'Forventninger', en: 'Expectations', form: 'posting.expectations' },
  'template.role': { da: 'Rolle', en: 'Role', form: 'agreement.role' },
  'template.responsibilities': { da: 'Ansvar', en: 'Responsibilities', form: 'agreement.responsibilities' },
  'template.expectations': { da: 'Forventninger', en: 'Expectations', form: 'agreement.expectations' },
  'template.hoursPerMonth': { da: 'Timer om måneden', en: 'Hours a month', form: 'editStep.hoursPerMonth' },
  'template.passOn.themes': {
    da: 'Temaer, ambassadørerne giver videre',
    en: 'Themes the ambassadors pass on',
    form: 'editStep.passOnThemes',
  },
  'template.passOn.situations': {
    da: 'Situationer, hvor de aktivt må forholde sig',
    en: 'Situations where they take a stand',
    form: 'editStep.passOnSituations',
  },
  'template.confidentiality': {
    da: 'Fortrolighed',
    en: 'Confidentiality',
    form: 'agreement.confidentiality',
  },
  'modules.*.title': { da: 'Modul', en: 'Module', form: 'editStep.moduleTitle' },
  'modules.*.description': { da: 'Beskrivelse', en: 'Description', form: 'editStep.description' },
  'modules.*.resourceUrl': { da: 'Link til materiale', en: 'Link to material', form: 'editStep.resourceUrl' },
  'modules.*.dueWithinDays': { da: 'Frist (dage)', en: 'Due within (days)', form: 'editStep.dueWithinDays' },
  'cadence.intervalWeeks': {
    da: 'Hver hvor mange uger',
    en: 'Every how many weeks',
    form: 'editStep.intervalWeeks',
  },
  'cadence.weekOfMonth': { da: 'Hvilken uge', en: 'Which week', form: 'editStep.weekOfMonth' },
  'cadence.weekday': { da: 'Ugedag', en: 'Weekday', form: 'editStep.weekday' },
  'cadence.time': { da: 'Tidspunkt', en: 'Time', form: 'editStep.time' },
  motivation: {
    da: 'Hvorfor vil du gerne have rollen?',
    en: 'Why do you want the role?',
    form: 'apply.motivation',
  },
  reason: { da: 'Begrundelse', en: 'Reason', form: 'select.reason' },
  note: { da: 'Hvorfor sætte den i hånden?', en: 'Why set it by hand?', form: 'editStep.statusNote' },
  text: { da: 'Nøglebudskab', en: 'Key message', form: 'keyMessage.title' },
  theme: { da: 'Tema', en: 'Theme', form: 'decision.theme' },
  explanation: { da: 'Forklaring', en: 'Explanation', form: 'decision.explanation' },
  outcome: { da: 'Hvad gør I?', en: 'What do you do?', form: 'decision.outcome' },
  kind: { da: 'Slags møde', en: 'Kind of meeting', form: 'meetingDialog.kind' },
  scheduledAt: { da: 'Starter', en: 'Starts', form: 'meetingDialog.start' },
  durationMinutes: { da: 'Varighed (minutter)', en: 'Duration (minutes)', form: 'meetingDialog.duration' },
  attendees: { da: 'Inviterede ambassadører', en: 'Ambassadors invited', form: 'meetingDialog.attendees' },
  attended: { da: 'Hvem deltog', en: 'Who attended', form: 'meetingDialog.attended' },
  'actionItems.*.text': { da: 'Hvad skal gøres', en: 'What is to be done', form: 'meetingDialog.actionWhat' },
  'notes.progress': { da: 'Fremdrift', en: 'Progress', form: 'agenda.progress' },
  'notes.challenges': { da: 'Udfordringer', en: 'Challenges', form: 'agenda.challenges' },
  'notes.successes': { da: 'Succeser', en: 'Successes', form: 'agenda.successes' },
  'notes.keyMessage': { da: 'Nøglebudskab', en: 'Key message', form: 'agenda.keyMessage' },
  'situations.*.theme': { da: 'Tema', en: 'Theme', form: 'checkIn.theme' },
  'situations.*.description': {
    da: 'Situationen, hvor du aktivt måtte forholde dig',
    en: 'The situation where you had to take a stand',
    form: 'checkIn.situation',
  },
  alignment: {
    da: 'Hvor godt passer budskaberne med det, du oplever?',
    en: 'How well do the messages match what you experience?',
    form: 'checkIn.alignment',
  },
  changeCourse: { da: 'Bør vi ændre kurs?', en: 'Should we change course?', form: 'checkIn.changeCourse' },
  changeCourseSuggestion: {
    da: 'Hvad bør vi ændre?',
    en: 'What should we change?',
    form: 'checkIn.suggestion',
  },
  debriefDate: { da: 'Dato for afrunding', en: 'Debrief date', form: 'exit.debriefDate' },
  handoverNotes: { da: 'Noter til overdragelse', en: 'Hand-over notes', form: 'exit.handoverNotes' },
  name: { da: 'Programmets navn', en: 'Name of the programme', form: 'create.name' },
  draft: {
    da: 'Udkast til næste nøglebudskab',
    en: 'Draft of the next key message',
    form: 'alignmentRound.draft',
  },
  score: { da: 'Afstemningsscore (1–5)', en: 'Alignment score (1–5)', form: 'alignmentRound.score' },
  situation: { da: 'Situationen', en: 'The situation', form: 'openSituation.situation' },
  raisedAs: { da: 'Rejses af', en: 'Raised by', form: 'openSituation.raisedAs' },
  meetingId: {
    da: 'Mødet, hvor gruppen aftalte det',
    en: 'The meeting where the group agreed it',
    form: 'openSituation.meeting',
  },
  termMonths: { da: 'Periode (måneder)', en: 'Term (months)', form: 'editStep.termMonths' },
  'terms.hoursPerMonth': { da: 'Timer om måneden', en: 'Hours a month', form: 'editStep.hoursPerMonth' },
  'terms.responsibilities': { da: 'Opgaver', en: 'Tasks', form: 'adjustAgreement.tasks' },
  title: { da: 'Titel', en: 'Title', form: 'trainingSession.title' },
  date: { da: 'Dato', en: 'Date', form: 'trainingSession.date' },
  time: { da: 'Tidspunkt', en: 'Time', form: 'trainingSession.time' },
  place: { da: 'Sted', en: 'Place', form: 'trainingSession.place' },
  onlineUrl: {
    da: 'Link til online deltagelse',
    en: 'Link to join online',
    form: 'trainingSession.onlineUrl',
  },
  'modules.*.required': { da: 'Obligatorisk', en: 'Required', form: 'trainingSession.required' },
  required: { da: 'Obligatorisk', en: 'Required', form: 'trainingSession.required' },
};

/** The n-th item of a list, as the form's group for it is named ("Opgave 2"). */
export const ITEM_LABELS: Record<string, FieldLabel> = {
  tasks: { da: 'Opgave {n}', en: 'Task {n}', form: 'editStep.taskN' },
  modules: { da: 'Modul {n}', en: 'Module {n}', form: 'editStep.moduleN' },
  situations: { da: 'Situation {n}', en: 'Situation {n}', form: 'checkIn.situationN' },
  actionItems: { da: 'Opgave {n}', en: 'Action item {n}', form: 'meetingDialog.actionText' },
};

/** When nothing names the field: a person still gets words, never a path. */
export const UNNAMED_FIELD: LocalizedText = { da: 'Et felt', en: 'A field' };

/**
 * The label of a request-body path for a person: the form's label, with the list item it
 * belongs to when the form groups items ("Opgave 1 – Opgave").
 */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const segments = path.filter((s): s is string | number => typeof s !== 'symbol');
  const pattern = segments.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
  const listIndex = segments.findIndex((s, i) => typeof s === 'number' && i > 0);
  const list = listIndex > 0 ? segments[listIndex - 1] : undefined;
  const item = typeof list === 'string' ? ITEM_LABELS[list] : undefined;
  const itemText = item?.[locale].replace('{n}', String(Number(segments[listIndex]) + 1));
  // The error is about the item as a whole ("tasks.1"): the group's name says it all.
  if (itemText && listIndex === segments.length - 1) return itemText;
  const own = ownLabel(pattern, segments)?.[locale] ?? UNNAMED_FIELD[locale];
  return itemText ? `${itemText} – ${own}` : own;
}

function ownLabel(pattern: string, segments: readonly (string | number)[]): FieldLabel | undefined {
  const trimmed = pattern.replace(/(\.\*)+$/, ''); // a line in a one-per-line list: the list's label
  const leaf = [...segments].reverse().find((s): s is string => typeof s === 'string');
  const suffix = Object.keys(FIELD_LABELS).find((k) => trimmed.endsWith(`.${k}`)); // bodies nest parts
  return (
    FIELD_LABELS[pattern] ??
    FIELD_LABELS[trimmed] ??
    (suffix ? FIELD_LABELS[suffix] : undefined) ??
    (leaf ? FIELD_LABELS[leaf] : undefined)
  );
}
