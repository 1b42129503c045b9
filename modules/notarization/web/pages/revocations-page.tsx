import { Table, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRevocations } from '../api/notary';
import type { Revocation } from '../api/types';
import { PublicCard } from '../components/public-card';
import { useNt } from '../i18n/use-nt';

const PAGE_SIZE = 20;

/** 撤销公告: revoked certificates, void from the start (公证程序规则第六十三条); no personal data. */
export function RevocationsPage() {
  const nt = useNt();
  const [paging, setPaging] = useState({ page: 1, pageSize: PAGE_SIZE });
  const revocations = useRevocations(paging.page, paging.pageSize);
  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }}>
      <PublicCard title={nt('notarization.revocations.title')}>
        <Typography.Paragraph type="secondary">
          {nt('notarization.revocations.intro')}
        </Typography.Paragraph>
        {revocations.error && (
          <ErrorAlert error={revocations.error} onRetry={() => void revocations.refetch()} />
        )}
        <Table<Revocation>
          rowKey="number"
          size="small"
          loading={revocations.isFetching}
          dataSource={revocations.data?.items ?? []}
          data-testid="revocations-table"
          scroll={{ x: 'max-content' }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: revocations.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            {
              key: 'number',
              title: nt('notarization.verify.number'),
              render: (_, r) => (
                <Link to={`/public/notary/verify?number=${encodeURIComponent(r.number)}`}>
                  {r.number}
                </Link>
              ),
            },
            { key: 'office', title: nt('notarization.verify.office'), dataIndex: 'office' },
            {
              key: 'date',
              title: nt('notarization.revocations.date'),
              dataIndex: 'revokedOn',
            },
            {
              key: 'ground',
              title: nt('notarization.revocations.ground'),
              dataIndex: 'groundLabel',
            },
            {
              key: 'ledger',
              title: nt('notarization.verify.ledgerIndex'),
              dataIndex: 'ledgerIndex',
            },
          ]}
        />
      </PublicCard>
    </div>
  );
}
