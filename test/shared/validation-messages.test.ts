import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DomainError,
  FIELD_LABELS,
  ITEM_LABELS,
  LOCALES,
  checkInBodySchema,
  decisionBodySchema,
  fieldLabel,
  meetingCreateBodySchema,
  parseInput,
  stepUpdateBodySchemas,
  validationFailed,
  withdrawBodySchema,
} from '@ambassadors/shared';

const tabTexts = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(
      readFileSync(
        path.join(__dirname, '..', '..', 'tab', 'src', 'i18n', 'locales', `${locale}.json`),
        'utf8',
      ),
    ) as Record<string, unknown>,
  ]),
) as Record<(typeof LOCALES)[number], Record<string, unknown>>;

function tabText(locale: (typeof LOCALES)[number], key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tabTexts[locale]);
}

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('validation errors for people', () => {
  it('names a task’s empty title as the form labels it, in Danish and English', () => {
    const error = failure(() =>
      parseInput(stepUpdateBodySchemas.taskPlan, { tasks: [{ id: 't1', title: '', hoursPerMonth: 2 }] }),
    );
    expect(error.toBody('da')).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Oplysningerne er ikke gyldige: Opgave 1 – Opgave: skal udfyldes',
      fields: [{ path: 'tasks.0.title', label: 'Opgave 1 – Opgave', message: 'Skal udfyldes.' }],
    });
    expect(error.toBody('en').message).toBe('The data is not valid: Task 1 – Task: must be filled in');
  });

  it('says what a web address must look like, and names the module', () => {
    const error = failure(() =>
      parseInput(stepUpdateBodySchemas.training, {
        modules: [
          { id: 'm1', title: 'Intro' },
          { id: 'm2', title: 'Two', resourceUrl: 'not a url', dueWithinDays: 400 },
        ],
      }),
    );
    expect(error.fieldsIn('da')).toEqual([
      {
        path: 'modules.1.resourceUrl',
        label: 'Modul 2 – Link til materiale',
        message: 'Skal være en webadresse, der begynder med https://.',
      },
      { path: 'modules.1.dueWithinDays', label: 'Modul 2 – Frist (dage)', message: 'Må højst være 365.' },
    ]);
  });

  it('names the posting’s term field and its bound', () => {
    const error = validationFailed(
      stepUpdateBodySchemas.posting.safeParse({
        posting: {
          title: 'Ambassadør',
          responsibilities: [],
          expectations: [],
          hoursPerMonth: 4,
          termMonths: 40,
          applicationDeadline: '2026-12-24',
        },
      }).error!,
    );
    expect(error.fieldsIn('en')).toEqual([
      { path: 'posting.termMonths', label: 'Term (months)', message: 'Can be at most 36.' },
    ]);
  });

  it('uses the same field names as the tab’s forms', () => {
    for (const locale of LOCALES) {
      for (const label of Object.values(FIELD_LABELS))
        expect([label.form, label[locale]]).toEqual([label.form, tabText(locale, label.form)]);
      for (const label of Object.values(ITEM_LABELS))
        expect([label.form, label[locale]]).toEqual([
          label.form,
          String(tabText(locale, label.form)).replace('{{n}}', '{n}'),
        ]);
    }
  });

  it('never shows a person a schema path or zod’s own English, whatever the input', () => {
    const schemas = [
      ...Object.values(stepUpdateBodySchemas),
      meetingCreateBodySchema,
      checkInBodySchema,
      decisionBodySchema,
      withdrawBodySchema,
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.constant(null),
      fc.constant(''),
      fc.constant('x'.repeat(5000)),
    );
    const item = fc.dictionary(
      fc.constantFrom('id', 'title', 'resourceUrl', 'dueWithinDays', 'hoursPerMonth', 'theme', 'foo'),
      value,
    );
    const body = fc.dictionary(
      fc.constantFrom(
        'tasks',
        'modules',
        'posting',
        'situations',
        'kind',
        'scheduledAt',
        'reason',
        'notes',
        'owner',
      ),
      fc.oneof(value, fc.array(item, { maxLength: 3 }), item),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: schemas.length - 1 }), body, (index, input) => {
        const result = schemas[index]!.safeParse(input);
        if (result.success) return;
        const error = validationFailed(result.error);
        for (const locale of LOCALES) {
          const { message, fields } = error.toBody(locale);
          expect(fields!.length).toBe(result.error.issues.length);
          for (const field of fields!) {
            expect(field.label).not.toMatch(/\.\d|[a-z][A-Z]|^\w+\.\w+/);
            expect(field.message).not.toMatch(/expected|Invalid|Too (small|big)|Unrecognized/);
          }
          for (const issue of result.error.issues.filter((i) => i.path.length > 1))
            expect(message).not.toContain(issue.path.join('.'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to words, not a path, for a field no form names', () => {
    expect(fieldLabel(['somethingElse', 0, 'deep'], 'da')).toBe('Et felt');
    expect(fieldLabel(['tasks', 2], 'en')).toBe('Task 3');
    expect(fieldLabel(['posting', 'responsibilities', 1], 'en')).toBe('Responsibilities');
  });
});
