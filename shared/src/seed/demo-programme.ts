import { DateTime } from 'luxon';
import { ambassadorshipSchema, type Ambassadorship } from '../model/ambassadorship';
import { applicationSchema } from '../model/application';
import type { BoardData } from '../model/board';
import { checkInSchema, type CheckIn } from '../model/check-in';
import type { UserRef } from '../model/common';
import { decisionSchema } from '../model/decision';
import { meetingSchema } from '../model/meeting';
import { programmeSchema } from '../model/programme';
import { newProgramme } from '../programme/new-programme';
import { checkInExpiry } from '../rules/feedback/check-ins';
import { DEMO_PEOPLE } from './demo-people';

export const DEMO_PROGRAMME_ID = 'demo-arbejdsfaellesskab';

const TIME_ZONE = 'Europe/Copenhagen';

/**
 * The Danish demo programme a new user sees on first start: the card's five steps filled in,
 * with three ambassadors at different stages (active mid-term, candidate awaiting her own
 * acceptance, active with the term ending in three weeks). Dates are relative to `now` so the
 * demo always looks current.
 */
export interface DemoBoardOptions {
  /**
   * The server's check-in author key (programme, person): with it the demo's check-ins carry
   * the pseudonyms the server would have written, so a demo ambassador finds their own check-ins
   * in their export. Without it they carry opaque stand-ins.
   */
  authorKey?: (programmeId: string, userId: string) => string;
}

