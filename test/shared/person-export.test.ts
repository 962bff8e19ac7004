import fc from 'fast-check';
import {
  DEMO_PEOPLE,
  buildPersonExport,
  createDemoBoard,
  summarisePersonExport,
  type BoardDocument,
} from '@ambassadors/shared';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const EMPTY_BOT = { conversations: [], preferences: [], outbox: [], cardActions: [] };

/** The author key the server would derive for a person (only the server can; the test stands in). */
const keyOf = (userId: string) => `author:${userId}`;

/** The demo board, its check-ins keyed to the ambassadors in turn (nothing else links them). */
function boards() {
  const demo = createDemoBoard('tenant-1', NOW);
  const authors = demo.ambassadorships.map((amb) => amb.person.userId);
  const board = {
    ...demo,
    checkIns: demo.checkIns.map((c, i) => ({ ...c, authorKey: keyOf(authors[i % authors.length]!) })),
  };
  const documents: BoardDocument[] = [
    ...board.ambassadorships,
    ...board.applications,
    ...board.meetings,
    ...board.checkIns,
    ...board.decisions,
  ];
  return { board, boards: [{ programme: board.programme, documents }] };
}

describe("a person's export (law: everything about them, nothing about anybody else)", () => {
  it('holds exactly their own check-ins, ambassadorships and applications — for every demo person', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(DEMO_PEOPLE)), (person) => {
        const { board, boards: input } = boards();
        const data = buildPersonExport({
          tenantId: 'tenant-1',
          person,
          exportedAt: NOW,
          boards: input,
          delivery: EMPTY_BOT,
          isOwnCheckIn: (_programmeId, c) => c.authorKey === keyOf(person.userId),
        });
        const exported = data.programmes.flatMap((p) => p.checkIns.map((c) => c.id)).sort();
        expect(exported).toEqual(
          board.checkIns
            .filter((c) => c.authorKey === keyOf(person.userId))
            .map((c) => c.id)
            .sort(),
        );
        const others = Object.values(DEMO_PEOPLE).filter((p) => p.userId !== person.userId);
        for (const programme of data.programmes) {
          for (const amb of programme.ambassadorships) expect(amb.person.userId).toBe(person.userId);
          for (const app of programme.applications) expect(app.applicant.userId).toBe(person.userId);
          expect(JSON.stringify(programme.checkIns)).not.toContain('authorKey');
          // Meetings say when, never who else was there.
          expect(JSON.stringify(programme.meetings)).not.toMatch(
            new RegExp(others.map((o) => o.displayName).join('|')),
          );
        }
        expect(data.programmes.some((p) => p.owner)).toBe(person.userId === DEMO_PEOPLE.leader.userId);
      }),
    );
  });

  it('finds a check-in by the author key the server derives even when no ambassadorship links it', () => {
    const { board, boards: input } = boards();
    const checkIn = board.checkIns[0]!;
    const unlinked = { ...checkIn, id: 'keyed', authorKey: 'a-key-only-the-server-derives' };
    input[0]!.documents.push(unlinked);
    const data = buildPersonExport({
      tenantId: 'tenant-1',
      person: DEMO_PEOPLE.employee,
      exportedAt: NOW,
      boards: input,
      delivery: EMPTY_BOT,
      isOwnCheckIn: (_programmeId, c) => c.id === 'keyed',
    });
    expect(data.programmes.flatMap((p) => p.checkIns.map((c) => c.id))).toEqual(['keyed']);
  });

  it.each(['da', 'en'] as const)(
    'reads as a page in %s: one section per programme and one for the bot, with their check-in texts',
    (locale) => {
      const { boards: input } = boards();
      const data = buildPersonExport({
        tenantId: 'tenant-1',
        person: DEMO_PEOPLE.activeAmbassador,
        exportedAt: NOW,
        boards: input,
        delivery: EMPTY_BOT,
      });
      const sections = summarisePersonExport(data, locale);
      expect(sections).toHaveLength(data.programmes.length + 1);
      const text = sections.flatMap((s) => [s.heading, ...s.lines]).join('\n');
      for (const checkIn of data.programmes.flatMap((p) => p.checkIns))
        if (checkIn.progress) expect(text).toContain(checkIn.progress);
      expect(text).toContain(
        locale === 'da'
          ? 'Din tilknytning: ansøger, ambassadør, mødedeltager'
          : 'How you take part: applicant, ambassador, meeting attendee',
      );
    },
  );

  it('says so when the app holds no programme data about them', () => {
    const data = buildPersonExport({
      tenantId: 't',
      person: { userId: 'x', displayName: 'X' },
      exportedAt: NOW,
      boards: [],
      delivery: EMPTY_BOT,
    });
    expect(summarisePersonExport(data, 'en')[0]!.heading).toBe('The app holds no programme data about you.');
  });
});
