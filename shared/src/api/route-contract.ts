/**
 * The shape of one route of an HTTP API as its client sees it: method, path template (`:name`
 * marks a path parameter), the name of what it answers and, as a type only, the body it takes.
 * Pure data, so the server's route list can be checked against it in a test and the tab's client
 * can be generated from it; the body type never becomes code (zod stays out of the tab bundle).
 */
export type ContractMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContract<
  M extends ContractMethod = ContractMethod,
  P extends string = string,
  B = unknown,
  R extends string = string,
> {
  readonly method: M;
  readonly path: P;
  /** The response's name, the same word the server's route list documents it with. */
  readonly response: R;
  /** Type carrier only: never set at run time. */
  readonly body?: B;
}

/**
 * Declares a route with its body type. Curried so the body is named explicitly while the method,
 * path and response name are inferred as literals: `route<CheckInBody>()('POST', '/…', 'BoardView')`.
 * `undefined` as body: the route takes none.
 */
export function route<B = undefined>() {
  return <M extends ContractMethod, P extends string, R extends string>(
    method: M,
    path: P,
    response: R,
  ): RouteContract<M, P, B, R> => ({ method, path, response });
}

/** The path parameters a template names: `'/a/:id/b/:key'` → `{ id: string; key: string }`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, never>;

/** The body type a route was declared with. */
export type BodyOf<C> = C extends RouteContract<ContractMethod, string, infer B, string> ? B : never;

/**
 * A concrete path: each `:name` replaced by its value, URL-encoded, so an id with a space or a
 * slash can never reach another route. A missing value is a programming error and throws.
 */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${template}`);
    return encodeURIComponent(value);
  });
}
