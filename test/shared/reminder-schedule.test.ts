import fc from 'fast-check';
import {
  acceptAgreement,
  addDays,
  cadenceSchema,
  completeModule,
  dueReminders,
  isWorkingDay,
  localDateOf,
  moduleDueDate,
  nextAlignmentMeeting,
  nextReminderAt,
  planReminders,
  postingSchema,
  proposeAgreementVersion,
  trainingModuleSchema,
  withdraw,
  type BoardData,
  type Reminder,
  type ReminderKind,
  type ReminderOf,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  LEADER,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeCheckIn,
  makeMeeting,
  makeProgramme,
  type ProgrammeOptions,
} from './fixtures';

const d = (iso: string) => new Date(iso);
const YEAR_2026 = { from: d('2026-01-01T00:00:00Z'), to: d('2027-01-01T00:00:00Z') };
const ofKind = <K extends ReminderKind>(reminders: Reminder[], kind: K) =>
  reminders.filter((r): r is ReminderOf<K> => r.kind === kind);
const summary = (reminders: Reminder[]) => reminders.map((r) => `${r.dueAt} ${r.id}`);
const who = (r: Reminder | undefined) => r?.recipients.map((p) => p.userId);

const monthlyLastThursday = cadenceSchema.parse({
  kind: 'monthly',
  weekOfMonth: -1,
  weekday: 4,
  time: '10:00',
});
const module14 = trainingModuleSchema.parse({ id: 'm1', title: 'Intro', dueWithinDays: 14 });

/** A programme with everything switched on: posting, training, cadence, three people. */
function richBoard(options: ProgrammeOptions = {}): BoardData {
  const programme = makeProgramme({
    ...options,
    steps: {
      meetings: { cadence: monthlyLastThursday },
      training: { modules: [module14] },
      posting: {
        posting: postingSchema.parse({
          title: 'Ambassador',
          responsibilities: [],
          expectations: [],
          hoursPerMonth: 3,
          termMonths: 12,
          applicationDeadline: '2026-01-20',
          publishedAt: '2026-01-05T09:00:00.000Z',
        }),
        invitations: [{ invitee: CARL, note: '', invitedBy: LEADER, invitedAt: '2026-01-05T09:00:00.000Z' }],
      },
      ...options.steps,
    },
  });
  const anna = makeActive(programme, ANNA, d('2026-02-02T10:00:00Z'), {
    term: { start: '2026-02-02', end: '2026-06-30' },
  });
  const bo = makeActive(programme, BO, d('2026-01-31T10:00:00Z'));
  const carl = proposeAgreementVersion(
    makeCandidate(programme, CARL, d('2026-02-02T10:00:00Z')),
    TERMS,
    { start: '2026-02-02', end: '2027-01-31' },
    LEADER,
    d('2026-02-02T10:00:00Z'),
  );
  const meetings = [
    makeMeeting({ id: 'mt-feb', scheduledAt: '2026-02-26T09:00:00.000Z', held: true }),
    makeMeeting({ id: 'mt-mar', scheduledAt: '2026-03-26T09:00:00.000Z', held: true }),
  ];
  const checkIns = [makeCheckIn({ submittedAt: '2026-03-03T09:00:00.000Z', authorKey: 'key-bo' })];
  return makeBoard(programme, { ambassadorships: [anna, bo, carl], meetings, checkIns });
}

