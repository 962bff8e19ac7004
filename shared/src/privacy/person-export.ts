import type { Ambassadorship } from '../model/ambassadorship';
import type { Application } from '../model/application';
import type { CheckIn } from '../model/check-in';
import type { UserRef } from '../model/common';
import type { OpenSituation } from '../model/open-situation';
import type { Invitation, Programme } from '../model/programme';
import type { PersonDeliveryRecords } from '../ports/delivery-store';
import type { BoardDocument } from '../ports/programme-store';
import { applicantDecisionOf } from '../rules/application-round';

/**
 * Everything the app holds about one person in their tenant (GDPR art. 15 access, art. 20
 * portability), as one machine-readable document. Built from the person's own records only:
 * other people appear only where they acted on the person's record (who invited them, who decided
 * on their application), never lists of colleagues. Their own check-ins are included — the text
 * is their personal data and the server can tell which are theirs — but only ever in their own
 * export: the route takes the person from the verified token, never from the request.
 */
export const PERSON_EXPORT_FORMAT = 'ambassadors.person-export' as const;
export const PERSON_EXPORT_VERSION = 1 as const;

/**
 * The decision as the applicant's export holds it: what they were told and, because the leaders'
 * note about their application is personal data about them (GDPR art. 15), that note too —
 * named as the leaders' internal note so it cannot be mistaken for the message they were sent.
 * Only the export carries it; the board and the bot's cards show the message alone.
 */
export type ExportedDecision = ReturnType<typeof applicantDecisionOf> & { leadersInternalNote: string };

export type ExportedApplication = Omit<Application, 'tenantId' | 'decision'> & {
  decision: ExportedDecision | null;
};

function exportedDecisionOf(decision: NonNullable<Application['decision']>): ExportedDecision {
  return { ...applicantDecisionOf(decision), leadersInternalNote: decision.reason };
}

export type ExportedCheckIn = Omit<CheckIn, 'authorKey' | 'tenantId'>;
export type ExportedOpenSituation = Omit<OpenSituation, 'tenantId'>;

export interface ExportedProgramme {
  programmeId: string;
  name: string;
  /** What links the person to the programme. */
  roles: Array<'owner' | 'invitee' | 'applicant' | 'ambassador' | 'attendee'>;
  owner: boolean;
  invitations: Array<Pick<Invitation, 'note' | 'invitedBy' | 'invitedAt'>>;
  /** Their applications with the decision: the message meant for them and the leaders' internal note. */
  applications: ExportedApplication[];
  /** Agreement versions and acceptances, term, training and exit are all inside. */
  ambassadorships: Array<Omit<Ambassadorship, 'tenantId'>>;
  meetings: Array<{
    id: string;
    kind: 'regular' | 'alignment';
    scheduledAt: string;
    durationMinutes: number;
    held: boolean;
    /** Recorded as attending. */
    attended: boolean;
    /** Action items the person owns. */
    actionItems: Array<{ text: string; dueDate: string; doneAt: string | null }>;
  }>;
  checkIns: ExportedCheckIn[];
  /** The situations they raised openly with their name (a group's names nobody, so it is no one's data). */
  openSituations: ExportedOpenSituation[];
}

export interface PersonExport {
  format: typeof PERSON_EXPORT_FORMAT;
  version: typeof PERSON_EXPORT_VERSION;
  exportedAt: string;
  tenantId: string;
  person: UserRef;
  programmes: ExportedProgramme[];
  bot: PersonDeliveryRecords;
}

export interface PersonExportInput {
  tenantId: string;
  person: UserRef;
  exportedAt: Date;
  boards: Array<{ programme: Programme; documents: BoardDocument[] }>;
  delivery: PersonDeliveryRecords;
  /** Extra test for "this check-in is theirs" (the author key the server derives for them). */
  isOwnCheckIn?: (programmeId: string, checkIn: CheckIn) => boolean;
}

const withoutStoreFields = <T extends { tenantId: string }>(doc: T): Omit<T, 'tenantId'> => {
  const { tenantId: _tenant, etag: _etag, ...rest } = doc as T & { etag?: string };
  return rest as unknown as Omit<T, 'tenantId'>;
};

export function buildPersonExport(input: PersonExportInput): PersonExport {
  const { userId } = input.person;
  const programmes: ExportedProgramme[] = [];
  for (const { programme, documents } of input.boards) {
    const ambassadorships = documents.filter(
      (doc): doc is Ambassadorship => doc.type === 'ambassadorship' && doc.person.userId === userId,
    );
    const entry: ExportedProgramme = {
      programmeId: programme.id,
      name: programme.name,
      roles: [],
      owner: programme.owners.some((owner) => owner.userId === userId),
      invitations: programme.steps.posting.invitations
        .filter((invitation) => invitation.invitee.userId === userId)
        .map(({ note, invitedBy, invitedAt }) => ({ note, invitedBy, invitedAt })),
      applications: documents
        .filter((doc): doc is Application => doc.type === 'application' && doc.applicant.userId === userId)
        .map(withoutStoreFields)
        .map((application) => ({
          ...application,
          decision: application.decision ? exportedDecisionOf(application.decision) : null,
          // Undone decisions too, the leaders' internal note included: it is about them (art. 15).
          ...(application.undone ? { undone: application.undone } : {}),
        })),
      ambassadorships: ambassadorships.map(withoutStoreFields),
      meetings: documents
        .filter(
          (doc): doc is Extract<BoardDocument, { type: 'meeting' }> =>
            doc.type === 'meeting' &&
            [...doc.attendees, ...doc.attended, ...doc.actionItems.map((item) => item.owner)].some(
              (person) => person.userId === userId,
            ),
        )
        .map(({ id, kind, scheduledAt, durationMinutes, held, attended, actionItems }) => ({
          id,
          kind,
          scheduledAt,
          durationMinutes,
          held,
          attended: attended.some((person) => person.userId === userId),
          actionItems: actionItems
            .filter((item) => item.owner.userId === userId)
            .map(({ text, dueDate, doneAt }) => ({ text, dueDate, doneAt })),
        })),
      checkIns: documents
        .filter(
          (doc): doc is CheckIn =>
            doc.type === 'checkIn' && (input.isOwnCheckIn?.(programme.id, doc) ?? false),
        )
        .map((checkIn) => {
          const { authorKey: _key, ...rest } = withoutStoreFields(checkIn);
          return rest;
        }),
      openSituations: documents
        .filter(
          (doc): doc is OpenSituation =>
            doc.type === 'openSituation' && doc.raisedAs === 'named' && doc.raisedBy?.userId === userId,
        )
        .map(withoutStoreFields),
    };
    if (entry.owner) entry.roles.push('owner');
    if (entry.invitations.length > 0) entry.roles.push('invitee');
    if (entry.applications.length > 0) entry.roles.push('applicant');
    if (entry.ambassadorships.length > 0) entry.roles.push('ambassador');
    if (entry.meetings.length > 0) entry.roles.push('attendee');
    if (entry.roles.length > 0 || entry.checkIns.length > 0 || entry.openSituations.length > 0)
      programmes.push(entry);
  }
  programmes.sort((a, b) => a.name.localeCompare(b.name) || a.programmeId.localeCompare(b.programmeId));
  return {
    format: PERSON_EXPORT_FORMAT,
    version: PERSON_EXPORT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    tenantId: input.tenantId,
    person: input.person,
    programmes,
    bot: input.delivery,
  };
}
