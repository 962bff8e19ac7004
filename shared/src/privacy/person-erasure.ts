import type { LocalizedText, Locale } from '../i18n/locale';
import type { CheckIn } from '../model/check-in';
import type { Meeting } from '../model/meeting';
import type { UserRef } from '../model/common';
import type { Programme } from '../model/programme';
import type { BoardDocument, BoardDocumentType } from '../ports/programme-store';

/**
 * Erasure of one person (GDPR art. 17) from one programme, as a pure plan the storage then
 * carries out. The promise is "erasure leaves nothing that names the person":
 *
 * - their own records go: applications, the invitations addressed to them, their ambassadorships
 *   (agreement, acceptances, term, training, exit and hand-over notes are all inside them);
 * - where other people's records name them as the one who did something (an owner's answers, a
 *   key message, a decision, a leader's acceptance, a step owner, a meeting's attendee list) the
 *   record stays — it is the programme's history — but the person in it becomes a pseudonym that
 *   is random per erasure, so nothing derives it from the person;
 * - their check-ins keep their text (it is the programme's feedback, about situations, never named
 *   colleagues) but lose every link to them: the ambassadorship id and the author key are replaced
 *   by one random key per programme, so "how many different ambassadors answered" still counts
 *   them once and the server can no longer derive the key for them. Check-ins past their
 *   retention are deleted outright;
 * - the situations they raised openly with their name go with them (they are theirs, like an
 *   application); a situation raised on behalf of the group names nobody and stays;
 * - a sole owner is succeeded by the person who erases them, so no programme is left unowned.
 *
 * Free text that other people typed is not rewritten: the product asks for situations, never
 * named colleagues, and such text keeps its own retention.
 */

/** The name every pseudonymised stamp shows instead of the erased person's. */
export const ERASED_PERSON_NAME: LocalizedText = { da: 'Slettet person', en: 'Erased person' };

/** Prefix of pseudonymous ids, so a reader of the raw store sees what happened. */
export const ERASED_ID_PREFIX = 'erased-';

export interface ErasurePseudonyms {
  /** Stands in for the person in other people's records (id from `ERASED_ID_PREFIX` + random). */
  person: UserRef;
  /** The new author key and ambassadorship id of the check-ins kept without a link. */
  checkInKey: string;
}

/** The pseudonyms of one erasure: `random` is a fresh random id (the caller's randomness). */
export function erasurePseudonyms(random: string, locale: Locale): ErasurePseudonyms {
  return {
    person: { userId: `${ERASED_ID_PREFIX}${random}`, displayName: ERASED_PERSON_NAME[locale] },
    checkInKey: `${ERASED_ID_PREFIX}${random}`,
  };
}

export interface ProgrammeErasureInput {
  programme: Programme;
  /** Every board document of the programme, including check-ins past their retention. */
  documents: BoardDocument[];
  userId: string;
  pseudonyms: ErasurePseudonyms;
  /** Becomes the owner when the person was the only one; null = refuse (ERASE_SELF is the caller's). */
  successor: UserRef | null;
  now: Date;
  /** Extra test for "this check-in is theirs" (the author key the server derives for them). */
  isOwnCheckIn?: (checkIn: CheckIn) => boolean;
  /** The pseudonym the server gives the person in one meeting's alignment round, to unlink their score. */
  alignmentRaterKeyOf?: (meetingId: string) => string;
}

export interface ProgrammeErasurePlan {
  /** The programme document as it must be stored, or null when it does not name the person. */
  programme: Programme | null;
  deletions: Array<{ type: BoardDocumentType; id: string }>;
  replacements: BoardDocument[];
  /**
   * Strings that name the person or derive from them: their id, the ids of their deleted
   * documents, and each name as a quoted JSON string (so "Bo" matches the value "Bo", not
   * "Bodil"). Delivery records whose JSON contains any of them are erased as well.
   */
  mentions: string[];
  /** Their check-ins kept without a link. */
  unlinkedCheckIns: number;
}

function isUserRef(value: unknown): value is UserRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UserRef).userId === 'string' &&
    typeof (value as UserRef).displayName === 'string'
  );
}

/** Every object shaped like a person with this id, anywhere in `value`, becomes `pseudonym`. */
export function pseudonymise<T>(value: T, userId: string, pseudonym: UserRef): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (isUserRef(node) && node.userId === userId) {
      // The sign-in name (UPN) identifies the person as much as the id: it goes with them.
      const { upn: _upn, ...rest } = node;
      return { ...rest, ...pseudonym };
    }
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    }
    return node;
  };
  return walk(value) as T;
}

