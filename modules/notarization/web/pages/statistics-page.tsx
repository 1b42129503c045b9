import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert, errorMessage } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { exportStatistics, useStatistics } from '../api/notary';
import type { StatisticsRow } from '../api/types';
import { useNt } from '../i18n/use-nt';

function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, index) => now - index);
}

/** 统计: applications, certificates, refusals and fees by matter type and month; Excel export. */
export function StatisticsPage() {
  const nt = useNt();
  const t = useT();
  const { message } = App.useApp();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const statistics = useStatistics(year);
  const exporting = useMutation({
    mutationFn: () => exportStatistics(year, nt('notarization.stats.fileName')),
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const columns: ColumnsType<StatisticsRow> = [
    { title: nt('notarization.stats.month'), dataIndex: 'month', key: 'month' },
    { title: nt('notarization.col.matter'), dataIndex: 'matterLabel', key: 'matter' },
    { title: nt('notarization.stats.applied'), dataIndex: 'applied', key: 'applied' },
    { title: nt('notarization.stats.issued'), dataIndex: 'issued', key: 'issued' },
    { title: nt('notarization.stats.refused'), dataIndex: 'refused', key: 'refused' },
    { title: nt('notarization.stats.fees'), dataIndex: 'feesYuan', key: 'fees' },
    { title: nt('notarization.stats.paid'), dataIndex: 'paidYuan', key: 'paid' },
    { title: nt('notarization.stats.refunded'), dataIndex: 'refundedYuan', key: 'refunded' },
  ];

  return (
    <Card
      title={nt('notarization.stats.title')}
      extra={
        <Flex gap={8}>
          <Select
            value={year}
            onChange={setYear}
            options={recentYears().map((y) => ({ value: y, label: String(y) }))}
            aria-label={nt('notarization.stats.year')}
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
      <Table<StatisticsRow>
        rowKey={(row) => `${row.month}-${row.matterType}`}
        size="small"
        columns={columns}
        dataSource={statistics.data?.rows ?? []}
        loading={statistics.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="stats-table"
      />
    </Card>
  );
}
