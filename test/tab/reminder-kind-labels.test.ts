import { REMINDER_KINDS } from '@ambassadors/shared';
import da from '../../tab/src/i18n/locales/da.json';
import en from '../../tab/src/i18n/locales/en.json';

/**
 * The leaders' reminders panel names every kind the scheduler can send: a kind added to the
 * planners without a label would show its code ("themeAnswered") to a person.
 */
describe('the reminders panel', () => {
  it.each([
    ['da', da],
    ['en', en],
  ])('has a %s label for every reminder kind', (_locale, texts) => {
    const labels = (texts as { reminders: { kind: Record<string, string> } }).reminders.kind;
    const missing = REMINDER_KINDS.filter((kind) => !labels[kind]?.trim());
    expect(missing).toEqual([]);
  });
});
