import { ApiError, parseFieldProblems } from './api-error';

export interface ApiClientOptions {
  /** Absolute or root-relative base, normally `/api/v1`. */
  baseUrl: string;
  /** Teams SSO token, or null in local mode. */
  getToken: () => Promise<string | null>;
  /** Local mode only: which demo person to act as (`x-local-user`). */
  getLocalUser: () => string | null;
  /** The UI language, so server messages come back in it. */
  getLocale: () => string;
  fetchImpl?: typeof fetch;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
}

export interface RequestOptions {
  /** Optimistic concurrency: the ETag the user's edit started from. */
  ifMatch?: string | null;
  signal?: AbortSignal;
  /** Makes a creation safe to repeat: the server answers a repeat with what it made the first time. */
  idempotencyKey?: string;
}

/** The tab's only way to talk to the server: adds identity, language and ETags; parses errors. */
export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  send<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<ApiResponse<T>>;
  /** A body that is not JSON (the report's page, PDF or CSV), with the same identity and errors. */
  getBlob(path: string, options?: RequestOptions): Promise<Blob>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(
    method: string,
    path: string,
    body: unknown,
    extra: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.getLocale(),
    };
    let token: string | null;
    try {
      token = await options.getToken();
    } catch (error) {
      throw new ApiError(401, 'UNAUTHENTICATED', error instanceof Error ? error.message : String(error));
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    const localUser = token ? null : options.getLocalUser();
    if (localUser) headers['x-local-user'] = localUser;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (extra.ifMatch) headers['If-Match'] = extra.ifMatch;
    if (extra.idempotencyKey) headers['Idempotency-Key'] = extra.idempotencyKey;

    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: extra.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    if (!response.ok) {
      const problem = (parsed ?? {}) as {
        code?: unknown;
        message?: unknown;
        fields?: unknown;
        field?: unknown;
      };
      throw new ApiError(
        response.status,
        typeof problem.code === 'string' ? problem.code : `HTTP_${response.status}`,
        typeof problem.message === 'string' ? problem.message : response.statusText,
        parseFieldProblems(problem.fields),
        typeof problem.field === 'string' ? problem.field : undefined,
      );
    }
    const etag = response.headers.get('ETag') ?? (parsed as { etag?: unknown } | null)?.etag;
    return { data: parsed as T, etag: typeof etag === 'string' ? etag : null };
  }

  async function getBlob(path: string, extra: RequestOptions = {}): Promise<Blob> {
    const headers: Record<string, string> = { 'Accept-Language': options.getLocale() };
    const token = await options.getToken().catch((error: unknown) => {
      throw new ApiError(401, 'UNAUTHENTICATED', error instanceof Error ? error.message : String(error));
    });
    if (token) headers.Authorization = `Bearer ${token}`;
    const localUser = token ? null : options.getLocalUser();
    if (localUser) headers['x-local-user'] = localUser;
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, { headers, signal: extra.signal });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
    }
    if (response.ok) return response.blob();
    const problem = (await response.json().catch(() => ({}))) as { code?: unknown; message?: unknown };
    throw new ApiError(
      response.status,
      typeof problem.code === 'string' ? problem.code : `HTTP_${response.status}`,
      typeof problem.message === 'string' ? problem.message : response.statusText,
    );
  }

  return {
    get: (path, extra) => request('GET', path, undefined, extra),
    send: (method, path, body, extra) => request(method, path, body, extra),
    getBlob,
  };
}
