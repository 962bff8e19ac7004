import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_SETTINGS,
  RULES,
  programmeSettingsSchema,
  renderRulesDoc,
  settingBounds,
  type ProgrammeSettings,
} from '@ambassadors/shared';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the rules catalogue (docs/rules.md)', () => {
  it('docs/rules.md is exactly what `npm run rules:doc` generates from the catalogue', () => {
    expect(read('docs/rules.md')).toBe(renderRulesDoc(RULES));
  });

  it('has unique kebab-case ids, both languages, a source, a caller and a proof for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect({ id: rule.id, ok: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) }).toEqual({
        id: rule.id,
        ok: true,
      });
      for (const text of [rule.title.da, rule.title.en, rule.statement.da, rule.statement.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
      expect(rule.enforcedBy.length).toBeGreaterThan(0);
      expect(rule.calledFrom.length).toBeGreaterThan(0);
      expect(rule.provenBy.length).toBeGreaterThan(0);
    }
  });

  it.each(RULES.flatMap((r) => r.enforcedBy.map((s) => [r.id, s.symbol, s.file] as const)))(
    '%s is enforced by %s, which %s defines',
    (_id, symbol, file) => {
      // Rules of the card and privacy promises live in the domain package; the server's own
      // guarantees (limits, card-action records, card escaping) in the server.
      expect(file.startsWith('shared/src/') || file.startsWith('bot/src/')).toBe(true);
      expect(existsSync(path.join(ROOT, file))).toBe(true);
      const defines = new RegExp(
        `export (async )?(function|const|class|interface|type) ${escape(symbol)}\\b|export \\{[^}]*\\b${escape(symbol)}\\b`,
      );
      expect(read(file)).toMatch(defines);
    },
  );

  it.each(RULES.flatMap((r) => r.provenBy.map((p) => [r.id, p.file, p.test] as const)))(
    '%s is proven by %s: “%s”',
    (_id, file, title) => {
      expect(existsSync(path.join(ROOT, file))).toBe(true);
      // The title stands in a test's (or a suite's) name: on the line of its `it(`, `test(` or
      // `describe(`, or the line after an `.each(…)(` that opens it.
      const lines = read(file).split('\n');
      const opensTest = (at: number) =>
        /\b(it|test|describe)(\.each)?\(/.test(lines.slice(Math.max(0, at - 2), at + 1).join('\n'));
      const named = lines.flatMap((line, at) => (line.includes(title) && opensTest(at) ? [at] : []));
      expect(named.length).toBeGreaterThan(0);
    },
  );

  it("states each setting's default and bounds as the settings schema validates them", () => {
    for (const rule of RULES.filter((r) => r.setting)) {
      const key = rule.setting as keyof ProgrammeSettings;
      const bounds = settingBounds(key);
      expect(bounds.default).toEqual(DEFAULT_SETTINGS[key]);
      if (bounds.min !== undefined) {
        expect(programmeSettingsSchema.shape[key].safeParse(bounds.min).success).toBe(true);
        expect(programmeSettingsSchema.shape[key].safeParse(bounds.min - 1).success).toBe(false);
      }
      if (bounds.max !== undefined) {
        expect(programmeSettingsSchema.shape[key].safeParse(bounds.max).success).toBe(true);
        expect(programmeSettingsSchema.shape[key].safeParse(bounds.max + 1).success).toBe(false);
      }
    }
  });
});

describe.each(['da', 'en'] as const)(
  'the works-council page (%s) promises only what the catalogue proves',
  (locale) => {
    const page = read(`docs/works-council.${locale}.md`);
    const lines = page.split('\n');
    const linked = (line: string) => [...line.matchAll(/rules\.md#([a-z0-9-]+)/g)].map((m) => m[1]!);

    it('links only rules that exist', () => {
      const ids = new Set(RULES.map((r) => r.id));
      for (const id of lines.flatMap(linked)) expect({ id, known: ids.has(id) }).toEqual({ id, known: true });
    });

    it('links every promised rule', () => {
      const onPage = new Set(lines.flatMap(linked));
      for (const rule of RULES.filter((r) => r.promised)) {
        expect({ id: rule.id, onPage: onPage.has(rule.id) }).toEqual({ id: rule.id, onPage: true });
      }
    });

    it("repeats each linked rule's figures and setting default on the line that links it", () => {
      for (const line of lines) {
        for (const id of linked(line)) {
          const rule = RULES.find((r) => r.id === id)!;
          const expected = [...(rule.figures ?? [])];
          if (rule.setting) {
            const { default: value, min, max } = settingBounds(rule.setting);
            if (typeof value === 'number') expected.push(String(value));
            // A range the line states for this setting (it starts with the setting's minimum) must be its own.
            if (min !== undefined && max !== undefined && line.includes(`${min}–`))
              expected.push(`${min}–${max}`);
          }
          for (const figure of expected)
            expect({ id, figure, line: line.includes(figure) }).toEqual({ id, figure, line: true });
        }
      }
    });

    it('makes no promise in bold figures without linking the rule behind it', () => {
      for (const line of lines.filter((l) => /\*\*[^*]*\d[^*]*\*\*/.test(l))) {
        expect({ line, links: linked(line).length > 0 }).toEqual({ line, links: true });
      }
    });
  },
);
