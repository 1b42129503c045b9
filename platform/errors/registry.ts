// AppError and the one table that maps every error code to an HTTP status and a message a
// clerk can act on (zh-CN first, English second). Modules add their codes with defineErrors.
import { format, type Locale } from '../i18n/index.js';

export interface ErrorSpec {
  status: number;
  'zh-CN': string;
  en: string;
}

const registry = new Map<string, ErrorSpec>();

/** Registers a table of error codes; a code may be defined once only. Returns the codes. */
export function defineErrors<const T extends Record<string, ErrorSpec>>(
  table: T,
): { [K in keyof T]: K } {
  const codes = {} as { [K in keyof T]: K };
  for (const [code, spec] of Object.entries(table)) {
    if (registry.has(code)) throw new Error(`Error code ${code} is defined twice`);
    if (!/^[A-Z][A-Z0-9_]+$/.test(code))
      throw new Error(`Error code ${code} is not UPPER_SNAKE_CASE`);
    registry.set(code, spec);
    (codes as Record<string, string>)[code] = code;
  }
  return codes;
}

export function errorSpec(code: string): ErrorSpec | undefined {
  return registry.get(code);
}

export function allErrorCodes(): string[] {
  return [...registry.keys()].sort();
}

/**
 * A broken rule or bad request. `details` goes to the client as is, and its scalar values
 * also fill the `{placeholders}` of the message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown> | unknown[],
  ) {
    super(code);
    this.name = 'AppError';
    if (!registry.has(code)) throw new Error(`AppError with unregistered code ${code}`);
  }

  get status(): number {
    return registry.get(this.code)!.status;
  }
}

export function errorMessage(code: string, locale: Locale, details?: unknown): string {
  const spec = registry.get(code);
  if (!spec) return code;
  const values = details && !Array.isArray(details) && typeof details === 'object' ? details : {};
  return format(spec[locale], values as Record<string, unknown>);
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, locale: Locale, details?: unknown): ErrorBody {
  const body: ErrorBody = { error: { code, message: errorMessage(code, locale, details) } };
  if (details !== undefined) body.error.details = details;
  return body;
}
