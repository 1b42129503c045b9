import { Card, Descriptions, Grid, Result, type CardProps } from 'antd';
import type { ReactNode } from 'react';
import type { Receipt as ReceiptData } from '../api/types';
import { useMt } from '../i18n/use-mt';

/** A card of the public pages: less padding on a phone, where every pixel of width counts. */
export function PublicCard(props: CardProps) {
  const screens = Grid.useBreakpoint();
  return <Card {...props} styles={{ body: { padding: screens.sm === false ? 16 : 24 } }} />;
}

/** The case number, the tracking code and the committee that took the dispute. */
export function Receipt({ receipt, extra }: { receipt: ReceiptData; extra?: ReactNode }) {
  const mt = useMt();
  return (
    <Result
      status="success"
      title={mt('mediation.receipt.title')}
      extra={extra}
      subTitle={
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={mt('mediation.receipt.caseNumber')}>
              <span data-testid="receipt-case-number">{receipt.caseNumber}</span>
            </Descriptions.Item>
            <Descriptions.Item label={mt('mediation.receipt.trackingCode')}>
              <strong data-testid="receipt-tracking-code">{receipt.trackingCode}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={mt('mediation.receipt.committee')}>
              <span data-testid="receipt-committee">{receipt.committeeName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={mt('mediation.col.state')}>
              {receipt.stateLabel}
            </Descriptions.Item>
          </Descriptions>
          {mt('mediation.receipt.keep')}
        </>
      }
    />
  );
}
