import {
  TAB_API,
  type ResponseOf,
  type TabApiContract,
  type TabRouteName,
} from '@ambassadors/shared/api/tab-api-contract';
import { fillPath, type BodyOf, type PathParams } from '@ambassadors/shared/api/route-contract';
import type { ApiClient, ApiResponse, RequestOptions } from './api-client';

type ParamsPart<P extends string> = keyof PathParams<P> extends never
  ? { params?: undefined }
  : { params: PathParams<P> };
type BodyPart<B> = [B] extends [undefined] ? { body?: undefined } : { body: B };

/** The body a route takes, for forms that build it step by step. */
export type BodyFor<N extends TabRouteName> = BodyOf<TabApiContract[N]>;

/** What a call takes: the path's parameters and the body by name, plus ETag and abort options. */
export type CallInput<N extends TabRouteName> = ParamsPart<TabApiContract[N]['path']> &
  BodyPart<BodyOf<TabApiContract[N]>> &
  RequestOptions & {
    /** Query parameters of a GET (e.g. a search's `q` and `page`), URL-encoded by the client. */
    query?: Readonly<Record<string, string | null | undefined>>;
  };

/** The report's renderings answer with a file, not JSON. */
const FILE_RESPONSES: ReadonlySet<string> = new Set(['ReportHtml', 'ReportPdf', 'ReportCsv']);

function withQuery(path: string, query: CallInput<TabRouteName>['query']): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value != null) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The tab's API, one typed method per route of the shared contract: components name a route
 * and hand over its parameters and body; the path, the method and the answer's type come from the
 * contract, so no component spells a URL and no body goes out untyped.
 */
export type TabApi = {
  readonly [N in TabRouteName]: (
    // Routes with nothing required (no path parameter, no body) may be called bare.
    ...input: [Partial<CallInput<N>>] extends [CallInput<N>] ? [input?: CallInput<N>] : [input: CallInput<N>]
  ) => Promise<ApiResponse<ResponseOf<TabApiContract[N]>>>;
};

/** Builds the typed API over the transport (identity, language, ETags, errors). */
export function createTabApi(client: ApiClient): TabApi {
  const api: Record<string, (input?: CallInput<TabRouteName>) => Promise<ApiResponse<unknown>>> = {};
  for (const name of Object.keys(TAB_API) as TabRouteName[]) {
    const contract = TAB_API[name];
    api[name] = (input = {} as CallInput<TabRouteName>) => {
      const { params, body, query, ...options } = input as {
        params?: Record<string, string>;
        body?: unknown;
        query?: CallInput<TabRouteName>['query'];
      } & RequestOptions;
      const path = withQuery(fillPath(contract.path, params ?? {}), query);
      if (FILE_RESPONSES.has(contract.response))
        return client.getBlob(path, options).then((data) => ({ data, etag: null }));
      return contract.method === 'GET'
        ? client.get(path, options)
        : client.send(contract.method, path, body, options);
    };
  }
  return api as unknown as TabApi;
}