describe('reminder schedule: stability', () => {
  const board = richBoard();
  const whole = planReminders(board, YEAR_2026);

  it('plans every kind the board calls for, sorted by time', () => {
    const kinds = new Set(whole.map((r) => r.kind));
    for (const kind of [
      'postingAnnouncement',
      'postingDeadline',
      'agreementAcceptance',
      'trainingModule',
      'meeting',
      'alignmentMeeting',
      'checkInRequest',
      'termEnding30',
      'termEnding7',
      'termEndedExit',
      'leaderDigest',
    ] as const) {
      expect(kinds.has(kind)).toBe(true);
    }
    expect(whole.map((r) => r.dueAt)).toEqual([...whole.map((r) => r.dueAt)].sort());
    expect(new Set(whole.map((r) => r.id)).size).toBe(whole.length);
    for (const r of whole) {
      expect(r.id.startsWith(`${board.programme.id}:${r.kind}:`)).toBe(true);
      expect(r).toMatchObject({
        tenantId: board.programme.tenantId,
        programmeId: board.programme.id,
        locale: 'da',
      });
    }
  });

  it('gives the same reminders, with the same ids, whatever way the time is cut into windows', () => {
    const cuts = [
      '2026-01-17T08:00:00.000Z',
      '2026-02-23T07:00:00Z',
      '2026-03-01T00:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-06-30T22:00:00Z',
    ].map(d);
    const edges = [YEAR_2026.from, ...cuts, YEAR_2026.to];
    const pieces = edges.slice(1).flatMap((to, i) => planReminders(board, { from: edges[i]!, to }));
    expect(pieces).toEqual(whole);
    // Overlapping windows agree on what they share.
    const a = planReminders(board, { from: d('2026-01-15T00:00:00Z'), to: d('2026-04-15T00:00:00Z') });
    const b = planReminders(board, { from: d('2026-03-01T00:00:00Z'), to: d('2026-06-01T00:00:00Z') });
    const shared = a.filter((r) => b.some((s) => s.id === r.id));
    expect(shared.length).toBeGreaterThan(3);
    for (const r of shared) expect(b.find((s) => s.id === r.id)).toEqual(r);
    // And planning twice is the same.
    expect(planReminders(board, YEAR_2026)).toEqual(whole);
  });

  it('finds what is due within the lookback and when to look next', () => {
    const now = d('2026-02-25T09:30:00Z');
    expect(summary(dueReminders(board, now))).toEqual([
      '2026-02-24T08:00:00.000Z prog-1:trainingModule:amb-anna:m1.2',
      '2026-02-24T08:00:00.000Z prog-1:trainingModule:amb-bo:m1.2', // due Monday 16th, not Saturday 14th
      '2026-02-25T09:00:00.000Z prog-1:meeting:cadence:2026-02-26',
    ]);
    expect(summary(dueReminders(board, now, 1))).toEqual([
      '2026-02-25T09:00:00.000Z prog-1:meeting:cadence:2026-02-26',
    ]);
    expect(nextReminderAt(board, now)).toEqual(d('2026-02-26T10:00:00.000Z')); // check-in requests after the meeting
    expect(nextReminderAt(board, d('2026-02-26T10:00:00.000Z'))).not.toEqual(d('2026-02-26T10:00:00.000Z'));
    const empty = makeBoard(makeProgramme());
    expect(nextReminderAt(empty, now, 35)).toEqual(d('2026-04-01T09:30:00Z'));
  });
});

