import type { Programme } from '../../model/programme';
import { DEMO_PEOPLE } from '../demo-people';
import type { DemoClock } from './demo-clock';

const leader = DEMO_PEOPLE.leader;

/** The card's five steps filled in, each the way a leader would have planned it a few months ago. */
export function demoSteps(base: Programme['steps'], clock: DemoClock): Programme['steps'] {
  return {
    taskPlan: taskPlan(base.taskPlan, clock),
    posting: posting(base.posting, clock),
    agreement: agreement(base.agreement),
    training: training(base.training),
    meetings: meetings(base.meetings),
  };
}

/** Step 1: three small tasks, about 2.5 hours a month. */
function taskPlan(base: Programme['steps']['taskPlan'], { day }: DemoClock): Programme['steps']['taskPlan'] {
  return {
    ...base,
    owner: leader,
    dueDate: day(-140),
    tasks: [
      {
        id: 'task-dialog',
        title: 'Skub til dialogerne på teammøder',
        description:
          'Tag arbejdsfællesskabet op på teamets møder og hjælp kollegerne til at komme til enighed.',
        hoursPerMonth: 1,
      },
      {
        id: 'task-vaner',
        title: 'Bryd en vane om måneden',
        description: 'Vælg sammen med teamet én vane, I vil ændre, og følg op på den.',
        hoursPerMonth: 1,
      },
      {
        id: 'task-feedback',
        title: 'Giv feedback til ledelsen',
        description:
          'Fortæl om temaer og situationer, hvor du har måttet forholde dig – aldrig navngivne kolleger.',
        hoursPerMonth: 0.5,
      },
    ],
  };
}

/** Step 2: the internal posting, published, with one employee invited to apply. */
function posting(base: Programme['steps']['posting'], { day, at }: DemoClock): Programme['steps']['posting'] {
  return {
    ...base,
    owner: leader,
    dueDate: day(-120),
    posting: {
      title: 'Bliv ambassadør for arbejdsfællesskabet',
      responsibilities: [
        'Skubbe til dialogerne om, hvordan vi arbejder sammen',
        'Deltage i det månedlige ambassadørmøde',
        'Give ledelsen feedback om temaer og situationer',
      ],
      expectations: ['Ca. 3 timer om måneden', 'Lyst til at lytte til kolleger', 'Rollen varer 12 måneder'],
      hoursPerMonth: 3,
      termMonths: 12,
      applicationDeadline: day(14),
      publishedAt: at(-135),
    },
    invitations: [
      {
        invitee: DEMO_PEOPLE.employee,
        note: 'Du er god til at samle folk',
        invitedBy: leader,
        invitedAt: at(-134),
      },
    ],
  };
}

/** Step 3: the agreement template every ambassador's agreement starts from. */
function agreement(base: Programme['steps']['agreement']): Programme['steps']['agreement'] {
  return {
    ...base,
    owner: leader,
    template: {
      role: 'Arbejdsfællesskabs-ambassadør: du skubber til dialogerne og hjælper kolleger med at bryde vaner.',
      responsibilities: ['Deltage i månedlige møder', 'Give feedback om temaer og situationer'],
      expectations: ['3 timer om måneden', 'Rollen er frivillig og tidsbegrænset'],
      hoursPerMonth: 3,
      passOn: {
        themes: ['Samarbejde på tværs', 'Arbejdspres', 'Mødekultur'],
        situations: 'Situationer, hvor du aktivt har måttet forholde dig – beskrevet uden navne.',
      },
      confidentiality:
        'Det, kolleger fortæller i fortrolighed, bliver hos dig. Du videregiver temaer, ikke personer.',
    },
  };
}

/** Step 4: four training modules, due within the first two months. */
function training(base: Programme['steps']['training']): Programme['steps']['training'] {
  return {
    ...base,
    owner: leader,
    modules: [
      {
        id: 'mod-rolle',
        title: 'Ambassadørens rolle',
        description: 'Hvad rollen er – og ikke er.',
        resourceUrl: null,
        dueWithinDays: 14,
        required: true,
        addedAt: null,
      },
      {
        id: 'mod-dialog',
        title: 'Den gode dialog',
        description: 'Spørgeteknik og at skubbe til dialoger.',
        resourceUrl: null,
        dueWithinDays: 30,
        required: true,
        addedAt: null,
      },
      {
        id: 'mod-modstand',
        title: 'Når kolleger er imod',
        description: 'At møde modstand med nysgerrighed.',
        resourceUrl: null,
        dueWithinDays: 45,
        required: true,
        addedAt: null,
      },
      {
        id: 'mod-vidensbank',
        title: 'Vidensbank i Core Culture',
        description: 'Find inspiration til indsatser.',
        resourceUrl: null,
        dueWithinDays: 60,
        required: true,
        addedAt: null,
      },
    ],
  };
}

/** Step 5: a monthly meeting on the first Tuesday. */
function meetings(base: Programme['steps']['meetings']): Programme['steps']['meetings'] {
  return {
    ...base,
    owner: leader,
    cadence: { kind: 'monthly', weekOfMonth: 1, weekday: 2, time: '10:00', durationMinutes: 60 },
  };
}
