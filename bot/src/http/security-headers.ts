import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The hosts Microsoft documents as the frame ancestors of a tab in Teams, Outlook and the
 * Microsoft 365 app (learn.microsoft.com, "Prerequisites" of tab requirements), including the
 * `*.cloud.microsoft` domains the web clients move to. `'self'` lets the app frame its own pages.
 */
export const TAB_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.skype.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://m365.cloud.microsoft',
  'https://outlook.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
] as const;

/**
 * What the tab itself needs: its own scripts only; styles inline as well, because Fluent UI's
 * Griffel inserts its rules at run time and React sets `style` attributes; the one remote fetch
 * is teams-js' list of valid host origins on Microsoft's CDN.
 */
const TAB_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'https://res.cdn.office.net'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: [...TAB_FRAME_ANCESTORS],
};

/** API answers are data: nothing in them may run, load or be framed. */
const API_CSP = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

function helmetWith(directives: Record<string, string[]>): Middleware {
  return helmet({
    // No defaults: helmet's default CSP would add upgrade-insecure-requests, which breaks the
    // plain-http loopback of local mode.
    contentSecurityPolicy: { useDefaults: false, directives },
    // frame-ancestors decides who may frame the tab; X-Frame-Options cannot name Teams' hosts.
    xFrameOptions: false,
    // Sent below, and only where the request arrived over TLS.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  }) as Middleware;
}

const tabHeaders = helmetWith(TAB_CSP);
const apiHeaders = helmetWith(API_CSP);

/** True when the client reached us over TLS: directly, or through App Service's front end. */
export function arrivedOverTls(req: IncomingMessage): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https' || Boolean((req.socket as { encrypted?: boolean }).encrypted);
}

/**
 * The one place the browser-facing headers are set, for every response (also errors, 404s and
 * the answers restify writes itself): helmet's set with a CSP for the tab's pages (`pagePrefixes`)
 * and a closed one for everything else; `no-store` on everything but the static pages, which set
 * their own caching; HSTS over TLS only; no `Server` banner.
 */
export function securityHeaders(pagePrefixes: readonly string[]): Middleware {
  const isPage = (pathname: string) =>
    pathname === '/' ||
    pagePrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    res.removeHeader('Server');
    if (arrivedOverTls(req)) res.setHeader('Strict-Transport-Security', HSTS);
    if (isPage(pathname)) tabHeaders(req, res, next);
    else {
      res.setHeader('Cache-Control', 'no-store');
      apiHeaders(req, res, next);
    }
  };
}
