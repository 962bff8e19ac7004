import * as ACData from 'adaptivecards-templating';

export type CardJson = Record<string, unknown>;

const PREPARED = new WeakMap<CardJson, ACData.Template>();

/**
 * A template parsed once: `new Template` parses every `${…}` expression in it, which cost more
 * than the rest of a card action together; `expand` only evaluates them and leaves the template
 * as it was, so one parsed template serves every card made from the same template object.
 */
function preparedTemplate(template: CardJson): ACData.Template {
  let prepared = PREPARED.get(template);
  if (!prepared) {
    prepared = new ACData.Template(template);
    PREPARED.set(template, prepared);
  }
  return prepared;
}

/**
 * Cards are Adaptive Card 1.5 templates bound to data with `adaptivecards-templating`: the
 * layout lives in the template (`${t.title}`, `$when`, `$data` for lists), the values in the
 * data, so the same template serves Danish and English and every reminder occurrence.
 */
export function expandCard(template: CardJson, data: Record<string, unknown>): CardJson {
  const expanded = preparedTemplate(template).expand({
    $root: keepLeadingNumbersLiteral(data),
  }) as CardJson;
  return { ...expanded, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' };
}

/** A card's heading: bold, medium, wrapped. `expr` is template text (`${t.key}` or a literal). */
export function headingBlock(expr: string): CardJson {
  return { type: 'TextBlock', text: expr, weight: 'Bolder', size: 'Medium', wrap: true };
}

/** A wrapped paragraph; `extra` adds TextBlock properties (spacing, `$when`, `isSubtle` …). */
export function textBlock(expr: string, extra: Record<string, unknown> = {}): CardJson {
  return { type: 'TextBlock', text: expr, wrap: true, ...extra };
}

export function cardShell(body: unknown[], actions: unknown[] = []): CardJson {
  return { type: 'AdaptiveCard', version: '1.5', body, ...(actions.length ? { actions } : {}) };
}

/**
 * A Universal Action (`Action.Execute`, answered in place by the bot) with an `Action.Submit`
 * fallback for clients without Universal Actions. Both carry the verb inside `data`, so the bot
 * reads one shape whichever way the action arrives.
 */
export function recordAction(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  style?: 'positive',
): CardJson {
  const payload = { ...data, verb };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: payload, ...(style ? { style } : {}) },
  };
}

export function openUrlAction(title: string, url: string): CardJson {
  return { type: 'Action.OpenUrl', title, url };
}

/** The small reference every actionable card carries, so an action can be tied to its card. */
export const CARD_REF_TEMPLATE = {
  cardId: '${ref.cardId}',
  outboxId: '${ref.outboxId}',
  reminderId: '${ref.reminderId}',
  programmeId: '${ref.programmeId}',
  v: 1,
};

/**
 * Card markdown reads a line that starts with "3. " as a numbered list, so a Danish date at the
 * start of a text ("3. august 2026") would render as "1. august 2026" in a list. The space after
 * such a leading number becomes a no-break space: the same to the eye (and the proper Danish way
 * to keep "3. august" together), but no list marker. Applied to every value bound into a card.
 */
export function keepLeadingNumbersLiteral<T>(value: T): T {
  // A frozen object of strings cannot change, so its literal form is worked out once (the text
  // bundles every card carries).
  if (value && typeof value === 'object' && Object.isFrozen(value)) {
    const known = FROZEN_LITERALS.get(value);
    if (known) return known as T;
    const literal = literalOf(value);
    if (Object.values(value).every((v) => typeof v === 'string'))
      FROZEN_LITERALS.set(value, Object.freeze(literal));
    return literal;
  }
  return literalOf(value);
}

const FROZEN_LITERALS = new WeakMap<object, unknown>();

function literalOf<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/^(\s*\d+[.)]) /gm, '$1\u00a0') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => keepLeadingNumbersLiteral(v)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepLeadingNumbersLiteral(v)])) as T;
  return value;
}
