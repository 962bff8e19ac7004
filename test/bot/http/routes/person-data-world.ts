import type { TenantContext, UserRef } from '@ambassadors/shared';
import { VERBS } from '../../../../bot/src/cards/reminder-cards';
import { api } from '../../../support/start-test-server';
import { signTestToken } from '../../../support/tokens';
import { conversation, outbox, preference, cardAction } from '../../storage/person-data-store-contract';
import { A, PEOPLE, demoBoardWithId, seedBoard, type ApiWorld } from './api-fixture';

/** Global Administrator's directory role template id (the token's `wids`). */
export const GLOBAL_ADMIN_ROLE = '62e90394-69f5-4237-9190-012177145e10';

/** The person whose data the tests write everywhere and then export or erase. */
export const ZELDA: UserRef = { userId: '7d3c9e21-5b8a-4f6e-9c1d-2e4f6a8b0c13', displayName: 'Zelda Quist' };
/** Her UPN as her token carries it (test/support/tokens.ts derives it from the name). */
export const ZELDA_UPN = 'zelda.quist@example.test';
/** Somebody else with the same kind of records, who must come through untouched. */
export const OTTO: UserRef = { userId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', displayName: 'Otto Vindberg' };

export const PROGRAMME_OWNED = 'programme-owned';
export const PROGRAMME_JOINED = 'programme-joined';

export function asAdmin(world: ApiWorld, tenantId = A) {
  return async (pathname: string, init: { method?: string; body?: unknown } = {}) => {
    const token = await signTestToken(
      { tenantId, oid: 'admin-oid-1', name: 'Ada Admin' },
      { authorityHost: world.jwks.url, key: world.jwks.keys[0]!, claims: { wids: [GLOBAL_ADMIN_ROLE] } },
    );
    return api(world.server.baseUrl, pathname, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
  };
}

async function ok(response: Promise<{ status: number; body: any }>, what: string) {
  const result = await response;
  if (result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result;
}

/**
 * Writes `person` into every kind of record the app keeps, through the real API where the API can
 * do it (owning and running one programme; being invited, applying, selected, agreeing, training,
 * checking in, attending and leaving in another) and through the delivery store the bot writes
 * with for the bot's records (conversations, preferences, reminders to and about them, card
 * actions). Returns the check-in texts they wrote.
 */
export async function writePersonEverywhere(world: ApiWorld, person: UserRef, suffix: string) {
  const store = world.server.store;
  const now = new Date();
  const ownedId = `${PROGRAMME_OWNED}${suffix}`;
  const joinedId = `${PROGRAMME_JOINED}${suffix}`;
  const owned = demoBoardWithId(A, ownedId, now, `o${suffix}-`);
  owned.programme.owners = [PEOPLE.leader, person];
  await seedBoard(store, owned);
  const joined = demoBoardWithId(A, joinedId, now, `j${suffix}-`);
  joined.programme.steps.posting.invitations.push({
    invitee: person,
    note: 'Du ville være god til det',
    invitedBy: PEOPLE.leader,
    invitedAt: now.toISOString(),
  });
  await seedBoard(store, joined);

  const asPerson = world.as(person);
  const asLeader = world.as(PEOPLE.leader);
  const base = (id: string) => `/api/v1/programmes/${id}`;

  // As co-owner of one programme: stamps all over the programme and its documents.
  await ok(
    asPerson(`${base(ownedId)}/key-messages`, { method: 'POST', body: { text: 'Vi lytter først' } }),
    'key message',
  );
  await ok(
    asPerson(`${base(ownedId)}/management-answers/selectAmbassadors`, {
      method: 'POST',
      body: { text: 'Frivilligt' },
    }),
    'management answer',
  );
  await ok(
    asPerson(`${base(ownedId)}/steps/training/override`, {
      method: 'POST',
      body: { status: 'done', note: 'Klar' },
      headers: {
        'if-match': `"${(await store.getProgramme({ tenantId: A, user: person }, ownedId))!.etag}"`,
      },
    }),
    'step override',
  );
  await ok(
    asPerson(`${base(ownedId)}/meetings`, {
      method: 'POST',
      body: {
        kind: 'alignment',
        scheduledAt: new Date(now.getTime() + 86_400_000).toISOString(),
        attendees: [person, PEOPLE.activeAmbassador],
      },
    }),
    'meeting as owner',
  );

  await ok(
    asPerson(`${base(ownedId)}/decisions`, {
      method: 'POST',
      body: { outcome: 'explain', theme: 'Arbejdspres', explanation: 'Vi ser på bemandingen' },
    }),
    'decision',
  );

  // As an employee of another: invited, applies, is selected, agrees, trains, checks in, leaves.
  await ok(
    asPerson(`${base(joinedId)}/applications`, {
      method: 'POST',
      body: { motivation: 'Jeg vil gerne hjælpe – jeg vil gerne styrke vores arbejdsfællesskab' },
    }),
    'apply',
  );
  const ctx: TenantContext = { tenantId: A, user: PEOPLE.leader };
  const docs = async () => (await store.listDocuments(ctx, joinedId))!;
  const application = (await docs()).find(
    (d) => d.type === 'application' && d.applicant.userId === person.userId,
  )!;
  await ok(
    asLeader(`${base(joinedId)}/applications/${application.id}/decision`, {
      method: 'POST',
      body: { outcome: 'selected', reason: 'Stærk motivation' },
    }),
    'select',
  );
  const ambOf = async () =>
    (await docs()).find((d) => d.type === 'ambassadorship' && d.person.userId === person.userId)!;
  let amb = await ambOf();
  if (amb.type !== 'ambassadorship') throw new Error('no ambassadorship');
  const template = joined.programme.steps.agreement.template!;
  await ok(
    asLeader(`${base(joinedId)}/ambassadors/${amb.id}/agreement`, {
      method: 'POST',
      body: { terms: template, term: amb.term },
      headers: { 'if-match': `"${amb.etag}"` },
    }),
    'propose agreement',
  );
  amb = await ambOf();
  const version = amb.type === 'ambassadorship' ? amb.agreement.versions.at(-1)!.version : 1;
  await ok(
    asPerson(`${base(joinedId)}/ambassadors/${amb.id}/agreement/accept`, {
      method: 'POST',
      body: { version },
    }),
    'accept',
  );
  await ok(
    asLeader(`${base(joinedId)}/ambassadors/${amb.id}/agreement/accept`, {
      method: 'POST',
      body: { version },
    }),
    'leader accept',
  );
  await ok(
    asPerson(`${base(joinedId)}/ambassadors/${amb.id}/training/mod-rolle/complete`, {
      method: 'POST',
      body: {},
    }),
    'training',
  );
  // One check-in: a second within the check-in interval is refused (CHECK_IN_TOO_SOON).
  const checkInTexts = [`Travlt i afdelingen ${suffix}`];
  for (const progress of checkInTexts) {
    await ok(
      asPerson(`${base(joinedId)}/check-ins`, {
        method: 'POST',
        body: {
          progress,
          alignment: 4,
          changeCourse: 'no',
          situations: [{ theme: 'Arbejdspres', description: 'Travlhed' }],
        },
      }),
      'check-in',
    );
  }
  await ok(
    asLeader(`${base(joinedId)}/meetings`, {
      method: 'POST',
      body: {
        kind: 'regular',
        scheduledAt: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
        attendees: [person],
      },
    }),
    'meeting as attendee',
  );
  amb = await ambOf();
  await ok(
    asLeader(`${base(joinedId)}/ambassadors/${amb.id}/exit`, {
      method: 'PATCH',
      body: { handoverNotes: 'Overdrages til teamet' },
      headers: { 'if-match': `"${amb.etag}"` },
    }),
    'exit plan',
  );

  // The bot's records: as the bot writes them.
  const delivery = world.server.deps.bot!.deliveryStore;
  await delivery.upsertConversation(
    conversation(A, person.userId, 'personal', `a:${person.userId}`, person.displayName),
  );
  await delivery.upsertConversation(
    conversation(A, person.userId, 'team', `19:${suffix}@thread.tacv2`, person.displayName),
  );
  await delivery.setPreference(preference(A, person.userId));
  await delivery.enqueue([
    outbox(A, joinedId, `ob-to-${suffix}`, person),
    outbox(A, joinedId, `ob-about-${suffix}`, PEOPLE.leader, {
      ambassadorshipId: amb.id,
      ambassadorName: person.displayName,
    }),
  ]);
  await delivery.createAction({ ...cardAction(A, joinedId, `ca-${suffix}`, person.userId) });
  // A card click through the bot's own card-action path (it records the action and the act).
  const clicked = await world.server.deps.bot!.actions.handle({
    tenantId: A,
    user: person,
    conversationId: `a:${person.userId}`,
    locale: 'da',
    verb: VERBS.completeTraining,
    data: {
      cardId: `card-${suffix}`,
      programmeId: joinedId,
      v: 1,
      ambassadorshipId: amb.id,
      moduleId: 'mod-dialog',
    },
    via: 'execute',
  });
  if (clicked.outcome !== 'recorded') throw new Error(`card action: ${JSON.stringify(clicked.card)}`);
  return { ownedId, joinedId, ambassadorshipId: amb.id, checkInTexts };
}
