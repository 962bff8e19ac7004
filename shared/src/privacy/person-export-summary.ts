import type { Locale } from '../i18n/locale';
import { DEFAULT_APPLICANT_MESSAGES } from '../rules/application-round';
import type { PersonExport } from './person-export';

/** One block of the readable export: a heading and its lines, in the reader's language. */
export interface ExportSummarySection {
  heading: string;
  lines: string[];
}

const T = {
  da: {
    programme: (name: string) => `Program: ${name}`,
    roles: {
      owner: 'ejer',
      invitee: 'opfordret',
      applicant: 'ansøger',
      ambassador: 'ambassadør',
      attendee: 'mødedeltager',
    },
    rolesLine: (roles: string) => `Din tilknytning: ${roles}`,
    invitation: (at: string, by: string) => `Opfordret ${at} af ${by}`,
    application: (at: string, motivation: string, outcome: string) =>
      `Ansøgning ${at}: "${motivation}"${outcome}`,
    outcome: { selected: ' – valgt', declined: ' – ikke valgt' },
    applicantMessage: (message: string) => `Beskeden til dig: "${message}"`,
    leadersNote: (note: string) => `Et internt notat fra lederne om din ansøgning: "${note}"`,
    ambassadorship: (state: string, start: string, end: string) =>
      `Ambassadørskab (${state}) ${start} – ${end}`,
    agreement: (versions: number, accepted: number) =>
      `Aftale: ${versions} version(er), du har accepteret ${accepted}`,
    training: (n: number) => `Gennemført træning: ${n} modul(er)`,
    exit: (notes: string) => `Overdragelsesnoter: ${notes || '–'}`,
    meetings: (n: number) => `Møder med dig som deltager: ${n}`,
    checkIns: (n: number) => `Dine statusser: ${n}`,
    checkIn: (at: string, progress: string) => `Status ${at}: ${progress || '–'}`,
    bot: 'Botten',
    conversations: (n: number) => `Samtaler botten kan nå dig i: ${n}`,
    paused: (paused: boolean) => (paused ? 'Påmindelser: på pause' : 'Påmindelser: aktive'),
    outbox: (n: number) => `Påmindelser sendt til dig: ${n}`,
    cardActions: (n: number) => `Dine klik på kort: ${n}`,
    nothing: 'Appen har ingen programdata om dig.',
  },
  en: {
    programme: (name: string) => `Programme: ${name}`,
    roles: {
      owner: 'owner',
      invitee: 'invited',
      applicant: 'applicant',
      ambassador: 'ambassador',
      attendee: 'meeting attendee',
    },
    rolesLine: (roles: string) => `How you take part: ${roles}`,
    invitation: (at: string, by: string) => `Invited on ${at} by ${by}`,
    application: (at: string, motivation: string, outcome: string) =>
      `Application on ${at}: "${motivation}"${outcome}`,
    outcome: { selected: ' – selected', declined: ' – not selected' },
    applicantMessage: (message: string) => `The message to you: "${message}"`,
    leadersNote: (note: string) => `An internal note by the leaders about your application: "${note}"`,
    ambassadorship: (state: string, start: string, end: string) =>
      `Ambassadorship (${state}) ${start} – ${end}`,
    agreement: (versions: number, accepted: number) =>
      `Agreement: ${versions} version(s), you accepted ${accepted}`,
    training: (n: number) => `Training completed: ${n} module(s)`,
    exit: (notes: string) => `Hand-over notes: ${notes || '–'}`,
    meetings: (n: number) => `Meetings with you as an attendee: ${n}`,
    checkIns: (n: number) => `Your check-ins: ${n}`,
    checkIn: (at: string, progress: string) => `Check-in on ${at}: ${progress || '–'}`,
    bot: 'The bot',
    conversations: (n: number) => `Conversations the bot can reach you in: ${n}`,
    paused: (paused: boolean) => (paused ? 'Reminders: paused' : 'Reminders: on'),
    outbox: (n: number) => `Reminders sent to you: ${n}`,
    cardActions: (n: number) => `Your card clicks: ${n}`,
    nothing: 'The app holds no programme data about you.',
  },
} as const;

const day = (iso: string) => iso.slice(0, 10);

/**
 * The export as a readable page (the tab's privacy view): the same data as the JSON, one section
 * per programme and one for the bot, in Danish or English. Nothing is left out that the JSON
 * holds per person, only technical fields (ids, ETags, conversation references) are summarised.
 */
export function summarisePersonExport(data: PersonExport, locale: Locale): ExportSummarySection[] {
  const t = T[locale];
  const sections: ExportSummarySection[] = data.programmes.map((programme) => {
    const lines: string[] = [t.rolesLine(programme.roles.map((role) => t.roles[role]).join(', '))];
    for (const invitation of programme.invitations)
      lines.push(t.invitation(day(invitation.invitedAt), invitation.invitedBy.displayName));
    for (const application of programme.applications) {
      const { decision } = application;
      lines.push(
        t.application(
          day(application.submittedAt),
          application.motivation,
          decision ? t.outcome[decision.outcome] : '',
        ),
      );
      if (decision) {
        lines.push(
          t.applicantMessage(decision.message ?? DEFAULT_APPLICANT_MESSAGES[decision.outcome][locale]),
        );
        lines.push(t.leadersNote(decision.leadersInternalNote));
      }
    }
    for (const amb of programme.ambassadorships) {
      lines.push(t.ambassadorship(amb.state, amb.term.start, amb.term.end));
      lines.push(t.agreement(amb.agreement.versions.length, amb.agreement.ambassadorAcceptances.length));
      lines.push(t.training(amb.training.length));
      lines.push(t.exit(amb.exit.handoverNotes));
    }
    if (programme.meetings.length > 0) lines.push(t.meetings(programme.meetings.length));
    if (programme.checkIns.length > 0) {
      lines.push(t.checkIns(programme.checkIns.length));
      for (const checkIn of programme.checkIns)
        lines.push(t.checkIn(day(checkIn.submittedAt), checkIn.progress));
    }
    return { heading: t.programme(programme.name), lines };
  });
  if (sections.length === 0) sections.push({ heading: t.nothing, lines: [] });
  const preference = data.bot.preferences[0];
  sections.push({
    heading: t.bot,
    lines: [
      t.conversations(data.bot.conversations.length),
      t.paused(preference?.paused ?? false),
      t.outbox(data.bot.outbox.length),
      t.cardActions(data.bot.cardActions.length),
    ],
  });
  return sections;
}