describe('reminder schedule: rules', () => {
  const board = richBoard();
  const whole = planReminders(board, YEAR_2026);

  it('announces the posting to invitees (audience everyone) and warns owners 3 days before the deadline', () => {
    const [announce] = ofKind(whole, 'postingAnnouncement');
    expect(announce).toMatchObject({
      dueAt: '2026-01-05T09:00:00.000Z',
      subject: { type: 'posting', id: 'prog-1' },
    });
    expect(announce?.data).toMatchObject({
      audience: 'everyone',
      title: 'Ambassador',
      applicationDeadline: '2026-01-20',
    });
    expect(who(announce)).toEqual(['carl']);
    const [deadline] = ofKind(whole, 'postingDeadline');
    expect(deadline).toMatchObject({
      dueAt: '2026-01-16T08:00:00.000Z', // 3 days before is a Saturday: the Friday before
      id: 'prog-1:postingDeadline:posting:2026-01-20',
    });
    expect(who(deadline)).toEqual(['leader-1']);
  });

  it('reminds 24 h before each meeting, at local time across DST, to current ambassadors and owners', () => {
    const meetings = ofKind(whole, 'meeting');
    expect(summary(meetings).slice(0, 3)).toEqual([
      '2026-02-25T09:00:00.000Z prog-1:meeting:cadence:2026-02-26',
      '2026-03-25T09:00:00.000Z prog-1:meeting:cadence:2026-03-26', // CET
      '2026-04-29T08:00:00.000Z prog-1:meeting:cadence:2026-04-30', // CEST
    ]);
    expect(meetings.find((r) => r.id.endsWith('2026-10-29'))?.dueAt).toBe('2026-10-28T09:00:00.000Z'); // CET again
    expect(who(meetings[0])).toEqual(['anna', 'bo', 'leader-1']);
    // Anna's term ended on 30 June: from July only Bo (a candidate, Carl, never gets one).
    expect(who(meetings.find((r) => r.id.endsWith('2026-07-30')))).toEqual(['bo', 'leader-1']);
    // Nothing before anybody was active (January).
    expect(meetings.some((r) => r.dueAt < '2026-02-01')).toBe(false);
  });

  it('keeps the meeting’s wall-clock time for its reminder on the night of a DST switch', () => {
    const sundays = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 7, time: '10:00' });
    const programme = makeProgramme({ steps: { meetings: { cadence: sundays } } });
    const ambassadorships = [makeActive(programme, ANNA, d('2026-01-05T12:00:00Z'))];
    const around = (from: string, to: string) =>
      summary(
        planReminders(makeBoard(programme, { ambassadorships }), { from: d(from), to: d(to) }).filter(
          (r) => r.kind === 'meeting',
        ),
      );
    // Sunday 29 March 10:00 CEST (08:00Z) → Saturday 28 March 10:00 CET (09:00Z): 23 real hours.
    expect(around('2026-03-20T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-21T09:00:00.000Z prog-1:meeting:cadence:2026-03-22',
      '2026-03-28T09:00:00.000Z prog-1:meeting:cadence:2026-03-29',
    ]);
    // Sunday 25 October 10:00 CET (09:00Z) → Saturday 24 October 10:00 CEST (08:00Z): 25 real hours.
    expect(around('2026-10-20T00:00:00Z', '2026-10-30T00:00:00Z')).toEqual([
      '2026-10-24T08:00:00.000Z prog-1:meeting:cadence:2026-10-25',
    ]);
  });

  it('keeps the cadence id when a meeting document fills in the details', () => {
    const planned = makeMeeting({
      id: 'mt-apr',
      scheduledAt: '2026-04-30T11:00:00.000Z',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    });
    const withDoc = planReminders({ ...board, meetings: [...board.meetings, planned] }, YEAR_2026);
    const april = ofKind(withDoc, 'meeting').filter((r) => r.id.includes('2026-04'));
    expect(april).toHaveLength(1);
    expect(april[0]).toMatchObject({
      id: 'prog-1:meeting:cadence:2026-04-30',
      dueAt: '2026-04-29T11:00:00.000Z',
    });
    expect(april[0]?.data).toMatchObject({
      meetingId: 'mt-apr',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    });
    const extra = makeMeeting({ id: 'mt-extra', kind: 'alignment', scheduledAt: '2026-05-06T12:00:00.000Z' });
    const extraReminders = ofKind(
      planReminders({ ...board, meetings: [...board.meetings, extra] }, YEAR_2026),
      'meeting',
    );
    expect(extraReminders.find((r) => r.id.startsWith('prog-1:meeting:mt-extra:'))?.dueAt).toBe(
      '2026-05-05T12:00:00.000Z',
    );
  });

  it('asks for a check-in after a held meeting, at most every checkInIntervalDays per ambassador', () => {
    const requests = ofKind(whole, 'checkInRequest');
    // Bo checked in on 3 March, but the 26 March meeting is more than 14 days later: asked again.
    expect(summary(requests)).toEqual([
      '2026-02-26T10:00:00.000Z prog-1:checkInRequest:amb-anna:mt-feb',
      '2026-02-26T10:00:00.000Z prog-1:checkInRequest:amb-bo:mt-feb',
      '2026-03-26T10:00:00.000Z prog-1:checkInRequest:amb-anna:mt-mar',
      '2026-03-26T10:00:00.000Z prog-1:checkInRequest:amb-bo:mt-mar',
    ]);
    const weekly = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'].map((day, i) =>
      makeMeeting({ id: `w${i}`, scheduledAt: `${day}T12:00:00.000Z`, held: true }),
    );
    const recentCheckIn = makeCheckIn({ submittedAt: '2026-03-20T09:00:00.000Z', authorKey: 'key-anna' });
    const throttled = ofKind(
      planReminders({ ...board, meetings: weekly, checkIns: [recentCheckIn] }, YEAR_2026),
      'checkInRequest',
    );
    expect(throttled.filter((r) => r.id.includes('amb-bo')).map((r) => r.data.afterMeetingId)).toEqual([
      'w0',
      'w2',
      'w4',
    ]);
    // A check-in names nobody, so Anna's own check-in on 20 March cannot hold back her request.
    expect(throttled.filter((r) => r.id.includes('amb-anna')).map((r) => r.data.afterMeetingId)).toEqual([
      'w0',
      'w2',
      'w4',
    ]);
  });

  it('sends the check-in request when a meeting is marked held afterwards, within a week', () => {
    const late = makeMeeting({
      id: 'late',
      scheduledAt: '2026-04-14T09:00:00.000Z',
      held: true,
      updatedAt: '2026-04-16T12:00:00.000Z',
    });
    const stale = makeMeeting({
      id: 'stale',
      scheduledAt: '2026-05-05T09:00:00.000Z',
      held: true,
      updatedAt: '2026-05-20T12:00:00.000Z',
    });
    const requests = ofKind(
      planReminders({ ...board, meetings: [late, stale] }, YEAR_2026),
      'checkInRequest',
    );
    expect(summary(requests.filter((r) => r.id.includes('amb-bo')))).toEqual([
      '2026-04-16T12:00:00.000Z prog-1:checkInRequest:amb-bo:late',
      '2026-05-05T10:00:00.000Z prog-1:checkInRequest:amb-bo:stale', // a past instant: never due in a live window
    ]);
  });

  it('reminds about open training modules before and after the due date, not once done', () => {
    const training = ofKind(whole, 'trainingModule');
    expect(summary(training.filter((r) => r.id.includes('amb-anna')))).toEqual([
      '2026-02-13T08:00:00.000Z prog-1:trainingModule:amb-anna:m1.0', // due 16 Feb, 3 days before
      '2026-02-17T08:00:00.000Z prog-1:trainingModule:amb-anna:m1.1',
      '2026-02-24T08:00:00.000Z prog-1:trainingModule:amb-anna:m1.2',
    ]);
    // Bo's module would fall due on Saturday 14 February: due the Monday after.
    expect(training[0]?.data).toMatchObject({ moduleId: 'm1', dueDate: '2026-02-16', overdue: false });
    const done = board.ambassadorships.map((a) =>
      a.state === 'active' ? completeModule(a, 'm1', [module14], d('2026-02-05T09:00:00Z')) : a,
    );
    expect(ofKind(planReminders({ ...board, ambassadorships: done }, YEAR_2026), 'trainingModule')).toEqual(
      [],
    );
  });

  it('announces an optional module once and never nudges it as overdue', () => {
    const training = board.programme.steps.training;
    const optional = {
      ...board,
      programme: {
        ...board.programme,
        steps: {
          ...board.programme.steps,
          training: { ...training, modules: training.modules.map((m) => ({ ...m, required: false })) },
        },
      },
    };
    expect(
      summary(
        ofKind(planReminders(optional, YEAR_2026), 'trainingModule').filter((r) => r.id.includes('amb-anna')),
      ),
    ).toEqual(['2026-02-13T08:00:00.000Z prog-1:trainingModule:amb-anna:m1.0']);
  });

  it('nudges each pending side of the current agreement version; a new version restarts with new ids', () => {
    const pending = ofKind(whole, 'agreementAcceptance');
    const ambassadorSide = pending.filter((r) => r.id.includes('.ambassador.'));
    // Every nudgeIntervalDays (7) until accepted or the term ends (31 Jan 2027): 48 in 2026.
    expect(ambassadorSide).toHaveLength(48);
    expect(ambassadorSide[47]?.dueAt).toBe('2026-12-28T08:00:00.000Z');
    expect(summary(ambassadorSide.slice(0, 5))).toEqual([
      '2026-02-02T10:00:00.000Z prog-1:agreementAcceptance:amb-carl:v1.ambassador.0',
      '2026-02-09T08:00:00.000Z prog-1:agreementAcceptance:amb-carl:v1.ambassador.1',
      '2026-02-16T08:00:00.000Z prog-1:agreementAcceptance:amb-carl:v1.ambassador.2',
      '2026-02-23T08:00:00.000Z prog-1:agreementAcceptance:amb-carl:v1.ambassador.3',
      '2026-03-02T08:00:00.000Z prog-1:agreementAcceptance:amb-carl:v1.ambassador.4',
    ]);
    // Proposing a version is the leaders' acceptance of it: only the ambassador is asked.
    expect(pending.filter((r) => r.id.includes('.leader.'))).toEqual([]);
    expect(who(pending.find((r) => r.id.includes('.ambassador.0')))).toEqual(['carl']);

    const carl = board.ambassadorships.find((a) => a.id === 'amb-carl')!;
    // Accepted on the term's first day: a term cannot start before its agreement is accepted.
    const signed = acceptAgreement(carl, 'ambassador', 1, CARL, d('2026-02-02T11:00:00Z'));
    const others = board.ambassadorships.filter((a) => a.id !== 'amb-carl');
    const afterOne = ofKind(
      planReminders({ ...board, ambassadorships: [...others, signed] }, YEAR_2026),
      'agreementAcceptance',
    );
    expect(afterOne).toEqual([]);

    const v2 = proposeAgreementVersion(
      signed,
      { ...TERMS, hoursPerMonth: 4 },
      { start: '2026-03-10', end: signed.term.end },
      LEADER,
      d('2026-03-10T13:00:00Z'),
    );
    const afterV2 = ofKind(
      planReminders({ ...board, ambassadorships: [...others, v2] }, YEAR_2026),
      'agreementAcceptance',
    );
    expect(afterV2.filter((r) => r.id.includes(':v2.')).map((r) => r.id)).toContain(
      'prog-1:agreementAcceptance:amb-carl:v2.ambassador.0',
    );
    expect(afterV2.find((r) => r.id.endsWith('v2.ambassador.0'))?.dueAt).toBe('2026-03-10T13:00:00.000Z');
    // The superseded version's requests are no longer planned (those already sent stay sent).
    expect(afterV2.filter((r) => r.id.includes(':v1.'))).toEqual([]);
  });

  it('calls the leaders to a monthly alignment meeting once two ambassadors are active', () => {
    const calls = ofKind(whole, 'alignmentMeeting');
    // Required since 2 Feb (Anna's activation, Bo already active) → due 2 March, called a week before.
    expect(summary(calls).slice(0, 2)).toEqual([
      '2026-02-23T08:00:00.000Z prog-1:alignmentMeeting:alignment:2026-03-02',
      // 2 April is Maundy Thursday, then Easter: due Tuesday 7 April, called a week before.
      '2026-03-31T07:00:00.000Z prog-1:alignmentMeeting:alignment:2026-04-07',
    ]);
    expect(who(calls[0])).toEqual(['leader-1']);
    // Not after Anna left: only Bo is current from July.
    expect(calls.some((r) => r.data.dueDate > '2026-07-07')).toBe(false);
    // A held alignment meeting (12 March) restarts the rhythm (due 12 April); a meeting planned
    // for 14 April makes that call unnecessary; May and June are called again.
    const held = makeMeeting({
      id: 'al-1',
      kind: 'alignment',
      scheduledAt: '2026-03-12T12:00:00.000Z',
      held: true,
    });
    const planned = makeMeeting({ id: 'al-2', kind: 'alignment', scheduledAt: '2026-04-14T12:00:00.000Z' });
    const moved = ofKind(
      planReminders({ ...board, meetings: [...board.meetings, held, planned] }, YEAR_2026),
      'alignmentMeeting',
    );
    expect(moved.map((r) => r.data.dueDate)).toEqual(['2026-03-02', '2026-05-12', '2026-06-12']);
    const unplanned = ofKind(
      planReminders({ ...board, meetings: [...board.meetings, held] }, YEAR_2026),
      'alignmentMeeting',
    );
    expect(unplanned.map((r) => r.data.dueDate)).toEqual([
      '2026-03-02',
      '2026-04-13', // 12 April is a Sunday
      '2026-05-12',
      '2026-06-12',
    ]);
  });

  it('names the same alignment due date as the board', () => {
    const now = d('2026-02-20T12:00:00Z');
    const next = nextAlignmentMeeting(board, now);
    const [firstCall] = ofKind(
      planReminders(board, { from: now, to: d('2026-03-20T00:00:00Z') }),
      'alignmentMeeting',
    );
    expect(next).toMatchObject({ source: 'due', at: '2026-03-02T08:00:00.000Z' });
    expect(firstCall?.data.dueDate).toBe('2026-03-02');
  });

  it('sends a weekly digest to leaders on the first working day when there were new check-ins', () => {
    const digests = ofKind(whole, 'leaderDigest').filter((r) => r.data.newCheckIns !== 0);
    expect(summary(digests)).toEqual(['2026-03-09T08:00:00.000Z prog-1:leaderDigest:digest:2026-03-09']);
    expect(digests[0]?.data).toEqual({
      since: '2026-03-02T08:00:00.000Z',
      until: '2026-03-09T08:00:00.000Z',
      newCheckIns: null,
      termsEnding: [],
      exits: [],
    });
    const many = Array.from({ length: 5 }, (_, i) =>
      makeCheckIn({ submittedAt: `2026-04-0${i + 1}T09:00:00.000Z`, authorKey: `key-${i}` }),
    );
    const busy = ofKind(planReminders({ ...board, checkIns: many }, YEAR_2026), 'leaderDigest').filter(
      (r) => r.data.newCheckIns !== 0,
    );
    expect(busy.map((r) => [r.dueAt, r.data.newCheckIns])).toEqual([['2026-04-06T07:00:00.000Z', 5]]);
    // five check-ins by one person: the digest says there were some, never how many
    const alone = many.map((c) => ({ ...c, authorKey: 'key-anna' }));
    // (digests of weeks without check-ins still list terms ending: not what this is about)
    const quiet = ofKind(planReminders({ ...board, checkIns: alone }, YEAR_2026), 'leaderDigest').filter(
      (r) => r.data.newCheckIns !== 0,
    );
    expect(quiet.map((r) => [r.dueAt, r.data.newCheckIns])).toEqual([['2026-04-06T07:00:00.000Z', null]]);
  });
});

