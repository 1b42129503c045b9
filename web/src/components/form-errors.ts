import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { fieldIssues, issuePath } from './error-alert';

/**
 * Puts a server error on the form fields it is about: the issues of VALIDATION_FAILED whose path
 * ends in a field name, and codes that belong to one field (USER_USERNAME_TAKEN -> username).
 * Returns true when nothing is left to show elsewhere.
 */
export function showErrorOnFields<Values extends object>(
  form: FormInstance<Values>,
  error: unknown,
  fieldNames: readonly (keyof Values & string)[],
  fieldOfCode: Readonly<Record<string, keyof Values & string>> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const codeField = fieldOfCode[error.code];
  if (codeField) {
    form.setFields([{ name: codeField as never, errors: [error.message] }]);
    return true;
  }
  const issues = fieldIssues(error);
  if (issues.length === 0) return false;
  let unmapped = 0;
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const field = fieldNames.find((name) => issuePath(issue).split('.').pop() === name);
    if (!field) {
      unmapped += 1;
      continue;
    }
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return unmapped === 0;
}
