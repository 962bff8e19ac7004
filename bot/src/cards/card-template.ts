import * as ACData from 'adaptivecards-templating';

export type CardJson = Record<string, unknown>;

/**
 * Cards are Adaptive Card 1.5 templates bound to data with `adaptivecards-templating`: the
 * layout lives in the template (`${t.title}`, `$when`, `$data` for lists), the values in the
 * data, so the same template serves Danish and English and every reminder occurrence.
 */
export function expandCard(template: CardJson, data: Record<string, unknown>): CardJson {
  const expanded = new ACData.Template(template).expand({ $root: data }) as CardJson;
  return { ...expanded, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' };
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
