import { Alert, Button, Descriptions, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ApplicationReceipt } from '../api/types';
import { useNt } from '../i18n/use-nt';

/** The case number, the fee and what is still missing, after an application. */
export function Receipt({ receipt, extra }: { receipt: ApplicationReceipt; extra?: ReactNode }) {
  const nt = useNt();
  return (
    <Result
      status="success"
      title={nt('notarization.apply.done')}
      extra={extra}
      subTitle={
        <Descriptions column={1} size="small">
          <Descriptions.Item label={nt('notarization.apply.caseNumber')}>
            <span data-testid="receipt-case-number">{receipt.caseNumber}</span>
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.col.state')}>
            {receipt.stateLabel}
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.case.fee')}>
            {nt('notarization.apply.payable', { fee: receipt.fee.payableYuan })}
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.track.code')}>
            <Typography.Text strong copyable data-testid="receipt-tracking-code">
              {receipt.trackingCode}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={nt('notarization.track.keep')}
        description={
          <Link
            to={`/public/notary/track?caseNumber=${encodeURIComponent(receipt.caseNumber)}`}
            data-testid="receipt-track-link"
          >
            {nt('notarization.track.title')}
          </Link>
        }
      />
      {receipt.missingMaterials.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={nt('notarization.apply.missing', { items: receipt.missingMaterials.join('、') })}
        />
      )}
    </Result>
  );
}

export function AgainButton({ onClick }: { onClick: () => void }) {
  const nt = useNt();
  return <Button onClick={onClick}>{nt('notarization.apply.again')}</Button>;
}