describe('reminder schedule: term ends, time zones and calendars', () => {
  function termBoard(end: string, options: ProgrammeOptions = {}, start = '2026-01-05'): BoardData {
    const programme = makeProgramme(options);
    const amb = makeActive(programme, ANNA, d(`${start}T12:00:00Z`), { term: { start, end } });
    return makeBoard(programme, { ambassadorships: [amb] });
  }
  const termSummary = (
    board: BoardData,
    window = { from: d('2026-01-01T00:00:00Z'), to: d('2029-01-01T00:00:00Z') },
  ) => summary(planReminders(board, window).filter((r) => r.kind.startsWith('term')));

  it('warns 30 and 7 days before the end and calls the exit debrief, at 09:00 local across spring DST', () => {
    expect(termSummary(termBoard('2026-04-27'))).toEqual([
      '2026-03-28T08:00:00.000Z prog-1:termEnding30:amb-anna:2026-04-27', // CET
      '2026-04-20T07:00:00.000Z prog-1:termEnding7:amb-anna:2026-04-27', // CEST
      '2026-04-28T07:00:00.000Z prog-1:termEndedExit:amb-anna:end.2026-04-27',
    ]);
  });

  it('across the October switch', () => {
    expect(termSummary(termBoard('2026-10-31'))).toEqual([
      '2026-10-01T07:00:00.000Z prog-1:termEnding30:amb-anna:2026-10-31',
      '2026-10-24T07:00:00.000Z prog-1:termEnding7:amb-anna:2026-10-31', // CEST
      '2026-11-01T08:00:00.000Z prog-1:termEndedExit:amb-anna:end.2026-10-31', // CET
    ]);
  });

  it('across month ends (31 Jan → Feb) and the leap day', () => {
    expect(termSummary(termBoard('2026-03-02'))).toEqual([
      '2026-01-31T08:00:00.000Z prog-1:termEnding30:amb-anna:2026-03-02',
      '2026-02-23T08:00:00.000Z prog-1:termEnding7:amb-anna:2026-03-02',
      '2026-03-03T08:00:00.000Z prog-1:termEndedExit:amb-anna:end.2026-03-02',
    ]);
    expect(termSummary(termBoard('2028-02-29', {}, '2027-03-01'))).toEqual([
      '2028-01-30T08:00:00.000Z prog-1:termEnding30:amb-anna:2028-02-29',
      '2028-02-22T08:00:00.000Z prog-1:termEnding7:amb-anna:2028-02-29',
      '2028-03-01T08:00:00.000Z prog-1:termEndedExit:amb-anna:end.2028-02-29',
    ]);
  });

  it('in America/New_York, whose DST starts on another date', () => {
    expect(termSummary(termBoard('2026-03-14', { timeZone: 'America/New_York' }))).toEqual([
      '2026-02-12T14:00:00.000Z prog-1:termEnding30:amb-anna:2026-03-14', // 09:00 EST
      '2026-03-07T14:00:00.000Z prog-1:termEnding7:amb-anna:2026-03-14', // 09:00 EST
      '2026-03-15T13:00:00.000Z prog-1:termEndedExit:amb-anna:end.2026-03-14', // 09:00 EDT
    ]);
  });

  it('uses the working-hours start as the local time of day-based reminders', () => {
    const board = termBoard('2026-04-27', {
      settings: { workingHours: { start: '08:30', end: '15:00', days: [1, 2, 3, 4, 5] } },
    });
    expect(termSummary(board)[0]).toBe('2026-03-28T07:30:00.000Z prog-1:termEnding30:amb-anna:2026-04-27');
  });

  it('gives withdrawn and ended people nothing but their exit', () => {
    const board = richBoard();
    const withdrawnAt = d('2026-02-06T17:30:00Z'); // Friday evening → exit call on Monday 09:00
    const ambassadorships = board.ambassadorships.map((a) =>
      a.id === 'amb-anna' ? withdraw(a, 'Moved team', LEADER, withdrawnAt) : a,
    );
    const plan = planReminders({ ...board, ambassadorships }, YEAR_2026);
    const forAnna = plan.filter((r) => r.recipients.some((p) => p.userId === 'anna'));
    expect(summary(forAnna)).toEqual(['2026-02-09T08:00:00.000Z prog-1:termEndedExit:amb-anna:withdrawn']);
    expect(forAnna[0]?.data).toMatchObject({ reason: 'withdrawn' });
    expect(who(forAnna[0])).toEqual(['anna']);
    // Once the debrief is held, not even that.
    const debriefed = ambassadorships.map((a) =>
      a.id === 'amb-anna' ? { ...a, exit: { ...a.exit, debriefHeldAt: '2026-02-10T09:00:00.000Z' } } : a,
    );
    expect(
      planReminders({ ...board, ambassadorships: debriefed }, YEAR_2026).some(
        (r) => r.subject.id === 'amb-anna',
      ),
    ).toBe(false);
    // An ended term: after the end only the exit.
    const afterEnd = planReminders(board, { from: d('2026-07-01T00:00:00Z'), to: YEAR_2026.to });
    expect(summary(afterEnd.filter((r) => who(r)?.includes('anna')))).toEqual([
      '2026-07-01T07:00:00.000Z prog-1:termEndedExit:amb-anna:end.2026-06-30',
    ]);
  });

  it('sends only term-end and exit reminders after the programme has ended', () => {
    const board = richBoard();
    const ended = { ...board, programme: { ...board.programme, endDate: '2026-05-31' } };
    const after = planReminders(ended, { from: d('2026-05-31T22:00:00Z'), to: YEAR_2026.to });
    expect(new Set(after.map((r) => r.kind))).toEqual(
      new Set(['termEnding30', 'termEnding7', 'termEndedExit']),
    );
    expect(
      planReminders(ended, { from: d('2026-05-01T00:00:00Z'), to: d('2026-05-31T22:00:00Z') }).some(
        (r) => r.kind === 'meeting',
      ),
    ).toBe(true);
  });

  it('plans the alignment rhythm across 31 January and the leap day', () => {
    for (const [year, due, call] of [
      ['2026', '2026-03-02', '2026-02-23T08:00:00.000Z'], // 28 February 2026 is a Saturday
      ['2028', '2028-02-29', '2028-02-22T08:00:00.000Z'],
    ] as const) {
      const programme = makeProgramme({ startDate: `${year}-01-01`, now: d(`${year}-01-01T08:00:00Z`) });
      const ambassadorships = [
        makeActive(programme, ANNA, d(`${year}-01-20T12:00:00Z`)),
        makeActive(programme, BO, d(`${year}-01-31T12:00:00Z`)),
      ];
      const calls = ofKind(
        planReminders(makeBoard(programme, { ambassadorships }), {
          from: d(`${year}-01-01T00:00:00Z`),
          to: d(`${year}-04-01T00:00:00Z`),
        }),
        'alignmentMeeting',
      );
      expect(calls[0]).toMatchObject({ dueAt: call, data: { dueDate: due } });
    }
  });
});

