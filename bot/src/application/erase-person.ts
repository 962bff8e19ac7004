import { randomUUID } from 'node:crypto';
import {
  DomainError,
  invalidInput,
  erasurePseudonyms,
  idSchema,
  namesOf,
  planProgrammeErasure,
  userRefSchema,
  type BoardDocument,
  type CheckIn,
  type TenantContext,
} from '@ambassadors/shared';
import { z } from 'zod';
import type { PersonDataDeps } from './person-data-deps';

/** The body of both erasure routes: whom to erase, by their Entra object id. */
export const eraseBodySchema = z.strictObject({ userId: userRefSchema.shape.userId });

/** What an erasure did, for the caller and the audit log: counts only, never the person's data. */
export interface ErasureReport {
  userId: string;
  /** Programmes in which something named the person. */
  programmes: number;
  /** Board documents deleted (applications, ambassadorships, expired check-ins). */
  deleted: number;
  /** Records kept with the person replaced by a pseudonym (stamps, attendee lists, owners). */
  pseudonymised: number;
  /** Their check-ins kept without any link to them. */
  unlinkedCheckIns: number;
  /** Bot delivery records deleted or rewritten. */
  deliveryRecords: number;
}

export interface ErasureRequest {
  /** Who erases: becomes the owner of a programme whose only owner was the erased person. */
  ctx: TenantContext;
  userId: string;
  /** 'tenant' (a tenant admin): every programme and the bot's records; else these programmes only. */
  scope: 'tenant' | { programmeIds: string[] };
  /** Fresh randomness for the pseudonyms (tests pin it). */
  random?: () => string;
}

/** A programme is rewritten from a fresh read when someone else changed it meanwhile. */
const MAX_ATTEMPTS = 3;

/**
 * Erases one person (GDPR art. 17) along the plan of shared/src/privacy/person-erasure.ts, then
 * the bot's delivery records that are theirs or mention them. Nobody erases themself here (a
 * sole owner would be left without a successor): ERASE_SELF.
 */
export async function erasePerson(deps: PersonDataDeps, request: ErasureRequest): Promise<ErasureReport> {
  const { ctx } = request;
  const userId = idSchema.safeParse(request.userId).success ? request.userId : null;
  if (!userId)
    throw invalidInput({ da: 'vælg den person, der skal slettes', en: 'choose the person to erase' });
  if (userId === ctx.user.userId) throw new DomainError('ERASE_SELF');
  const random = request.random ?? randomUUID;
  const report: ErasureReport = {
    userId,
    programmes: 0,
    deleted: 0,
    pseudonymised: 0,
    unlinkedCheckIns: 0,
    deliveryRecords: 0,
  };
  const programmeIds =
    request.scope === 'tenant'
      ? (await deps.store.listProgrammes(ctx)).map((programme) => programme.id)
      : request.scope.programmeIds;

  const delivery = await deps.deliveryStore.listForUser(ctx.tenantId, userId);
  const mentions = new Set<string>([...namesOf(delivery, userId)].map((name) => JSON.stringify(name)));
  for (const programmeId of programmeIds) {
    for (let attempt = 1; ; attempt++) {
      try {
        const mentioned = await eraseFromProgramme(deps, ctx, programmeId, userId, random(), report);
        for (const text of mentioned) mentions.add(text);
        break;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONFLICT') || attempt >= MAX_ATTEMPTS)
          throw error;
      }
    }
  }
  report.deliveryRecords = await deps.deliveryStore.eraseUser(ctx.tenantId, userId, {
    ...(request.scope === 'tenant' ? {} : { programmeIds }),
    mentions: [...mentions],
  });
  return report;
}

async function eraseFromProgramme(
  deps: PersonDataDeps,
  ctx: TenantContext,
  programmeId: string,
  userId: string,
  random: string,
  report: ErasureReport,
): Promise<string[]> {
  const programme = await deps.store.getProgramme(ctx, programmeId);
  const documents = await deps.store.listDocuments(ctx, programmeId);
  if (!programme || !documents) return [];
  const etags = new Map(documents.map((doc) => [`${doc.type}:${doc.id}`, doc.etag]));
  const ownAmbassadorships = documents.filter(
    (doc) => doc.type === 'ambassadorship' && doc.person.userId === userId,
  );
  const ownKeys = new Set(
    deps.authorKeysFor?.(
      programmeId,
      userId,
      ownAmbassadorships.map((amb) => amb.id),
    ) ?? [],
  );
  const plan = planProgrammeErasure({
    programme,
    documents,
    userId,
    pseudonyms: erasurePseudonyms(random, programme.locale),
    successor: ctx.user,
    now: deps.clock.now(),
    isOwnCheckIn: (checkIn: CheckIn) => ownKeys.has(checkIn.authorKey),
    ...(deps.alignmentRaterKey
      ? {
          alignmentRaterKeyOf: (meetingId: string) => deps.alignmentRaterKey!(programmeId, meetingId, userId),
        }
      : {}),
  });
  if (!plan.programme && plan.deletions.length === 0 && plan.replacements.length === 0) return [];
  report.programmes++;
  // Links first (check-ins, stamps), then the person's own documents, the programme last: an
  // erasure cut short leaves the person findable, so running it again finishes it.
  for (const doc of plan.replacements) {
    await deps.store.replaceDocument(ctx, doc as BoardDocument, etags.get(`${doc.type}:${doc.id}`) ?? '');
    if (doc.type === 'checkIn') report.unlinkedCheckIns++;
    else report.pseudonymised++;
  }
  for (const { type, id } of plan.deletions) {
    if (await deps.store.deleteDocument(ctx, programmeId, type, id)) report.deleted++;
  }
  if (plan.programme) {
    await deps.store.replaceProgramme(ctx, plan.programme, programme.etag);
    report.pseudonymised++;
  }
  return plan.mentions;
}
