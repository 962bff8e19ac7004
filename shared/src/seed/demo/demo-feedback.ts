import type { Ambassadorship } from '../../model/ambassadorship';
import { checkInSchema, type CheckIn } from '../../model/check-in';
import { decisionSchema, type Decision } from '../../model/decision';
import type { Programme } from '../../model/programme';
import { checkInExpiry } from '../../rules/feedback/check-ins';
import type { DemoClock } from './demo-clock';

/** The server's check-in author key (programme, person), when the demo is seeded by the server. */
export type DemoAuthorKey = (programmeId: string, userId: string) => string;

interface DemoCheckIn {
  id: string;
  /** The pseudonym written without the server's key. */
  author: string;
  ambassadorshipId: string;
  offset: number;
  alignment: number;
  theme: string;
}

// Random-looking ids and opaque pseudonyms, as the server writes them: nothing in a demo
// check-in points at the ambassadorship or the person (the server's keys are keyed hashes).
const DEMO_CHECK_INS: readonly DemoCheckIn[] = [
  {
    id: '3f1c9a52-8d4e-4b7a-9c21-6e0d5b8a7f13',
    author: 'demo-author-q7k2',
    ambassadorshipId: 'amb-jonas',
    offset: -30,
    alignment: 4,
    theme: 'Arbejdspres',
  },
  {
    id: 'b82e4d17-3a6f-4c95-8e0b-1d7c2f9a4e68',
    author: 'demo-author-m4x9',
    ambassadorshipId: 'amb-lars',
    offset: -23,
    alignment: 3,
    theme: 'Mødekultur',
  },
  // One check-in per interval (14 days): the demo ambassador may send the next one today.
  {
    id: '6a0d7e3b-f59c-4812-a7d4-c3b1e8f20957',
    author: 'demo-author-q7k2',
    ambassadorshipId: 'amb-jonas',
    offset: -15,
    alignment: 4,
    theme: 'Arbejdspres',
  },
];

/** Three check-ins from two ambassadors over the last month, each kept as long as its author's term says. */
export function demoCheckIns(
  programme: Programme,
  ambassadorships: readonly Ambassadorship[],
  { at }: DemoClock,
  authorKey?: DemoAuthorKey,
): CheckIn[] {
  return DEMO_CHECK_INS.map((c) => {
    const amb = ambassadorships.find((a) => a.id === c.ambassadorshipId)!;
    return checkInSchema.parse({
      id: c.id,
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'checkIn',
      authorKey: authorKey ? authorKey(programme.id, amb.person.userId) : c.author,
      progress: 'Vi har talt om samarbejde på to teammøder.',
      challenges: 'Svært at finde tid i spidsbelastning.',
      successes: 'Flere spørger hinanden til råds.',
      situations: [
        { theme: c.theme, description: 'En uenighed om prioritering blev løst ved at tale sammen.' },
      ],
      alignment: c.alignment,
      keyMessageVersion: 1,
      changeCourse: 'no',
      changeCourseSuggestion: '',
      submittedAt: at(c.offset),
      expiresAt: checkInExpiry(amb, programme).toISOString(),
    });
  });
}

/** The leaders' answer to the theme the check-ins raise ("you said, we did"). */
export function demoDecisions(programme: Programme, { stamp }: DemoClock): Decision[] {
  return [
    decisionSchema.parse({
      id: 'decision-1',
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'decision',
      outcome: 'changeCourse',
      theme: 'Arbejdspres',
      explanation: 'Vi flytter ambassadørmødet væk fra månedens travleste uge.',
      ...stamp(-20),
    }),
  ];
}
