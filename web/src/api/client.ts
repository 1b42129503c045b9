import { getLocale, translate } from '../i18n/locale';

/** Every error reply of the server: `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, message: string, status: number, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** Codes of the client itself, for failures that never reached a server reply. */
export const CLIENT_ERROR_CODES = {
  network: 'CLIENT_NETWORK_ERROR',
  badResponse: 'CLIENT_BAD_RESPONSE',
} as const;

const SESSION_LOST_CODES = new Set(['AUTH_REQUIRED', 'AUTH_SESSION_EXPIRED']);

export function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && SESSION_LOST_CODES.has(error.code);
}

// The CSRF token of the current session, from the last /api/auth/login or /api/auth/me reply.
// Kept in memory only: a reload fetches it again through /api/auth/me.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let onSessionLost: (() => void) | null = null;

/** Called on 401 AUTH_REQUIRED / AUTH_SESSION_EXPIRED; the app sends the user to /login. */
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

/** Builds `/api/...?a=1`, leaving out empty parameters. */
export function apiUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(name, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not send the user to /login on 401 (the session probe handles it itself). */
  ignoreSessionLost?: boolean;
  /** Accept header; JSON unless downloading a file. */
  accept?: string;
}

function clientError(code: string, status: number, vars?: Record<string, number>): ApiError {
  const key = code === CLIENT_ERROR_CODES.network ? 'error.network' : 'error.badResponse';
  return new ApiError(code, translate(getLocale(), key, vars), status);
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    'Accept-Language': getLocale(),
  };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw clientError(CLIENT_ERROR_CODES.network, 0);
  }
  if (!response.ok) throw await toApiError(response, options);
  return response;
}

async function toApiError(response: Response, options: RequestOptions): Promise<ApiError> {
  let error: ApiError;
  try {
    const payload = (await response.json()) as { error?: Partial<Record<string, unknown>> };
    const { code, message, details } = payload.error ?? {};
    if (typeof code !== 'string' || typeof message !== 'string') throw new TypeError('shape');
    error = new ApiError(code, message, response.status, details);
  } catch {
    // not our JSON error shape: a proxy page, a crashed or unreachable server
    const code =
      response.status === 502 || response.status === 504
        ? CLIENT_ERROR_CODES.network
        : CLIENT_ERROR_CODES.badResponse;
    error = clientError(code, response.status, { status: response.status });
  }
  if (isSessionLost(error)) {
    csrfToken = null;
    if (!options.ignoreSessionLost) onSessionLost?.();
  }
  return error;
}

/** Sends a JSON request and returns the parsed reply (`undefined` for 204). */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw clientError(CLIENT_ERROR_CODES.badResponse, response.status, {
      status: response.status,
    });
  }
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, { body }),
};

/** `attachment; filename*=UTF-8''%E7%94%A8.xlsx` or `filename="users.xlsx"` */
function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() ?? null;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads a file (Excel exports) through fetch, so that an error reply is shown as a message
 * instead of replacing the page.
 */
export async function downloadFile(
  path: string,
  query: QueryParams,
  fallbackName: string,
): Promise<void> {
  const response = await send('GET', path, { query, accept: XLSX_TYPE });
  const blob = await response.blob();
  const name = filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before releasing the blob
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
