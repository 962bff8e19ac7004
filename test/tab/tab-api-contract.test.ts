import type { z } from 'zod';
import {
  TAB_API,
  TAB_API_ROOT,
  type ErasureReport,
  type TabApiContract,
} from '@ambassadors/shared/api/tab-api-contract';
import type { BodyOf } from '@ambassadors/shared/api/route-contract';
import type { ApiRouteDoc } from '../../bot/src/http/routes/api-route';
import {
  GLOBAL_API_ROUTES,
  OPERATIONS_ROUTES,
  PROGRAMME_API_ROUTES,
  PROGRAMME_LIST_ROUTES,
} from '../../bot/src/http/routes/tab-api-routes';
import type { ownerBodySchema } from '../../bot/src/http/routes/programme-settings-routes';
import type {
  eraseBodySchema,
  ErasureReport as ServerErasureReport,
} from '../../bot/src/application/erase-person';

/** Every route the server declares (registered, documented, tested per route from these lists). */
const SERVER_ROUTES: readonly ApiRouteDoc[] = [
  ...GLOBAL_API_ROUTES,
  ...PROGRAMME_LIST_ROUTES,
  ...PROGRAMME_API_ROUTES,
  ...OPERATIONS_ROUTES,
];

const httpMethod = (method: ApiRouteDoc['method']) => (method === 'del' ? 'DELETE' : method.toUpperCase());
const keyOf = (method: string, path: string) => `${method} ${path}`;

/** Two types that must be the same, checked by tsc: each assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(proof: Same<A, B>) => proof;

describe('the tab API contract', () => {
  const server = new Map(SERVER_ROUTES.map((r) => [keyOf(httpMethod(r.method), r.path), r]));

  it('names only routes the server declares, with the same method and path', () => {
    const missing = Object.entries(TAB_API)
      .map(([name, c]) => ({ name, key: keyOf(c.method, `${TAB_API_ROOT}${c.path}`) }))
      .filter(({ key }) => !server.has(key));
    expect(missing).toEqual([]);
  });

  it('expects the answer the server documents for each route', () => {
    const answers = Object.fromEntries(
      Object.entries(TAB_API).map(([name, c]) => [
        name,
        server.get(keyOf(c.method, `${TAB_API_ROOT}${c.path}`))?.response,
      ]),
    );
    expect(answers).toEqual(
      Object.fromEntries(Object.entries(TAB_API).map(([name, c]) => [name, c.response])),
    );
  });

  it('sends a body exactly to the routes that read one', () => {
    // The contract's body types are types only; the server's schemas say which routes read a body.
    const readsBody = Object.fromEntries(
      Object.entries(TAB_API).map(([name, c]) => [
        name,
        server.get(keyOf(c.method, `${TAB_API_ROOT}${c.path}`))?.body !== undefined,
      ]),
    );
    expect(readsBody).toEqual({
      listProgrammes: false,
      createProgramme: true,
      creationPolicy: false,
      board: false,
      updateStep: true,
      overrideStepStatus: true,
      clearStepOverride: false,
      publishKeyMessage: true,
      answerManagementQuestion: true,
      apply: true,
      decideApplication: true,
      withdrawApplication: true,
      proposeAgreement: true,
      acceptAgreement: true,
      completeModule: false,
      withdraw: true,
      planExit: true,
      planMeeting: true,
      updateMeeting: true,
      generateMeetings: true,
      cancelMeeting: true,
      deleteMeeting: false,
      publishMeetingKeyMessage: true,
      closeProgramme: false,
      reopenProgramme: false,
      reportHtml: false,
      reportPdf: false,
      reportCsv: false,
      searchPeople: false,
      checkIn: true,
      recordDecision: true,
      feedbackOverview: false,
      changeSettings: true,
      addOwner: true,
      removeOwner: false,
      exportMyData: false,
      eraseInTenant: true,
      eraseInProgramme: true,
      bindTeamsMeeting: true,
      addMeetingNote: true,
      setMeetingPresence: true,
      addMeetingActionItem: true,
      setMeetingFocus: true,
      workshop: false,
      prepareWorkshop: false,
      setWorkshopTimeBox: true,
      workshopTimer: true,
      captureWorkshopOutcome: true,
      finishWorkshop: true,
      saveAlignmentDraft: true,
      giveAlignmentScore: true,
      publishAlignmentDraft: true,
      reminderPreview: false,
      reminderReport: false,
      resendReminders: true,
      undo: true,
      raiseOpenSituation: true,
      recordGroupAgreement: true,
      answerOpenSituation: true,
      addTrainingSession: true,
      updateTrainingSession: true,
      removeTrainingSession: false,
      recordSessionAttendance: true,
    } satisfies Record<keyof TabApiContract, boolean>);
  });

  it('types the bodies and answers the server declares outside shared exactly as the server does', () => {
    expect(same<BodyOf<TabApiContract['addOwner']>, z.input<typeof ownerBodySchema>>(true)).toBe(true);
    expect(same<BodyOf<TabApiContract['eraseInTenant']>, z.input<typeof eraseBodySchema>>(true)).toBe(true);
    expect(same<BodyOf<TabApiContract['eraseInProgramme']>, z.input<typeof eraseBodySchema>>(true)).toBe(
      true,
    );
    expect(same<ErasureReport, ServerErasureReport>(true)).toBe(true);
  });
});
