import {
  answerManagementQuestion,
  latestManagementAnswer,
  managementAnswerHistory,
  type ManagementQuestionKey,
} from '@ambassadors/shared';
import { LEADER, LEADER_2, makeProgramme, thrown } from './fixtures';

describe('management questions', () => {
  const programme = makeProgramme();

  it('appends answers with who, when and what', () => {
    const t1 = new Date('2026-02-01T09:00:00Z');
    const t2 = new Date('2026-02-08T09:00:00Z');
    const one = answerManagementQuestion(programme, 'scopeOfRole', 'After 12 months', LEADER, t1);
    const two = answerManagementQuestion(one, 'scopeOfRole', 'When the change has landed', LEADER_2, t2);
    expect(two.managementAnswers.scopeOfRole).toEqual([
      { text: 'After 12 months', question: 0, by: LEADER, at: t1.toISOString() },
      { text: 'When the change has landed', question: 0, by: LEADER_2, at: t2.toISOString() },
    ]);
    expect(two.managementAnswers.selectAmbassadors).toEqual([]);
    expect(latestManagementAnswer(two, 'scopeOfRole')?.text).toBe('When the change has landed');
    expect(latestManagementAnswer(programme, 'scopeOfRole')).toBeNull();
    expect(programme.managementAnswers.scopeOfRole).toEqual([]);
  });

  it('validates the key and the text', () => {
    const t = new Date('2026-02-01T09:00:00Z');
    expect(
      thrown(() => answerManagementQuestion(programme, 'nope' as ManagementQuestionKey, 'x', LEADER, t)).code,
    ).toBe('VALIDATION_FAILED');
    expect(thrown(() => answerManagementQuestion(programme, 'passOnInformation', '', LEADER, t)).code).toBe(
      'VALIDATION_FAILED',
    );
  });
});

describe('each of the card’s questions answered on its own', () => {
  it('keeps a history per question and refuses a question the group does not have', () => {
    const programme = makeProgramme();
    const t1 = new Date('2026-03-01T09:00:00Z');
    const t2 = new Date('2026-03-02T09:00:00Z');
    const first = answerManagementQuestion(programme, 'selectAmbassadors', 'Sofie and Jonas', LEADER, t1, 0);
    const second = answerManagementQuestion(
      first,
      'selectAmbassadors',
      'They already bridge teams',
      LEADER_2,
      t2,
      1,
    );
    const changed = answerManagementQuestion(
      second,
      'selectAmbassadors',
      'Sofie, Jonas and Aisha',
      LEADER_2,
      t2,
      0,
    );
    expect(
      managementAnswerHistory(changed, 'selectAmbassadors', 0).map((a) => [a.text, a.by.userId, a.at]),
    ).toEqual([
      ['Sofie and Jonas', LEADER.userId, t1.toISOString()],
      ['Sofie, Jonas and Aisha', LEADER_2.userId, t2.toISOString()],
    ]);
    expect(managementAnswerHistory(changed, 'selectAmbassadors', 1).map((a) => a.text)).toEqual([
      'They already bridge teams',
    ]);
    expect(() => answerManagementQuestion(programme, 'scopeOfRole', 'x', LEADER, t1, 1)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