describe('reminder schedule: who hears about a term ending', () => {
  const programme = makeProgramme();
  const anna = makeActive(programme, ANNA, d('2026-01-05T12:00:00Z'), {
    term: { start: '2026-01-05', end: '2026-04-27' },
  });
  const board = makeBoard(programme, { ambassadorships: [anna] });
  const plan = planReminders(board, YEAR_2026);

  it('tells the ambassador "your term ends in N days"; never the leaders', () => {
    const warnings = plan.filter((r) => r.kind === 'termEnding30' || r.kind === 'termEnding7');
    expect(warnings).toHaveLength(2);
    for (const r of warnings) expect(who(r)).toEqual(['anna']);
    expect(who(ofKind(plan, 'termEndedExit')[0])).toEqual(['anna']);
  });

  it('lists "X’s term ends in N days" in the leaders’ weekly digest, then the exit still to plan', () => {
    const digests = ofKind(plan, 'leaderDigest');
    expect(digests.every((r) => who(r)?.join() === 'leader-1')).toBe(true);
    expect(digests.map((r) => [r.id.split(':').pop(), r.data.termsEnding, r.data.exits])).toEqual([
      ['2026-03-30', [{ ambassadorName: 'Anna Andersen', termEnd: '2026-04-27', daysLeft: 28 }], []],
      ['2026-04-06', [{ ambassadorName: 'Anna Andersen', termEnd: '2026-04-27', daysLeft: 21 }], []],
      ['2026-04-13', [{ ambassadorName: 'Anna Andersen', termEnd: '2026-04-27', daysLeft: 14 }], []],
      ['2026-04-20', [{ ambassadorName: 'Anna Andersen', termEnd: '2026-04-27', daysLeft: 7 }], []],
      ['2026-04-27', [{ ambassadorName: 'Anna Andersen', termEnd: '2026-04-27', daysLeft: 0 }], []],
      ['2026-05-04', [], [{ ambassadorName: 'Anna Andersen', reason: 'termEnded', endedOn: '2026-04-27' }]],
      ['2026-05-11', [], [{ ambassadorName: 'Anna Andersen', reason: 'termEnded', endedOn: '2026-04-27' }]],
      ['2026-05-18', [], [{ ambassadorName: 'Anna Andersen', reason: 'termEnded', endedOn: '2026-04-27' }]],
      ['2026-05-25', [], [{ ambassadorName: 'Anna Andersen', reason: 'termEnded', endedOn: '2026-04-27' }]],
    ]);
    expect(digests[0]?.data.newCheckIns).toBe(0);
  });

  it('gives a withdrawn ambassador the withdrawal exit, and the leaders a digest line saying so', () => {
    const withdrawn = withdraw(anna, 'Moved team', LEADER, d('2026-02-10T10:00:00Z'));
    const after = planReminders(makeBoard(programme, { ambassadorships: [withdrawn] }), YEAR_2026);
    const [exit] = ofKind(after, 'termEndedExit');
    expect(exit).toMatchObject({
      id: 'prog-1:termEndedExit:amb-anna:withdrawn',
      data: { reason: 'withdrawn' },
    });
    expect(who(exit)).toEqual(['anna']);
    expect(ofKind(after, 'leaderDigest')[0]?.data.exits).toEqual([
      { ambassadorName: 'Anna Andersen', reason: 'withdrawn', endedOn: '2026-02-10' },
    ]);
  });
});

