import fc from 'fast-check';
import {
  DEMO_PEOPLE,
  ambassadorshipSchema,
  applicationSchema,
  checkInSchema,
  createDemoBoard,
  decisionSchema,
  feedbackMonthSchema,
  openSituationSchema,
  erasurePseudonyms,
  meetingSchema,
  planProgrammeErasure,
  programmeSchema,
  type BoardDocument,
  type Programme,
} from '@ambassadors/shared';

const SCHEMAS = {
  ambassadorship: ambassadorshipSchema,
  application: applicationSchema,
  meeting: meetingSchema,
  checkIn: checkInSchema,
  decision: decisionSchema,
  feedbackMonth: feedbackMonthSchema,
  openSituation: openSituationSchema,
} as const;

const NOW = new Date('2026-11-27T10:00:00.000Z');
const ADMIN = { userId: 'admin-1', displayName: 'Ada Admin' };

/** The author key the server would derive for a person (only the server can; the test stands in). */
const keyOf = (userId: string) => `author:${userId}`;
const isOwnOf = (userId: string) => (checkIn: { authorKey: string }) => checkIn.authorKey === keyOf(userId);

/** The demo board, its check-ins keyed to the ambassadors in turn (nothing else links them). */
function demo() {
  const board = createDemoBoard('tenant-1', NOW);
  const authors = board.ambassadorships.map((amb) => amb.person.userId);
  const documents: BoardDocument[] = [
    ...board.ambassadorships,
    ...board.applications,
    ...board.meetings,
    ...board.checkIns.map((c, i) => ({ ...c, authorKey: keyOf(authors[i % authors.length]!) })),
    ...board.decisions,
  ];
  return { programme: board.programme, documents };
}

/** The board after the plan is carried out, as the store would hold it. */
function apply(
  programme: Programme,
  documents: BoardDocument[],
  plan: ReturnType<typeof planProgrammeErasure>,
) {
  const gone = new Set(plan.deletions.map((d) => `${d.type}:${d.id}`));
  const replaced = new Map(plan.replacements.map((d) => [`${d.type}:${d.id}`, d]));
  return {
    programme: plan.programme ?? programme,
    documents: documents
      .filter((d) => !gone.has(`${d.type}:${d.id}`))
      .map((d) => replaced.get(`${d.type}:${d.id}`) ?? d),
  };
}

const people = fc.constantFrom(...Object.values(DEMO_PEOPLE));
const pseudonymSeed = fc.stringMatching(/^[a-z0-9]{8,32}$/);

