import {
  answerManagementQuestion,
  latestManagementAnswer,
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
      { text: 'After 12 months', by: LEADER, at: t1.toISOString() },
      { text: 'When the change has landed', by: LEADER_2, at: t2.toISOString() },
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
