import type { AgreementTerms } from '../../model/programme';

/**
 * The themes a check-in offers as choices: those the ambassador's agreement says they pass on
 * (`passOn.themes`), trimmed, each once, cut to the check-in theme's 100 characters. A free theme
 * stays possible beside them; the tab's dialog and the bot's check-in card both offer these.
 */
export function agreedCheckInThemes(agreement: Pick<AgreementTerms, 'passOn'> | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of agreement?.passOn.themes ?? []) {
    const theme = raw.trim().slice(0, 100).trim();
    const key = theme.toLocaleLowerCase();
    if (!theme || seen.has(key)) continue;
    seen.add(key);
    out.push(theme);
  }
  return out;
}

/**
 * The situations a check-in card sends: the agreed theme picked from the choices and a free theme
 * typed beside it, each once (a card has one situation field of each kind, no description).
 */
export function cardCheckInSituations(
  picked: unknown,
  free: unknown,
): { theme: string; description: string }[] {
  const themes = [picked, free]
    .map((value) => (typeof value === 'string' ? value.trim() : ''))
    .filter((theme) => theme.length > 0);
  const seen = new Set<string>();
  return themes
    .filter((theme) => {
      const key = theme.toLocaleLowerCase();
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((theme) => ({ theme, description: '' }));
}