describe('the erasure plan (law: erasure leaves nothing that names the person)', () => {
  it('after it, no record names the person by id or name, and every record still passes its schema', () => {
    fc.assert(
      fc.property(people, pseudonymSeed, fc.constantFrom('da', 'en' as const), (person, seed, locale) => {
        const { programme, documents } = demo();
        const plan = planProgrammeErasure({
          programme,
          documents,
          userId: person.userId,
          pseudonyms: erasurePseudonyms(seed, locale),
          successor: ADMIN,
          now: NOW,
          isOwnCheckIn: isOwnOf(person.userId),
        });
        const after = apply(programme, documents, plan);
        const json = JSON.stringify(after);
        expect(json).not.toContain(person.userId);
        expect(json).not.toContain(person.displayName);
        expect(() => programmeSchema.parse(after.programme)).not.toThrow();
        for (const doc of after.documents) expect(() => SCHEMAS[doc.type].parse(doc)).not.toThrow();
        expect(after.programme.owners.length).toBeGreaterThan(0);
      }),
    );
  });

  it('touches only what names the person or is theirs, and keeps the count of distinct check-in authors', () => {
    fc.assert(
      fc.property(people, pseudonymSeed, (person, seed) => {
        const { programme, documents } = demo();
        const plan = planProgrammeErasure({
          programme,
          documents,
          userId: person.userId,
          pseudonyms: erasurePseudonyms(seed, 'da'),
          successor: ADMIN,
          now: NOW,
          isOwnCheckIn: isOwnOf(person.userId),
        });
        const touched = [...plan.deletions, ...plan.replacements].map((d) => `${d.type}:${d.id}`);
        for (const key of touched) {
          const doc = documents.find((d) => `${d.type}:${d.id}` === key)!;
          const theirs =
            JSON.stringify(doc).includes(person.userId) ||
            (doc.type === 'checkIn' && doc.authorKey === keyOf(person.userId));
          expect({ key, theirs }).toEqual({ key, theirs: true });
        }
        const authors = (docs: BoardDocument[]) =>
          new Set(
            docs
              .filter((d) => d.type === 'checkIn' && Date.parse(d.expiresAt) > NOW.getTime())
              .map((d) => (d as { authorKey: string }).authorKey),
          ).size;
        expect(authors(apply(programme, documents, plan).documents)).toBe(authors(documents));
        // The check-in text stays; only the link goes.
        const texts = (docs: BoardDocument[]) =>
          docs
            .filter((d) => d.type === 'checkIn')
            .map((d) => JSON.stringify((d as { progress: string }).progress))
            .sort();
        expect(texts(apply(programme, documents, plan).documents)).toEqual(texts(documents));
      }),
    );
  });

  it('an alignment score stays in the round, but no longer under the key the server derives for the person', () => {
    const { programme, documents } = demo();
    const raterKey = (meetingId: string, userId: string) => `rater:${meetingId}:${userId}`;
    const person = DEMO_PEOPLE.activeAmbassador;
    const scored = documents.map((d) =>
      d.type === 'meeting' && d.id === 'meeting-next'
        ? {
            ...d,
            alignmentRound: {
              draft: '',
              scores: [
                { raterKey: raterKey(d.id, person.userId), score: 2 },
                { raterKey: raterKey(d.id, 'someone-else'), score: 5 },
              ],
            },
          }
        : d,
    );
    const plan = planProgrammeErasure({
      programme,
      documents: scored,
      userId: person.userId,
      pseudonyms: erasurePseudonyms('seed1234', 'da'),
      successor: ADMIN,
      now: NOW,
      isOwnCheckIn: isOwnOf(person.userId),
      alignmentRaterKeyOf: (meetingId) => raterKey(meetingId, person.userId),
    });
    const meeting = apply(programme, scored, plan).documents.find((d) => d.id === 'meeting-next')!;
    const scores = (meeting as { alignmentRound: { scores: { raterKey: string; score: number }[] } })
      .alignmentRound.scores;
    expect(scores.map((s) => s.score).sort()).toEqual([2, 5]);
    expect(scores.map((s) => s.raterKey)).not.toContain(raterKey('meeting-next', person.userId));
    expect(scores.map((s) => s.raterKey)).toContain(raterKey('meeting-next', 'someone-else'));
  });

  it('the sole owner is succeeded by the one who erases them; without a successor it refuses', () => {
    const { programme, documents } = demo();
    expect(programme.owners).toEqual([DEMO_PEOPLE.leader]);
    const input = {
      programme,
      documents,
      userId: DEMO_PEOPLE.leader.userId,
      pseudonyms: erasurePseudonyms('abc', 'en'),
      now: NOW,
    };
    expect(planProgrammeErasure({ ...input, successor: ADMIN }).programme!.owners).toEqual([ADMIN]);
    expect(() => planProgrammeErasure({ ...input, successor: null })).toThrow(/successor/);
  });

  it('check-ins past their retention are deleted, not kept', () => {
    const { programme, documents } = demo();
    const jonasAmb = documents.find(
      (d) => d.type === 'ambassadorship' && d.person.userId === DEMO_PEOPLE.activeAmbassador.userId,
    )!;
    const expired = {
      ...documents.find((d) => d.type === 'checkIn')!,
      id: 'old',
      authorKey: keyOf(DEMO_PEOPLE.activeAmbassador.userId),
      expiresAt: '2026-01-01T00:00:00.000Z',
    } as BoardDocument;
    const plan = planProgrammeErasure({
      programme,
      documents: [...documents, expired],
      userId: DEMO_PEOPLE.activeAmbassador.userId,
      pseudonyms: erasurePseudonyms('abc', 'en'),
      successor: ADMIN,
      now: NOW,
      isOwnCheckIn: isOwnOf(DEMO_PEOPLE.activeAmbassador.userId),
    });
    expect(plan.deletions).toContainEqual({ type: 'checkIn', id: 'old' });
    expect(plan.replacements.some((d) => d.id === 'old')).toBe(false);
    expect(plan.mentions).toEqual(
      expect.arrayContaining([
        DEMO_PEOPLE.activeAmbassador.userId,
        jonasAmb.id,
        JSON.stringify(DEMO_PEOPLE.activeAmbassador.displayName),
      ]),
    );
  });
});
