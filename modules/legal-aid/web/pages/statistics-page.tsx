import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Table, Typography } from 'antd';
import { ErrorAlert, errorMessage } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { exportStatistics, useStatistics } from '../api/legal-aid';
import type { StatisticsRow } from '../api/types';
import { useLa } from '../i18n/use-la';

const COLUMNS = [
  'applications',
  'notices',
  'granted',
  'refused',
  'assigned',
  'closed',
  'terminated',
  'consultations',
] as const;

/** 统计: by month, by category, quality; Excel export. */
export function StatisticsPage() {
  const la = useLa();
  const t = useT();
  const { message } = App.useApp();
  const now = new Date().getFullYear();
  const [year, setYear] = useState(now);
  const statistics = useStatistics(year);
  const exporting = useMutation({
    mutationFn: () => exportStatistics(year, la('legal-aid.stats.fileName')),
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const q = statistics.data?.quality;
  return (
    <Card
      title={la('legal-aid.stats.title')}
      extra={
        <Flex gap={8}>
          <Select
            value={year}
            onChange={setYear}
            aria-label={la('legal-aid.stats.year')}
            options={Array.from({ length: Math.max(1, now - 2021) }, (_, i) => ({
              value: now - i,
              label: String(now - i),
            }))}
            style={{ width: 100 }}
          />
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            onClick={() => exporting.mutate()}
          >
            {t('common.exportExcel')}
          </Button>
        </Flex>
      }
    >
      {statistics.error && (
        <ErrorAlert error={statistics.error} onRetry={() => void statistics.refetch()} />
      )}
      <Table<StatisticsRow>
        rowKey="month"
        size="small"
        pagination={false}
        loading={statistics.isFetching}
        dataSource={statistics.data?.rows ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="stats-table"
        columns={[
          { title: la('legal-aid.stats.month'), dataIndex: 'month', key: 'month' },
          ...COLUMNS.map((c) => ({ title: la(`legal-aid.stats.${c}`), dataIndex: c, key: c })),
          { title: la('legal-aid.stats.subsidy'), dataIndex: 'subsidyYuan', key: 'subsidy' },
        ]}
      />
      {q && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {la('legal-aid.stats.quality', {
            reviewed: q.reviewed,
            score: q.averageScore ?? '-',
            surveys: q.surveys,
            satisfaction: q.averageSatisfaction ?? '-',
          })}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="category"
        size="small"
        pagination={false}
        dataSource={statistics.data?.byCategory ?? []}
        columns={[
          { title: la('legal-aid.stats.byCategory'), dataIndex: 'label', key: 'label' },
          { title: la('legal-aid.stats.cases'), dataIndex: 'cases', key: 'cases' },
        ]}
      />
    </Card>
  );
}
