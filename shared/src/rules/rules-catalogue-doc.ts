import type { RuleEntry } from './rules-catalogue-types';
import { settingBounds } from './setting-bounds';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function settingLine(entry: RuleEntry): string | null {
  if (!entry.setting) return null;
  const { default: value, min, max } = settingBounds(entry.setting);
  const shown = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const range = min !== undefined && max !== undefined ? `, ${min}–${max}` : '';
  return `\`${entry.setting}\` — default ${shown}${range} / standard ${shown}${range}`;
}

/**
 * `docs/rules.md`, generated from the catalogue: one section per rule, in English and Danish,
 * with its setting (default and bounds read from the schema), where it is enforced, which paths
 * call it and the tests that try to break it. A test keeps the page identical to this output.
 */
export function renderRulesDoc(rules: readonly RuleEntry[]): string {
  const out: string[] = [
    '# Rules catalogue · Regelkatalog',
    '',
    'Every rule of the card and every privacy promise of the app, each written once in `shared/` and',
    'called by every path (REST, card actions, scheduler, tab). Generated from',
    '`shared/src/rules/rules-catalogue.ts` by `npm run rules:doc`; a test fails when this page, the',
    'code or the works-council pages disagree.',
    '',
    'Alle kortets regler og alle appens løfter om privatliv, hver skrevet ét sted i `shared/` og brugt',
    'af alle veje (REST, kort i chatten, planlæggeren, fanen). Siden dannes af kataloget; en test fejler,',
    'hvis siden, koden eller siderne til samarbejdsudvalget er uenige.',
    '',
    '| Rule · Regel | Setting · Indstilling |',
    '| --- | --- |',
    ...rules.map(
      (r) =>
        `| [${cell(r.title.en)} · ${cell(r.title.da)}](#${r.id}) | ${r.setting ? `\`${r.setting}\`` : '—'} |`,
    ),
    '',
  ];
  for (const rule of rules) {
    out.push(`## <a id="${rule.id}"></a>${rule.title.en} · ${rule.title.da}`, '');
    out.push(`**English.** ${rule.statement.en}`, '');
    out.push(`**Dansk.** ${rule.statement.da}`, '');
    out.push('| | |', '| --- | --- |');
    const setting = settingLine(rule);
    if (setting) out.push(`| Setting · Indstilling | ${cell(setting)} |`);
    if (rule.figures?.length) out.push(`| Fixed figures · Faste tal | ${cell(rule.figures.join(', '))} |`);
    out.push(
      `| Enforced by · Håndhæves af | ${rule.enforcedBy.map((s) => `\`${s.symbol}\` (\`${s.file}\`)`).join('<br>')} |`,
    );
    out.push(`| Called from · Kaldes fra | ${cell(rule.calledFrom.join('; '))} |`);
    out.push(
      `| Proven by · Bevises af | ${rule.provenBy.map((p) => `\`${p.file}\` — “${cell(p.test)}”`).join('<br>')} |`,
    );
    if (rule.promised) out.push('| Works council · Samarbejdsudvalg | promised · lovet |');
    out.push('');
  }
  return `${out.join('\n')}`;
}