describe('reminder schedule: invitations to apply', () => {
  const posting = postingSchema.parse({
    title: 'Ambassador',
    responsibilities: [],
    expectations: [],
    hoursPerMonth: 3,
    termMonths: 12,
    applicationDeadline: '2026-02-20',
    publishedAt: '2026-01-05T09:00:00.000Z',
  });
  const invite = (invitee: typeof CARL, invitedAt: string, note = '') => ({
    invitee,
    note,
    invitedBy: LEADER,
    invitedAt,
  });
  const board = makeBoard(
    makeProgramme({
      steps: {
        posting: {
          posting,
          invitations: [
            invite(CARL, '2026-01-02T10:00:00.000Z', 'You would be *great* at this'),
            invite(BO, '2026-01-12T13:15:00.000Z', 'Think about it, Bo'),
          ],
        },
      },
    }),
  );
  const announcements = ofKind(planReminders(board, YEAR_2026), 'postingAnnouncement');

  it('tells everyone invited once — at publication, or when invited later — with the inviting leader’s note', () => {
    expect(announcements.map((r) => [r.dueAt, who(r), r.data.note, r.data.invitedBy])).toEqual([
      ['2026-01-05T09:00:00.000Z', ['carl'], 'You would be *great* at this', 'Lene Leder'],
      ['2026-01-12T13:15:00.000Z', ['bo'], 'Think about it, Bo', 'Lene Leder'],
    ]);
    expect(new Set(announcements.map((r) => r.id)).size).toBe(2);
    // Invited after publication and far beyond any look-back: still planned, with a stable id.
    const later = planReminders(board, { from: d('2026-01-12T00:00:00Z'), to: d('2026-01-13T00:00:00Z') });
    expect(ofKind(later, 'postingAnnouncement').map((r) => r.id)).toEqual([announcements[1]!.id]);
  });

  it('tells nobody before the posting is published', () => {
    const unpublished = {
      ...board,
      programme: {
        ...board.programme,
        steps: {
          ...board.programme.steps,
          posting: { ...board.programme.steps.posting, posting: { ...posting, publishedAt: null } },
        },
      },
    };
    expect(ofKind(planReminders(unpublished, YEAR_2026), 'postingAnnouncement')).toEqual([]);
  });
});

