import * as ACData from 'adaptivecards-templating';
import { cardShell, expandCard, textBlock, type CardJson } from '../../../bot/src/cards/card-template';

/** What a template gives when parsed afresh for this one expansion (no reuse at all). */
function expandedFresh(template: CardJson, data: Record<string, unknown>): CardJson {
  const expanded = new ACData.Template(structuredClone(template)).expand({ $root: data }) as CardJson;
  return { ...expanded, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' };
}

describe('expandCard reuses one parsed template for every card made from it', () => {
  const template = cardShell([
    textBlock('${title}'),
    textBlock('${note}', { $when: '${note != null}' }),
    { type: 'FactSet', facts: [{ $data: '${facts}', title: '${label}', value: '${value}' }] },
  ]);
  const frozen = structuredClone(template);
  const first = { title: 'Tak', note: 'Første', facts: [{ label: 'Hvad', value: 'Ansøgt' }] };
  const second = {
    title: 'Thanks',
    note: null,
    facts: [
      { label: 'A', value: '1' },
      { label: 'B', value: '2' },
    ],
  };

  it('each expansion is what a freshly parsed template gives, in any order, and the template is unchanged', () => {
    const a1 = expandCard(template, first);
    const b1 = expandCard(template, second);
    const a2 = expandCard(template, first);
    expect(a1).toEqual(expandedFresh(frozen, first));
    expect(b1).toEqual(expandedFresh(frozen, second));
    expect(a2).toEqual(a1);
    // The second card shows no note and two facts: nothing of the first card's data stayed behind.
    expect(JSON.stringify(b1)).not.toContain('Første');
    expect((b1.body as CardJson[]).find((b) => b.type === 'FactSet')!.facts).toHaveLength(2);
    expect(template).toEqual(frozen);
  });

  it('an expanded card changed by its caller does not change the next card', () => {
    const card = expandCard(template, first);
    (card.body as CardJson[])[0]!.text = 'changed';
    expect((expandCard(template, first).body as CardJson[])[0]!.text).toBe('Tak');
  });
});
