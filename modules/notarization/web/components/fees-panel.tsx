import { Button, Descriptions, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CaseDetail, FeeView } from '../api/types';
import { useNt } from '../i18n/use-nt';
import { FeeModal } from './fee-modal';

type FeeRecord = FeeView['records'][number];

/** The fee: payable, received, refunded, what is still owed; every receipt and refund. */
export function FeesPanel({
  detail,
  onUpdated,
}: {
  detail: CaseDetail;
  onUpdated: (detail: CaseDetail) => void;
}) {
  const nt = useNt();
  const [kind, setKind] = useState<'payment' | 'refund' | null>(null);
  const fees = detail.fees;
  return (
    <>
      <Descriptions size="small" column={{ xs: 2, md: 4 }} data-testid="fees-summary">
        <Descriptions.Item label={nt('notarization.fee.payable')}>
          {fees.payableYuan}
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.fee.paid')}>
          <span data-testid="fees-paid">{fees.paidYuan}</span>
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.fee.refunded')}>
          <span data-testid="fees-refunded">{fees.refundedYuan}</span>
        </Descriptions.Item>
        <Descriptions.Item label={nt('notarization.fee.outstanding')}>
          {fees.outstandingYuan}
        </Descriptions.Item>
      </Descriptions>
      <Flex gap={8} style={{ margin: '8px 0' }}>
        {fees.canPay && (
          <Button onClick={() => setKind('payment')} data-testid="fee-pay">
            {nt('notarization.fee.pay')}
          </Button>
        )}
        {fees.refund && (
          <Button onClick={() => setKind('refund')} data-testid="fee-refund">
            {nt('notarization.fee.refund')}
          </Button>
        )}
      </Flex>
      <Table<FeeRecord>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={fees.records}
        data-testid="fees-table"
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'kind',
            title: nt('notarization.fee.kind'),
            render: (_, r) => (
              <Tag color={r.kind === 'refund' ? 'orange' : 'green'}>
                {nt(
                  r.kind === 'refund'
                    ? 'notarization.fee.kindRefund'
                    : 'notarization.fee.kindPayment',
                )}
              </Tag>
            ),
          },
          { key: 'amount', title: nt('notarization.fee.amount'), dataIndex: 'amountYuan' },
          { key: 'method', title: nt('notarization.fee.method'), dataIndex: 'methodLabel' },
          { key: 'receipt', title: nt('notarization.fee.receipt'), dataIndex: 'receiptNumber' },
          { key: 'date', title: nt('notarization.fee.date'), dataIndex: 'onDate' },
          {
            key: 'reason',
            title: nt('notarization.fee.reason'),
            render: (_, r) => [r.faultLabel, r.reason].filter(Boolean).join('：'),
          },
          { key: 'by', title: nt('notarization.fee.recordedBy'), dataIndex: 'recordedBy' },
        ]}
      />
      <FeeModal detail={detail} kind={kind} onClose={() => setKind(null)} onUpdated={onUpdated} />
    </>
  );
}
