import type { BoardData } from '../model/board';
import { demoAmbassadorships } from './demo/demo-ambassadorships';
import { demoApplications } from './demo/demo-applications';
import { demoClock } from './demo/demo-clock';
import { demoCheckIns, demoDecisions, type DemoAuthorKey } from './demo/demo-feedback';
import { demoMeetings } from './demo/demo-meetings';
import { demoProgramme } from './demo/demo-programme-document';

export { DEMO_PROGRAMME_ID } from './demo/demo-programme-document';

export interface DemoBoardOptions {
  /**
   * The server's check-in author key (programme, person): with it the demo's check-ins carry
   * the pseudonyms the server would have written, so a demo ambassador finds their own check-ins
   * in their export. Without it they carry opaque stand-ins.
   */
  authorKey?: DemoAuthorKey;
}

/**
 * The Danish demo programme a new user sees on first start: the card's five steps filled in,
 * with three ambassadors at different stages (active mid-term, candidate awaiting her own
 * acceptance, active with the term ending in three weeks). Dates are relative to `now` so the
 * demo always looks current.
 */
export function createDemoBoard(tenantId: string, now: Date, options: DemoBoardOptions = {}): BoardData {
  const clock = demoClock(now);
  const programme = demoProgramme(tenantId, clock);
  const ambassadorships = demoAmbassadorships(programme, clock);
  return {
    programme,
    ambassadorships,
    applications: demoApplications(programme, ambassadorships, clock),
    meetings: demoMeetings(programme, clock),
    checkIns: demoCheckIns(programme, ambassadorships, clock, options.authorKey),
    decisions: demoDecisions(programme, clock),
  };
}
