import { Alert, Descriptions, Tag } from 'antd';
import type { CertificateStatus, PublicVerification } from '../api/types';
import { useNt } from '../i18n/use-nt';

export const STATUS_COLORS: Record<CertificateStatus, string> = {
  valid: 'green',
  revoked: 'red',
  corrected: 'orange',
};

/** Genuine or not, and the status; the server never sends personal data here. */
export function VerificationResult({ result }: { result: PublicVerification }) {
  const nt = useNt();
  if (!result.genuine)
    return (
      <Alert
        type="error"
        showIcon
        title={nt('notarization.verify.notFound')}
        data-testid="verify-genuine"
      />
    );
  const status = result.status ?? 'valid';
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={nt('notarization.verify.genuine')}
        data-testid="verify-genuine"
      />
      <Descriptions column={1} size="small" bordered style={{ marginTop: 12 }}>
        <Descriptions.Item label={nt('notarization.verify.number')}>
          {result.number}
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.verify.status')}>
          <Tag color={STATUS_COLORS[status]} data-testid="verify-status" data-status={status}>
            {result.statusLabel ?? nt(`notarization.verify.status.${status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.verify.matter')}>
          {result.matterType}
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.verify.issueDate')}>
          {result.issueDate}
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.verify.office')}>
          {result.office}
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.verify.ledgerIndex')}>
          {result.ledgerIndex}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
