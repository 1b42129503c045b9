import { Alert, Button } from 'antd';
import { ApiError } from '../api/client';
import type { FieldIssue } from '../api/types';
import { useT, type TFunction } from '../i18n';

/** The text to show for an error: the server's localized message when there is one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.message;
  return t('error.unexpected');
}

/** `details` of VALIDATION_FAILED as a list of field issues, or [] for any other error. */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as FieldIssue).message === 'string' &&
      (typeof (issue as FieldIssue).path === 'string' || Array.isArray((issue as FieldIssue).path)),
  );
}

export function issuePath(issue: FieldIssue): string {
  return Array.isArray(issue.path) ? issue.path.join('.') : issue.path;
}

interface ErrorAlertProps {
  error: unknown;
  testId?: string;
  onRetry?: () => void;
}

/** An inline error, with the server's field issues listed under the message. */
export function ErrorAlert({ error, testId, onRetry }: ErrorAlertProps) {
  const t = useT();
  const issues = fieldIssues(error);
  return (
    <div data-testid={testId} style={{ marginBottom: 16 }}>
      <Alert
        type="error"
        showIcon
        title={errorMessage(error, t)}
        description={
          issues.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {issues.map((issue) => (
                <li key={`${issuePath(issue)}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          ) : undefined
        }
        action={
          onRetry ? (
            <Button size="small" type="link" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : undefined
        }
      />
    </div>
  );
}
