// The server's VALIDATION_FAILED issues under the form fields they are about; the rest (and every
// other error) stays for an alert.
import type { FormInstance } from 'antd';
import { ApiError } from '@web/api/client';
import type { FieldIssue } from '@web/api/types';
import { fieldIssues, issuePath } from '@web/components/error-alert';

type NamePath = (string | number)[];

/** `applicants.0.idNumber` -> ['applicants', 0, 'idNumber'] */
function namePath(path: string): NamePath {
  return path
    .split('.')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `['applicants', 0, 'idNumber']` -> 'applicants.*.idNumber', the form of `knownFields`. */
const pattern = (path: NamePath) =>
  path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');

export interface ServerErrorResult {
  /** The error to show in an alert, without the issues now shown under fields; null if none. */
  remaining: unknown;
  /** Top-level names of the fields that got an error (to open the step that holds them). */
  fields: string[];
}

/**
 * Puts each VALIDATION_FAILED issue under the longest known field its path starts with
 * (`knownFields` as patterns with `*` for list indexes: 'applicants.*.name', 'knewDate').
 */
export function showServerErrors(
  form: FormInstance,
  error: unknown,
  knownFields: readonly string[],
): ServerErrorResult {
  const issues = fieldIssues(error);
  if (!(error instanceof ApiError) || issues.length === 0) return { remaining: error, fields: [] };
  const known = new Set(knownFields);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmapped: FieldIssue[] = [];
  for (const issue of issues) {
    const full = namePath(issuePath(issue));
    let name: NamePath | undefined;
    for (let length = full.length; length > 0 && !name; length -= 1) {
      if (known.has(pattern(full.slice(0, length)))) name = full.slice(0, length);
    }
    if (!name) {
      unmapped.push(issue);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  const fields = [...byField.values()].map(({ name }) => String(name[0]));
  const remaining =
    unmapped.length === 0 ? null : new ApiError(error.code, error.message, error.status, unmapped);
  return { remaining, fields };
}
