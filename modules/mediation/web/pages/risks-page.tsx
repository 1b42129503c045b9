import { Card, Table, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useRisks } from '../api/mediation';
import type { RiskSummary } from '../api/types';
import { caseColumns } from '../components/case-columns';
import { useMt } from '../i18n/use-mt';

/** 民转刑风险台账: the flagged disputes of the region, the gravest first (Art. 25). */
export function RisksPage() {
  const mt = useMt();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const risks = useRisks(paging.page, paging.pageSize);
  return (
    <Card title={mt('mediation.risks.title')}>
      <Typography.Paragraph type="secondary">{mt('mediation.risks.intro')}</Typography.Paragraph>
      {risks.error && <ErrorAlert error={risks.error} onRetry={() => void risks.refetch()} />}
      <Table<RiskSummary>
        rowKey="id"
        size="middle"
        data-testid="risks-table"
        scroll={{ x: 'max-content' }}
        loading={risks.isFetching}
        dataSource={risks.data?.items ?? []}
        columns={[
          ...caseColumns<RiskSummary>(mt),
          { title: mt('mediation.col.flagged'), dataIndex: 'riskFlaggedOn', key: 'flagged' },
          { title: mt('mediation.col.risk'), dataIndex: 'riskNote', key: 'note' },
          {
            title: mt('mediation.col.police'),
            key: 'police',
            render: (_, r) =>
              r.reportedToPolice ? (r.policeStation ?? mt('mediation.yes')) : mt('mediation.no'),
          },
        ]}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: risks.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Card>
  );
}
