import type { BoardData } from '../model/board';
import { DomainError } from '../errors/domain-error';
import { termEndInstantOf } from './term';

/**
 * The three roles a person can have in one programme. Roles are derived from the programme's
 * data at a point in time — never stored — so a withdrawn ambassador loses their rights the
 * moment the withdrawal is saved, and an owner added to the programme gains them at once.
 */
export const PROGRAMME_ROLES = ['leader', 'ambassador', 'employee'] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

/** Every action the API and the bot check before they change or show something. */
export const PROGRAMME_ACTIONS = [
  'programme:view',
  'programme:edit',
  'step:edit',
  'step:override',
  'keyMessage:publish',
  'managementQuestion:answer',
  'managementQuestion:view',
  'posting:edit',
  'posting:publish',
  'posting:invite',
  'posting:apply',
  'application:viewAll',
  'application:decide',
  'ambassador:select',
  'ambassador:withdraw',
  'ambassador:viewAll',
  'agreement:propose',
  'agreement:accept',
  'training:edit',
  'training:complete',
  'meeting:plan',
  'meeting:record',
  'meeting:view',
  'checkIn:submit',
  'feedback:viewOverview',
  'decision:record',
  'youSaidWeDid:view',
  'reminders:viewReport',
  'person:erase',
  'programme:delete',
  'people:search',
  'programme:close',
  'programme:reopen',
  'report:view',
  'meeting:note',
  'workshop:run',
  'alignment:draft',
  'alignment:score',
  'openSituation:raise',
  'groupAgreement:record',
] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];

const L = 'leader';
const A = 'ambassador';
const E = 'employee';

/**
 * The explicit permission table. One row per action, so a review can read who may do what
 * without following code paths. Leaders accept the leader side of an agreement and
 * ambassadors their own side (the rule in agreement.ts checks which side is whose).
 * Employees see the programme and can apply; feedback overviews are leaders only and never
 * per person; "you said, we did" is for everybody in the programme.
 */
export const PERMISSIONS: Readonly<Record<ProgrammeAction, readonly ProgrammeRole[]>> = {
  'programme:view': [L, A, E],
  'programme:edit': [L],
  'step:edit': [L],
  'step:override': [L],
  'keyMessage:publish': [L],
  'managementQuestion:answer': [L],
  'managementQuestion:view': [L],
  'posting:edit': [L],
  'posting:publish': [L],
  'posting:invite': [L],
  'posting:apply': [E],
  'application:viewAll': [L],
  'application:decide': [L],
  'ambassador:select': [L],
  'ambassador:withdraw': [L],
  'ambassador:viewAll': [L],
  'agreement:propose': [L],
  'agreement:accept': [L, A],
  'training:edit': [L],
  'training:complete': [A],
  'meeting:plan': [L],
  'meeting:record': [L],
  'meeting:view': [L, A],
  'checkIn:submit': [A],
  'feedback:viewOverview': [L],
  'decision:record': [L],
  'youSaidWeDid:view': [L, A, E],
  'reminders:viewReport': [L],
  'person:erase': [L],
  'programme:delete': [L],
  /** Finding colleagues by name in the directory is for choosing people: leaders only. */
  'people:search': [L],
  'programme:close': [L],
  'programme:reopen': [L],
  'report:view': [L],
  /** Writing notes, "I'm here" and the agenda focus live in a meeting: the programme's leaders and ambassadors. */
  'meeting:note': [L, A],
  /** Facilitating the card's management workshop (time boxes, timer, outcomes): leaders only. */
  'workshop:run': [L],
  /** Leaders write the draft of the next key message during the alignment meeting. */
  'alignment:draft': [L],
  /** The alignment score is the ambassadors' voice; the rule also requires an active ambassadorship. */
  'alignment:score': [A],
  /** Raising a situation openly (named or on behalf of the group) is an ambassador's act. */
  'openSituation:raise': [A],
  /** The group's agreement is recorded in the meeting, by whoever takes the notes. */
  'groupAgreement:record': [L, A],
};

/**
 * The caller's role in a programme: owners are leaders (even if they are also ambassadors);
 * a person with a candidate or active ambassadorship whose term has not ended is an ambassador;
 * everybody else — including former ambassadors — is an employee.
 */
export function roleOf(board: BoardData, userId: string, now: Date): ProgrammeRole {
  if (board.programme.owners.some((owner) => owner.userId === userId)) return 'leader';
  const isAmbassador = board.ambassadorships.some(
    (amb) =>
      amb.person.userId === userId &&
      (amb.state === 'candidate' || amb.state === 'active') &&
      now.getTime() < termEndInstantOf(amb.term.end, board.programme.timeZone).getTime(),
  );
  return isAmbassador ? 'ambassador' : 'employee';
}

export function can(role: ProgrammeRole, action: ProgrammeAction): boolean {
  return PERMISSIONS[action].includes(role);
}

/** Throws FORBIDDEN unless the role may do the action: the guard API routes call first. */
export function assertCan(role: ProgrammeRole, action: ProgrammeAction): void {
  if (!can(role, action)) throw new DomainError('FORBIDDEN', { action });
}

/** Every action a role may do, for the board view's `permissions` list (the UI hides the rest). */
export function permissionsOf(role: ProgrammeRole): ProgrammeAction[] {
  return PROGRAMME_ACTIONS.filter((action) => can(role, action));
}
