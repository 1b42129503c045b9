import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Segmented, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert, errorMessage } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { exportStatistics, useStatistics, useSubsidies } from '../api/mediation';
import type { Statistics, SubsidyRow } from '../api/types';
import { useMt } from '../i18n/use-mt';

type Row = Statistics['rows'][number];
const GROUPS = ['committee', 'street', 'district'] as const;
const years = () => Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

/** 调解统计: per committee, street or district; types, success, time to settle, 就地化解; 以案定补. */
export function StatisticsPage() {
  const mt = useMt();
  const t = useT();
  const { message } = App.useApp();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [groupBy, setGroupBy] = useState<(typeof GROUPS)[number]>('committee');
  const [month, setMonth] = useState<number | undefined>(undefined);
  const statistics = useStatistics(year, groupBy);
  const subsidies = useSubsidies(year, month);
  const exporting = useMutation({
    mutationFn: () => exportStatistics(year, groupBy, mt('mediation.stats.fileName')),
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const types = statistics.data?.disputeTypes ?? {};
  const rows: Row[] = statistics.data
    ? [
        ...statistics.data.rows,
        { key: 'total', name: mt('mediation.stats.sum'), ...statistics.data.totals },
      ]
    : [];
  const columns: ColumnsType<Row> = [
    { title: mt('mediation.stats.unit'), dataIndex: 'name', key: 'name', fixed: 'left' },
    { title: mt('mediation.stats.total'), dataIndex: 'total', key: 'total' },
    { title: mt('mediation.stats.settled'), dataIndex: 'settled', key: 'settled' },
    { title: mt('mediation.stats.terminated'), dataIndex: 'terminated', key: 'terminated' },
    { title: mt('mediation.stats.refused'), dataIndex: 'refused', key: 'refused' },
    { title: mt('mediation.stats.pending'), dataIndex: 'pending', key: 'pending' },
    {
      title: mt('mediation.stats.successRate'),
      key: 'rate',
      render: (_, r) => r.successRate ?? '-',
    },
    {
      title: mt('mediation.stats.avgDays'),
      key: 'days',
      render: (_, r) => r.avgDaysToSettle ?? '-',
    },
    { title: mt('mediation.stats.local'), dataIndex: 'settledLocally', key: 'local' },
    ...Object.entries(types).map(([code, label]) => ({
      title: label,
      key: code,
      render: (_: unknown, r: Row) => r.byType[code] ?? 0,
    })),
  ];

  return (
    <>
      <Card
        title={mt('mediation.stats.title')}
        style={{ marginBottom: 16 }}
        extra={
          <Flex gap={8} wrap>
            <Segmented
              value={groupBy}
              onChange={setGroupBy}
              options={GROUPS.map((g) => ({ value: g, label: mt(`mediation.stats.groupBy.${g}`) }))}
            />
            <Select
              value={year}
              onChange={setYear}
              options={years().map((y) => ({ value: y, label: String(y) }))}
              aria-label={mt('mediation.stats.year')}
              style={{ width: 100 }}
            />
            <Button
              icon={<DownloadOutlined />}
              loading={exporting.isPending}
              onClick={() => exporting.mutate()}
              data-testid="stats-export"
            >
              {t('common.exportExcel')}
            </Button>
          </Flex>
        }
      >
        {statistics.error && (
          <ErrorAlert error={statistics.error} onRetry={() => void statistics.refetch()} />
        )}
        <Table<Row>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={statistics.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="stats-table"
        />
      </Card>
      <Card
        title={mt('mediation.subsidy.title')}
        extra={
          <Select
            value={month ?? 0}
            onChange={(m) => setMonth(m === 0 ? undefined : m)}
            aria-label={mt('mediation.subsidy.month')}
            style={{ width: 110 }}
            options={[
              { value: 0, label: mt('mediation.subsidy.allYear') },
              ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}` })),
            ]}
          />
        }
      >
        {subsidies.error && <ErrorAlert error={subsidies.error} />}
        <Table<SubsidyRow>
          rowKey="mediatorId"
          size="small"
          pagination={false}
          loading={subsidies.isFetching}
          dataSource={subsidies.data?.rows ?? []}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: mt('mediation.col.mediator'), dataIndex: 'mediatorName', key: 'name' },
            { title: mt('mediation.col.committee'), dataIndex: 'committeeName', key: 'committee' },
            { title: mt('mediation.committees.kind'), dataIndex: 'kind', key: 'kind' },
            { title: mt('mediation.subsidy.cases'), dataIndex: 'cases', key: 'cases' },
            { title: mt('mediation.subsidy.amount'), dataIndex: 'amountYuan', key: 'amount' },
          ]}
        />
      </Card>
    </>
  );
}
