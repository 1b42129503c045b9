import { Alert } from 'antd';
import type { AuditVerifyResult } from '../../api/types';
import { useT } from '../../i18n';

/** The outcome of 校验哈希链: intact with the count checked, or the first broken link. */
export function VerifyChainResult({
  result,
  onClose,
}: {
  result: AuditVerifyResult;
  onClose: () => void;
}) {
  const t = useT();
  const broken = result.firstBroken;
  return (
    <div data-testid="audit-verify-result" style={{ marginBottom: 16 }}>
      {result.ok ? (
        <Alert
          type="success"
          showIcon
          title={t('audit.verify.okTitle')}
          description={t('audit.verify.ok', { count: result.checked })}
          closable={{ onClose }}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('audit.verify.brokenTitle')}
          description={
            broken
              ? t('audit.verify.broken', {
                  seq: broken.seq,
                  reason: broken.reason,
                  count: result.checked,
                })
              : t('audit.verify.failed', { count: result.checked })
          }
          closable={{ onClose }}
        />
      )}
    </div>
  );
}