describe('reminder schedule: due dates on working days', () => {
  it('never sets an alignment meeting due on a weekend or a public holiday (1 January)', () => {
    const programme = makeProgramme({ startDate: '2026-11-01', now: d('2026-11-01T08:00:00Z') });
    const ambassadorships = [
      makeActive(programme, ANNA, d('2026-12-01T09:00:00Z')),
      makeActive(programme, BO, d('2026-12-01T09:30:00Z')),
    ];
    const board = makeBoard(programme, { ambassadorships });
    const calls = ofKind(
      planReminders(board, { from: d('2026-12-01T00:00:00Z'), to: d('2027-06-01T00:00:00Z') }),
      'alignmentMeeting',
    );
    // One month after 1 December is 1 January (a holiday, a Friday): due Monday 4 January.
    expect(calls[0]?.data.dueDate).toBe('2027-01-04');
    for (const call of calls) expect(isWorkingDay(call.data.dueDate, [1, 2, 3, 4, 5], 'DK')).toBe(true);
    expect(nextAlignmentMeeting(board, d('2026-12-20T12:00:00Z'))).toMatchObject({
      source: 'due',
      at: '2027-01-04T08:00:00.000Z',
    });
  });

  it('suggests cadence meetings off public holidays: Ascension Day’s meeting is on the Friday', () => {
    const thursdays = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 4, time: '10:00' });
    const programme = makeProgramme({ steps: { meetings: { cadence: thursdays } } });
    const board = makeBoard(programme, {
      ambassadorships: [makeActive(programme, ANNA, d('2026-02-02T10:00:00Z'))],
    });
    const may = ofKind(
      planReminders(board, { from: d('2026-05-10T00:00:00Z'), to: d('2026-05-20T00:00:00Z') }),
      'meeting',
    );
    expect(may.map((r) => [r.id, r.data.startsAt])).toEqual([
      ['prog-1:meeting:cadence:2026-05-15', '2026-05-15T08:00:00.000Z'],
    ]);
  });

  it('law: alignment and training due dates are working days of the programme’s country, and agree with the board', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('DK', 'DE', 'US'),
        (offset, gap, dueWithin, country) => {
          const start = addDays('2026-01-01', offset);
          const module = trainingModuleSchema.parse({ id: 'm1', title: 'Intro', dueWithinDays: dueWithin });
          const programme = makeProgramme({
            startDate: start,
            now: d(`${start}T08:00:00Z`),
            settings: { country },
            steps: { training: { modules: [module] } },
          });
          const anna = makeActive(programme, ANNA, d(`${start}T09:00:00Z`));
          const bo = makeActive(programme, BO, d(`${addDays(start, gap)}T09:00:00Z`));
          const board = makeBoard(programme, { ambassadorships: [anna, bo] });
          const window = { from: d(`${start}T00:00:00Z`), to: d(`${addDays(start, 120)}T00:00:00Z`) };
          const plan = planReminders(board, window);
          const weekdays = programme.settings.workingHours.days;
          for (const call of ofKind(plan, 'alignmentMeeting'))
            expect(isWorkingDay(call.data.dueDate, weekdays, country)).toBe(true);
          for (const r of ofKind(plan, 'trainingModule')) {
            expect(isWorkingDay(r.data.dueDate, weekdays, country)).toBe(true);
            const amb = r.data.ambassadorshipId === anna.id ? anna : bo;
            expect(moduleDueDate(amb, module, programme.timeZone, programme.settings)).toBe(r.data.dueDate);
          }
          const next = nextAlignmentMeeting(board, d(`${addDays(start, gap)}T12:00:00Z`));
          if (next?.source === 'due')
            expect(isWorkingDay(localDateOf(new Date(next.at), programme.timeZone), weekdays, country)).toBe(
              true,
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});
