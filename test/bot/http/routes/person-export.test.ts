import { PERSON_EXPORT_FORMAT } from '@ambassadors/shared';
import { B, PEOPLE, startApiWorld, type ApiWorld } from './api-fixture';
import { OTTO, ZELDA, writePersonEverywhere } from './person-data-world';

/**
 * `GET /api/v1/me/export` (GDPR art. 15/20): everything the app holds about the caller — and
 * only about the caller — as a JSON attachment. Their own check-ins are in it; nobody else's
 * export ever contains them.
 */
describe("a person's export", () => {
  let world: ApiWorld;
  let zelda: Awaited<ReturnType<typeof writePersonEverywhere>>;
  let otto: Awaited<ReturnType<typeof writePersonEverywhere>>;

  beforeAll(async () => {
    world = await startApiWorld({ env: { REMINDERS: 'off' } });
    zelda = await writePersonEverywhere(world, ZELDA, 'z');
    otto = await writePersonEverywhere(world, OTTO, 'o');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('is a JSON attachment of everything about them: programmes they own, their application, invitation, ambassadorship, meetings, check-ins and bot records', async () => {
    const response = await world.as(ZELDA)('/api/v1/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ambassadors-my-data-\d{4}-\d\d-\d\d\.json"$/,
    );
    const data = response.body;
    expect(data).toMatchObject({ format: PERSON_EXPORT_FORMAT, version: 1, person: ZELDA });

    const owned = data.programmes.find((p: any) => p.programmeId === zelda.ownedId);
    expect(owned.roles).toEqual(['owner', 'attendee']);
    expect(owned.meetings).toEqual([expect.objectContaining({ kind: 'alignment', held: false })]);

    const joined = data.programmes.find((p: any) => p.programmeId === zelda.joinedId);
    expect(joined.roles).toEqual(['invitee', 'applicant', 'ambassador', 'attendee']);
    expect(joined.invitations).toEqual([
      expect.objectContaining({ note: 'Du ville være god til det', invitedBy: PEOPLE.leader }),
    ]);
    expect(joined.applications).toEqual([
      expect.objectContaining({
        motivation: 'Jeg vil gerne hjælpe – jeg vil gerne styrke vores arbejdsfællesskab',
        decision: expect.objectContaining({ outcome: 'selected' }),
      }),
    ]);
    const [amb] = joined.ambassadorships;
    expect(amb.id).toBe(zelda.ambassadorshipId);
    expect(amb.agreement.ambassadorAcceptances).toHaveLength(1);
    expect(amb.agreement.leaderAcceptances).toHaveLength(1);
    // One module completed in the tab, one by a card click through the bot.
    expect(amb.training.map((t: any) => t.moduleId).sort()).toEqual(['mod-dialog', 'mod-rolle']);
    expect(amb.exit.handoverNotes).toBe('Overdrages til teamet');
    expect(amb.term).toEqual({ start: expect.any(String), end: expect.any(String) });
    expect(joined.meetings).toEqual([expect.objectContaining({ kind: 'regular' })]);
    expect(joined.checkIns.map((c: any) => c.progress).sort()).toEqual([...zelda.checkInTexts].sort());
    // The pseudonymous key is the server's, not part of the person's data.
    expect(JSON.stringify(joined.checkIns)).not.toContain('authorKey');

    expect(data.bot.conversations.map((c: any) => c.scope).sort()).toEqual(['personal', 'team']);
    expect(data.bot.preferences).toEqual([expect.objectContaining({ userId: ZELDA.userId, paused: true })]);
    // Reminders addressed to them; one to a leader that is about them is the leader's record.
    expect(data.bot.outbox.map((o: any) => o.id)).toEqual(['ob-to-z']);
    expect(data.bot.cardActions.map((a: any) => a.verb).sort()).toEqual([
      'acceptAgreement',
      'training.complete',
    ]);
  });

  it("holds nothing of anybody else's: not another ambassador's check-ins, applications or bot records", async () => {
    const response = await world.as(OTTO)('/api/v1/me/export');
    const text = JSON.stringify(response.body);
    for (const needle of [ZELDA.userId, ...zelda.checkInTexts, 'ob-to-z', 'ca-z', zelda.ambassadorshipId])
      expect({ needle, found: text.includes(needle) }).toEqual({ needle, found: false });
    expect(response.body.programmes.map((p: any) => p.programmeId).sort()).toEqual(
      [otto.joinedId, otto.ownedId].sort(),
    );
  });

  it("a leader's export does not contain their ambassadors' check-ins", async () => {
    const response = await world.as(PEOPLE.leader)('/api/v1/me/export');
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    for (const needle of [...zelda.checkInTexts, ...otto.checkInTexts]) expect(text).not.toContain(needle);
    expect(response.body.programmes.every((p: any) => p.checkIns.length === 0)).toBe(true);
  });

  it('the same person id in another tenant exports nothing of this one', async () => {
    const response = await world.as(ZELDA, B)('/api/v1/me/export');
    expect(response.status).toBe(200);
    expect(response.body.programmes).toEqual([]);
    expect(response.body.bot).toEqual({ conversations: [], preferences: [], outbox: [], cardActions: [] });
  });
});
