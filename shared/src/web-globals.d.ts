/**
 * The two WHATWG URL globals the domain uses (tab links), declared here by hand because the
 * package compiles without DOM and without Node types: every host this code runs in (Node, the
 * browser, Teams' webviews) has them, and declaring only this surface keeps every other host API
 * (timers, crypto, fetch, the DOM) a compile error in shared/.
 */
declare class URLSearchParams {
  constructor(init?: Record<string, string>);
  set(name: string, value: string): void;
  toString(): string;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly searchParams: URLSearchParams;
  toString(): string;
}
