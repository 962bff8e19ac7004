import fc from 'fast-check';
import {
  DomainError,
  alignmentAggregate,
  giveAlignmentScore,
  type Ambassadorship,
  type Meeting,
  type UserRef,
} from '@ambassadors/shared';
import {
  LEADER,
  makeActive,
  makeBoard,
  makeCandidate,
  makeMeeting,
  makeProgramme,
  rawAmbassadorship,
} from './fixtures';

const NOW = new Date('2026-03-05T09:30:00Z');
const ACTIVE_AT = new Date('2026-01-02T08:00:00Z');
const person = (id: string): UserRef => ({ userId: id, displayName: id });

/** Everybody who might try to score: who counts is decided by the rule, never by the test. */
type Kind = 'ambassador' | 'leaderAmbassador' | 'leader' | 'candidate' | 'former' | 'employee';
const KINDS: Kind[] = ['ambassador', 'leaderAmbassador', 'leader', 'candidate', 'former', 'employee'];

describe('law: the alignment figure needs the threshold of different people', () => {
  it('the aggregate is never visible from fewer than the threshold of distinct people, however scores are repeated or padded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.constantFrom(...KINDS), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 80 }),
        fc.integer({ min: 5, max: 9 }),
        (ambassadorCount, padding, attempts, minimum) => {
          const kinds: Kind[] = [...Array<Kind>(ambassadorCount).fill('ambassador'), ...padding, 'leader'];
          const people = kinds.map((kind, i) => ({ kind, ref: person(`${kind}-${i}`) }));
          const owners = [LEADER, ...people.filter((p) => p.kind.startsWith('leader')).map((p) => p.ref)];
          const programme = makeProgramme({
            startDate: '2026-01-01',
            owners,
            settings: { anonymityMinAnswers: minimum, anonymityMinFreeText: Math.max(10, minimum) },
          });
          const ambassadorships: Ambassadorship[] = people.flatMap(({ kind, ref }, i): Ambassadorship[] => {
            const id = `amb-${i}`;
            if (kind === 'ambassador' || kind === 'leaderAmbassador')
              return [makeActive(programme, ref, ACTIVE_AT, { id })];
            if (kind === 'candidate') return [makeCandidate(programme, ref, ACTIVE_AT, { id })];
            if (kind === 'former')
              return [
                rawAmbassadorship({ id, person: ref, term: { start: '2025-01-01', end: '2025-12-31' } }),
              ];
            return [];
          });
          const board = makeBoard(programme, { ambassadorships });
          let meeting: Meeting = makeMeeting({
            id: 'm',
            scheduledAt: '2026-03-05T09:00:00.000Z',
            kind: 'alignment',
          });
          const lastScore = new Map<string, number>();
          for (const [who, score] of attempts) {
            const p = people[who % people.length]!;
            try {
              meeting = giveAlignmentScore(
                board,
                meeting,
                { userId: p.ref.userId, raterKey: `k:${p.ref.userId}` },
                { score },
                NOW,
              );
              lastScore.set(p.ref.userId, score);
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              expect(error.code).toBe('ALIGNMENT_SCORE_NOT_AMBASSADOR');
            }
          }
          // Only plain active ambassadors were ever taken.
          const eligible = new Set(people.filter((p) => p.kind === 'ambassador').map((p) => p.ref.userId));
          for (const userId of lastScore.keys()) expect(eligible.has(userId)).toBe(true);

          const gated = alignmentAggregate(meeting, programme.settings);
          expect(gated.people).toBe(lastScore.size);
          expect(gated.minimum).toBe(minimum);
          if (lastScore.size < minimum) expect(gated.aggregate).toBeNull();
          else {
            const scores = [...lastScore.values()];
            expect(gated.aggregate).toEqual({
              mean: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
              distribution: [1, 2, 3, 4, 5].map((v) => scores.filter((s) => s === v).length),
              people: scores.length,
            });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