/** True when the person (by id) appears anywhere in the value. */
function namesPerson(value: unknown, userId: string): boolean {
  if (Array.isArray(value)) return value.some((child) => namesPerson(child, userId));
  if (isUserRef(value) && value.userId === userId) return true;
  if (typeof value === 'object' && value !== null)
    return Object.values(value).some((child) => namesPerson(child, userId));
  return false;
}

/** Every name the records give the person (people rename; each spelling names them). */
export function namesOf(value: unknown, userId: string): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      if (isUserRef(node) && node.userId === userId) names.add(node.displayName);
      Object.values(node).forEach(walk);
    }
  };
  walk(value);
  return names;
}

/** The meeting with the person's alignment score re-keyed to a fresh pseudonym (the same meeting when they gave none). */
function unlinkAlignmentScore(meeting: Meeting, input: ProgrammeErasureInput, fresh: string): Meeting {
  const own = input.alignmentRaterKeyOf?.(meeting.id);
  const round = meeting.alignmentRound;
  if (own === undefined || !round?.scores.some((s) => s.raterKey === own)) return meeting;
  const scores = round.scores
    .map((s) => (s.raterKey === own ? { ...s, raterKey: `${fresh}:${meeting.id}` } : s))
    .sort((a, b) => (a.raterKey < b.raterKey ? -1 : a.raterKey > b.raterKey ? 1 : 0));
  return { ...meeting, alignmentRound: { ...round, scores } };
}

export function planProgrammeErasure(input: ProgrammeErasureInput): ProgrammeErasurePlan {
  const { userId, pseudonyms, now } = input;
  const deletions: ProgrammeErasurePlan['deletions'] = [];
  const replacements: BoardDocument[] = [];
  const mentions = new Set<string>([userId]);

  const ownAmbassadorships = new Set(
    input.documents
      .filter((doc) => doc.type === 'ambassadorship' && doc.person.userId === userId)
      .map((doc) => doc.id),
  );
  // Nothing stored links a check-in to a person: only the server's author keys recognise them.
  const isOwnCheckIn = (checkIn: CheckIn) => input.isOwnCheckIn?.(checkIn) ?? false;
  let unlinkedCheckIns = 0;

  for (const original of input.documents) {
    // An alignment score stays in the figure, but under a key no one can derive from the person.
    const doc =
      original.type === 'meeting' ? unlinkAlignmentScore(original, input, pseudonyms.checkInKey) : original;
    if (doc.type === 'ambassadorship' && ownAmbassadorships.has(doc.id)) {
      deletions.push({ type: doc.type, id: doc.id });
      mentions.add(doc.id);
    } else if (doc.type === 'application' && doc.applicant.userId === userId) {
      deletions.push({ type: doc.type, id: doc.id });
      mentions.add(doc.id);
    } else if (doc.type === 'openSituation' && doc.raisedBy?.userId === userId) {
      deletions.push({ type: doc.type, id: doc.id });
      mentions.add(doc.id);
    } else if (doc.type === 'checkIn' && isOwnCheckIn(doc)) {
      if (Date.parse(doc.expiresAt) <= now.getTime()) {
        deletions.push({ type: doc.type, id: doc.id });
      } else {
        const { authorKey: _authorKey, ...text } = doc;
        replacements.push({ ...text, authorKey: pseudonyms.checkInKey });
        unlinkedCheckIns++;
      }
    } else if (namesPerson(doc, userId)) {
      const cleaned =
        doc.type === 'meeting'
          ? {
              ...doc,
              attendees: doc.attendees.filter((person) => person.userId !== userId),
              attended: doc.attended.filter((person) => person.userId !== userId),
            }
          : doc;
      replacements.push(pseudonymise(cleaned, userId, pseudonyms.person));
    } else if (doc !== original) {
      replacements.push(doc);
    }
  }

  let programme: Programme | null = null;
  if (namesPerson(input.programme, userId)) {
    const original = input.programme;
    const owners = original.owners.filter((owner) => owner.userId !== userId);
    if (owners.length === 0) {
      if (!input.successor || input.successor.userId === userId) {
        throw new Error('planProgrammeErasure: the sole owner needs a successor');
      }
      owners.push(input.successor);
    }
    const withoutOwnRecords: Programme = {
      ...original,
      owners,
      steps: {
        ...original.steps,
        posting: {
          ...original.steps.posting,
          invitations: original.steps.posting.invitations.filter((i) => i.invitee.userId !== userId),
        },
      },
    };
    programme = pseudonymise(withoutOwnRecords, userId, pseudonyms.person);
  }
  for (const name of namesOf([input.programme, ...input.documents], userId))
    mentions.add(JSON.stringify(name));
  return { programme, deletions, replacements, mentions: [...mentions], unlinkedCheckIns };
}
