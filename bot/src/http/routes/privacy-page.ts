import { PRIVACY_DATA_TYPES, PRIVACY_RIGHTS, type Locale } from '@ambassadors/shared';
import { requestLocale, type RequestLike } from '../caller';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const HEADINGS = {
  da: {
    title: 'Privatliv – Ambassadører for Microsoft Teams',
    intro:
      'Sådan behandler appen personoplysninger: for hver slags oplysning hvad der gemmes, hvorfor, hvor længe og hvem der ser det. Oplysningerne bliver i jeres organisations egen Azure-installation.',
    stored: 'Hvad gemmes',
    why: 'Hvorfor',
    retention: 'Hvor længe',
    whoSees: 'Hvem ser det',
    rights: 'Dine rettigheder',
    other: 'English',
  },
  en: {
    title: 'Privacy – Ambassadors for Microsoft Teams',
    intro:
      "How the app handles personal data: for each kind of data what is stored, why, for how long and who sees it. The data stays in your organisation's own Azure installation.",
    stored: 'What is stored',
    why: 'Why',
    retention: 'For how long',
    whoSees: 'Who sees it',
    rights: 'Your rights',
    other: 'Dansk',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The privacy page as one self-contained HTML document in the reader's language. */
export function renderPrivacyPage(locale: Locale): string {
  const h = HEADINGS[locale];
  const other: Locale = locale === 'da' ? 'en' : 'da';
  const sections = PRIVACY_DATA_TYPES.map(
    (type) => `<section id="${escape(type.key)}">
<h2>${escape(type.title[locale])}</h2>
<dl>
<dt>${h.stored}</dt><dd>${escape(type.stored[locale])}</dd>
<dt>${h.why}</dt><dd>${escape(type.why[locale])}</dd>
<dt>${h.retention}</dt><dd>${escape(type.retention[locale])}</dd>
<dt>${h.whoSees}</dt><dd>${escape(type.whoSees[locale])}</dd>
</dl>
</section>`,
  ).join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(h.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:600}dd{margin:0 0 .5rem 0}</style>
</head>
<body>
<p><a href="/privacy?lang=${other}" hreflang="${other}">${h.other}</a></p>
<h1>${escape(h.title)}</h1>
<p>${escape(h.intro)}</p>
${sections}
<section id="rights">
<h2>${h.rights}</h2>
<p>${escape(PRIVACY_RIGHTS.export[locale])}</p>
<p>${escape(PRIVACY_RIGHTS.erasure[locale])}</p>
</section>
</body>
</html>
`;
}

export function privacyPageHtml(req: RequestLike): string {
  return renderPrivacyPage(requestLocale(req));
}