export function createDemoBoard(tenantId: string, now: Date, options: DemoBoardOptions = {}): BoardData {
  const local = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
  const day = (offsetDays: number) => local.plus({ days: offsetDays }).toISODate()!;
  const at = (offsetDays: number, hour = 10) =>
    local.plus({ days: offsetDays }).set({ hour }).toUTC().toISO()!;
  const leader = DEMO_PEOPLE.leader;
  const stamp = (offsetDays: number, by: UserRef = leader) => ({ by, at: at(offsetDays) });

  const base = newProgramme({
    id: DEMO_PROGRAMME_ID,
    tenantId,
    name: 'Ambassadører for arbejdsfællesskabet',
    locale: 'da',
    owner: leader,
    now: new Date(at(-150)),
    purpose:
      'Styrke arbejdsfællesskabet ved at fastholde fokus, påvirke kulturen og bryde vanerne – med kolleger, der skubber til dialogerne.',
    targetGroup: 'Alle medarbejdere i driften og administrationen',
    timeZone: TIME_ZONE,
    startDate: day(-150),
  });

  const programme = programmeSchema.parse({
    ...base,
    endDate: day(215),
    updatedAt: at(-3),
    steps: {
      taskPlan: {
        ...base.steps.taskPlan,
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
      },
      posting: {
        ...base.steps.posting,
        owner: leader,
        dueDate: day(-120),
        posting: {
          title: 'Bliv ambassadør for arbejdsfællesskabet',
          responsibilities: [
            'Skubbe til dialogerne om, hvordan vi arbejder sammen',
            'Deltage i det månedlige ambassadørmøde',
            'Give ledelsen feedback om temaer og situationer',
          ],
          expectations: [
            'Ca. 3 timer om måneden',
            'Lyst til at lytte til kolleger',
            'Rollen varer 12 måneder',
          ],
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
      },
      agreement: {
        ...base.steps.agreement,
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
      },
      training: {
        ...base.steps.training,
        owner: leader,
        modules: [
          {
            id: 'mod-rolle',
            title: 'Ambassadørens rolle',
            description: 'Hvad rollen er – og ikke er.',
            resourceUrl: null,
            dueWithinDays: 14,
          },
          {
            id: 'mod-dialog',
            title: 'Den gode dialog',
            description: 'Spørgeteknik og at skubbe til dialoger.',
            resourceUrl: null,
            dueWithinDays: 30,
          },
          {
            id: 'mod-modstand',
            title: 'Når kolleger er imod',
            description: 'At møde modstand med nysgerrighed.',
            resourceUrl: null,
            dueWithinDays: 45,
          },
          {
            id: 'mod-vidensbank',
            title: 'Vidensbank i Core Culture',
            description: 'Find inspiration til indsatser.',
            resourceUrl: null,
            dueWithinDays: 60,
          },
        ],
      },
      meetings: {
        ...base.steps.meetings,
        owner: leader,
        cadence: { kind: 'monthly', weekOfMonth: 1, weekday: 2, time: '10:00', durationMinutes: 60 },
      },
    },
    keyMessages: [
      {
        version: 1,
        text: 'Vi løser opgaverne sammen – spørg en kollega, før du sidder fast alene.',
        createdBy: leader,
        createdAt: at(-60),
      },
    ],
    managementAnswers: {
      selectAmbassadors: [
        {
          text: 'Vi har valgt kolleger, som andre allerede går til – fra både drift og administration.',
          ...stamp(-110),
        },
      ],
      passOnInformation: [
        {
          text: 'Ja, som temaer og situationer – aldrig med navne på kolleger.',
          ...stamp(-110),
        },
      ],
      scopeOfRole: [],
    },
  });

  const ambassadorship = (
    id: string,
    person: UserRef,
    termStartOffset: number,
    termEndOffset: number,
    state: Ambassadorship['state'],
    reason: string,
    acceptedByAmbassador: boolean,
    completedModules: string[],
  ): Ambassadorship => {
    const term = { start: day(termStartOffset), end: day(termEndOffset) };
    const template = programme.steps.agreement.template!;
    return ambassadorshipSchema.parse({
      id,
      tenantId,
      programmeId: programme.id,
      type: 'ambassadorship',
      person,
      state,
      selection: { reason, applicationId: `app-${person.userId}`, ...stamp(termStartOffset - 7) },
      term,
      agreement: {
        versions: [{ ...template, version: 1, term, createdBy: leader, createdAt: at(termStartOffset - 5) }],
        leaderAcceptances: [{ version: 1, ...stamp(termStartOffset - 4) }],
        ambassadorAcceptances: acceptedByAmbassador
          ? [{ version: 1, ...stamp(termStartOffset - 3, person) }]
          : [],
      },
      training: completedModules.map((moduleId, index) => ({
        moduleId,
        completedAt: at(termStartOffset + 7 * (index + 1)),
      })),
      exit: {},
      activatedAt: state === 'active' ? at(termStartOffset) : null,
      createdAt: at(termStartOffset - 7),
      updatedAt: at(termStartOffset),
    });
  };

  const ambassadorships = [
    ambassadorship(
      'amb-jonas',
      DEMO_PEOPLE.activeAmbassador,
      -120,
      245,
      'active',
      'Jonas er en naturlig samlingsfigur i driften og har selv foreslået bedre overlevering mellem skift.',
      true,
      ['mod-rolle', 'mod-dialog'],
    ),
    ambassadorship(
      'amb-aisha',
      DEMO_PEOPLE.candidateAmbassador,
      3,
      368,
      'candidate',
      'Aisha har søgt med en stærk motivation og repræsenterer administrationen.',
      false,
      [],
    ),
    ambassadorship(
      'amb-lars',
      DEMO_PEOPLE.endingAmbassador,
      -344,
      21,
      'active',
      'Lars har lang erfaring og kolleger går allerede til ham med idéer.',
      true,
      ['mod-rolle', 'mod-dialog', 'mod-modstand', 'mod-vidensbank'],
    ),
  ];

  const applications = [
    DEMO_PEOPLE.activeAmbassador,
    DEMO_PEOPLE.candidateAmbassador,
    DEMO_PEOPLE.endingAmbassador,
  ].map((person, index) =>
    applicationSchema.parse({
      id: `app-${person.userId}`,
      tenantId,
      programmeId: programme.id,
      type: 'application',
      applicant: person,
      motivation: 'Jeg vil gerne være med til at styrke fællesskabet på tværs af teams.',
      invited: index === 0,
      submittedAt: at(-130 + index),
      decision: {
        outcome: 'selected',
        reason: ambassadorships[index]!.selection.reason,
        ...stamp(-127 + index),
      },
    }),
  );

  const meeting = (id: string, offset: number, held: boolean, kind: 'regular' | 'alignment') =>
    meetingSchema.parse({
      id,
      tenantId,
      programmeId: programme.id,
      type: 'meeting',
      kind,
      scheduledAt: at(offset),
      durationMinutes: 60,
      keyMessageVersion: 1,
      held,
      notes: held
        ? {
            progress: 'To teams har indført en fast runde om samarbejde på mandagsmødet.',
            challenges: 'Travlhed gør det svært at finde tid til dialogerne.',
            successes: 'Overleveringen mellem skift er blevet bedre.',
            keyMessage: 'Vi løser opgaverne sammen.',
          }
        : {},
      attendees: [leader, DEMO_PEOPLE.activeAmbassador, DEMO_PEOPLE.endingAmbassador],
      createdAt: at(offset - 14),
      updatedAt: at(held ? offset : offset - 14),
    });

  const meetings = [
    meeting('meeting-last', -25, true, 'alignment'),
    meeting('meeting-next', 6, false, 'alignment'),
  ];

  // Random-looking ids and opaque pseudonyms, as the server writes them: nothing in a demo
  // check-in points at the ambassadorship or the person (the server's keys are keyed hashes).
  const checkIn = (
    id: string,
    author: string,
    amb: Ambassadorship,
    offset: number,
    alignment: number,
    theme: string,
  ): CheckIn =>
    checkInSchema.parse({
      id,
      tenantId,
      programmeId: programme.id,
      type: 'checkIn',
      authorKey: options.authorKey ? options.authorKey(programme.id, amb.person.userId) : author,
      progress: 'Vi har talt om samarbejde på to teammøder.',
      challenges: 'Svært at finde tid i spidsbelastning.',
      successes: 'Flere spørger hinanden til råds.',
      situations: [{ theme, description: 'En uenighed om prioritering blev løst ved at tale sammen.' }],
      alignment,
      keyMessageVersion: 1,
      changeCourse: 'no',
      changeCourseSuggestion: '',
      submittedAt: at(offset),
      expiresAt: checkInExpiry(amb, programme).toISOString(),
    });

  const checkIns = [
    checkIn(
      '3f1c9a52-8d4e-4b7a-9c21-6e0d5b8a7f13',
      'demo-author-q7k2',
      ambassadorships[0]!,
      -30,
      4,
      'Arbejdspres',
    ),
    checkIn(
      'b82e4d17-3a6f-4c95-8e0b-1d7c2f9a4e68',
      'demo-author-m4x9',
      ambassadorships[2]!,
      -23,
      3,
      'Mødekultur',
    ),
    checkIn(
      '6a0d7e3b-f59c-4812-a7d4-c3b1e8f20957',
      'demo-author-q7k2',
      // One check-in per interval (14 days): the demo ambassador may send the next one today.
      ambassadorships[0]!,
      -15,
      4,
      'Arbejdspres',
    ),
  ];

  const decisions = [
    decisionSchema.parse({
      id: 'decision-1',
      tenantId,
      programmeId: programme.id,
      type: 'decision',
      outcome: 'changeCourse',
      theme: 'Arbejdspres',
      explanation: 'Vi flytter ambassadørmødet væk fra månedens travleste uge.',
      ...stamp(-20),
    }),
  ];

  return { programme, ambassadorships, applications, meetings, checkIns, decisions };
}
