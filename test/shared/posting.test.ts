import { applyToPosting, postingOpen, postingSchema, withdraw } from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  EMPLOYEE,
  LEADER,
  makeActive,
  makeBoard,
  makeCandidate,
  makeProgramme,
  thrown,
} from './fixtures';

describe('posting', () => {
  const posting = postingSchema.parse({
    title: 'Workplace-community ambassador',
    responsibilities: ['Push the dialogues'],
    expectations: ['3 hours a month'],
    hoursPerMonth: 3,
    termMonths: 12,
    applicationDeadline: '2026-03-15',
    publishedAt: '2026-03-01T08:00:00.000Z',
  });
  const programme = makeProgramme({
    steps: {
      posting: {
        posting,
        invitations: [{ invitee: BO, note: '', invitedBy: LEADER, invitedAt: '2026-03-01T08:00:00.000Z' }],
      },
    },
  });
  const board = makeBoard(programme);

  it('is open from publication through the deadline day in the programme zone', () => {
    expect(postingOpen(programme, new Date('2026-03-01T07:59:59Z'))).toBe(false);
    expect(postingOpen(programme, new Date('2026-03-01T08:00:00Z'))).toBe(true);
    expect(postingOpen(programme, new Date('2026-03-15T22:59:59Z'))).toBe(true); // 23:59:59 CET
    expect(postingOpen(programme, new Date('2026-03-15T23:00:00Z'))).toBe(false);
    const ny = makeProgramme({ timeZone: 'America/New_York', steps: { posting: { posting } } });
    expect(postingOpen(ny, new Date('2026-03-16T03:30:00Z'))).toBe(true); // 23:30 EDT on the 15th
    expect(postingOpen(makeProgramme(), new Date('2026-03-05T08:00:00Z'))).toBe(false);
    expect(
      postingOpen(
        makeProgramme({ steps: { posting: { posting: { ...posting, publishedAt: null } } } }),
        new Date('2026-03-05T08:00:00Z'),
      ),
    ).toBe(false);
  });

  it('records an application, marking invitees', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    const app = applyToPosting({
      board,
      applicant: BO,
      motivation: 'I was asked and I care – jeg vil gerne styrke vores arbejdsfællesskab',
      now,
      id: 'app-bo',
    });
    expect(app).toMatchObject({
      id: 'app-bo',
      programmeId: programme.id,
      applicant: BO,
      invited: true,
      submittedAt: now.toISOString(),
      decision: null,
    });
    expect(
      applyToPosting({
        board,
        applicant: EMPLOYEE,
        motivation: 'Me too – jeg vil gerne styrke vores arbejdsfællesskab',
        now,
        id: 'app-e',
      }).invited,
    ).toBe(false);
  });

  it('refuses closed postings, second applications and current ambassadors', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    expect(
      thrown(() =>
        applyToPosting({
          board,
          applicant: BO,
          motivation: 'x – jeg vil gerne styrke vores arbejdsfællesskab',
          now: new Date('2026-03-16T10:00:00Z'),
          id: 'a',
        }),
      ).code,
    ).toBe('POSTING_CLOSED');
    const app = applyToPosting({
      board,
      applicant: BO,
      motivation: 'x – jeg vil gerne styrke vores arbejdsfællesskab',
      now,
      id: 'a1',
    });
    expect(
      thrown(() =>
        applyToPosting({
          board: { ...board, applications: [app] },
          applicant: BO,
          motivation: 'y – jeg vil gerne styrke vores arbejdsfællesskab',
          now,
          id: 'a2',
        }),
      ).code,
    ).toBe('ALREADY_APPLIED');
    const anna = makeActive(programme, ANNA, now);
    const withAnna = { ...board, ambassadorships: [anna] };
    expect(
      thrown(() =>
        applyToPosting({
          board: withAnna,
          applicant: ANNA,
          motivation: 'x – jeg vil gerne styrke vores arbejdsfællesskab',
          now,
          id: 'a3',
        }),
      ).code,
    ).toBe('ALREADY_AMBASSADOR');
    const former = { ...board, ambassadorships: [withdraw(anna, 'x', LEADER, now)] };
    expect(
      applyToPosting({
        board: former,
        applicant: ANNA,
        motivation: 'again – jeg vil gerne styrke vores arbejdsfællesskab',
        now,
        id: 'a4',
      }).applicant,
    ).toEqual(ANNA);
    expect(
      thrown(() => applyToPosting({ board, applicant: EMPLOYEE, motivation: ' ', now, id: 'a5' })).code,
    ).toBe('VALIDATION_FAILED');
    // A candidacy whose term passed without an agreement has lapsed: it does not block applying.
    const lapsed = makeCandidate(programme, CARL, new Date('2026-01-10T10:00:00Z'), {
      term: { start: '2026-01-10', end: '2026-03-01' },
    });
    expect(
      applyToPosting({
        board: { ...board, ambassadorships: [lapsed] },
        applicant: CARL,
        motivation: 'now for real – jeg vil gerne styrke vores arbejdsfællesskab',
        now,
        id: 'a6',
      }).applicant,
    ).toEqual(CARL);
  });
});
