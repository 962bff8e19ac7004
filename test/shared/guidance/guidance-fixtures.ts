/**
 * A programme whose five steps are all done and whose watch-outs are all on track, so each
 * guidance test can break exactly one thing and see exactly one action appear.
 */
import {
  ambassadorTaskSchema,
  cadenceSchema,
  completeModule,
  postingSchema,
  publishKeyMessage,
  trainingModuleSchema,
  type Ambassadorship,
  type BoardData,
  type Programme,
} from '@ambassadors/shared';
import { ANNA, LEADER, TERMS, makeActive, makeBoard, makeMeeting, makeProgramme } from '../fixtures';

/** Friday 20 March 2026, 11:00 in Copenhagen. */
export const NOW = new Date('2026-03-20T10:00:00Z');
export const SELECTED_AT = new Date('2026-02-01T09:00:00Z');

export const MODULES = [
  trainingModuleSchema.parse({ id: 'm1', title: 'The role' }),
  trainingModuleSchema.parse({ id: 'm2', title: 'Dialogues' }),
];

export function completeProgramme(overrides: Parameters<typeof makeProgramme>[0] = {}): Programme {
  const programme = makeProgramme({
    ...overrides,
    steps: {
      taskPlan: {
        tasks: [ambassadorTaskSchema.parse({ id: 't1', title: 'Open the Monday meeting', hoursPerMonth: 1 })],
      },
      posting: {
        posting: postingSchema.parse({
          title: 'Workplace-community ambassador',
          responsibilities: ['Push the dialogues'],
          expectations: ['Three hours a month'],
          hoursPerMonth: 3,
          termMonths: 12,
          applicationDeadline: '2026-01-25',
          publishedAt: '2026-01-05T09:00:00.000Z',
        }),
      },
      agreement: { template: TERMS },
      training: { modules: MODULES },
      meetings: {
        cadence: cadenceSchema.parse({ kind: 'monthly', weekOfMonth: -1, weekday: 4, time: '10:00' }),
      },
      ...overrides.steps,
    },
  });
  return publishKeyMessage(programme, 'We solve it together', LEADER, SELECTED_AT);
}

/** Active, both modules done. */
export function trainedAmbassador(programme: Programme, person = ANNA, id?: string): Ambassadorship {
  let amb = makeActive(programme, person, SELECTED_AT, id ? { id } : {});
  for (const m of MODULES) amb = completeModule(amb, m.id, MODULES, SELECTED_AT);
  return amb;
}

/** The programme on track: one trained ambassador and a regular meeting held ten days ago. */
export function onTrackBoard(programme = completeProgramme()): BoardData {
  return makeBoard(programme, {
    ambassadorships: [trainedAmbassador(programme)],
    meetings: [
      makeMeeting({
        id: 'held-1',
        scheduledAt: '2026-03-10T09:00:00.000Z',
        held: true,
        updatedAt: '2026-03-10T10:00:00.000Z',
      }),
    ],
  });
}
