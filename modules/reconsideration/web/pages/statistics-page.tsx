import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Row, Select, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert, errorMessage } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { exportStatistics, useStatistics } from '../api/cases';
import { useDistricts } from '../api/public';
import type { CaseStatistics, RateRow } from '../api/types';
import { useRt } from '../i18n/use-rt';

type StateRow = CaseStatistics['byState'][number];

function RateTable({
  title,
  keyTitle,
  rows,
  label = (key) => key,
}: {
  title: string;
  keyTitle: string;
  rows: RateRow[];
  label?: (key: string) => string;
}) {
  const rt = useRt();
  const columns: ColumnsType<RateRow> = [
    { title: keyTitle, dataIndex: 'key', key: 'key', render: (key: string) => label(key) },
    { title: rt('reconsideration.stats.decided'), dataIndex: 'decided', key: 'decided' },
    { title: rt('reconsideration.stats.corrected'), dataIndex: 'corrected', key: 'corrected' },
    {
      title: rt('reconsideration.stats.rate'),
      dataIndex: 'rate',
      key: 'rate',
      render: (rate: number) => `${rate}%`,
    },
  ];
  return (
    <Card size="small" title={title}>
      <Table<RateRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, index) => now - index);
}

/** 统计: overdue and due soon, handling time, cases by stage, correction rates (纠错率). */
export function StatisticsPage() {
  const rt = useRt();
  const t = useT();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const stats = useStatistics(year);
  const districts = useDistricts();
  const districtName = (code: string) =>
    code === '4401'
      ? rt('reconsideration.stats.city')
      : (districts.data?.find((district) => district.code === code)?.name ?? code);
  const exporting = useMutation({
    mutationFn: () => exportStatistics(year, rt('reconsideration.stats.exportFileName')),
    onError: (error) => void message.error(errorMessage(error, t)),
  });
  const data = stats.data;
  const stateColumns: ColumnsType<StateRow> = [
    { title: rt('reconsideration.col.state'), dataIndex: 'label', key: 'label' },
    { title: rt('reconsideration.stats.count'), dataIndex: 'count', key: 'count' },
  ];

  return (
    <Card
      title={rt('reconsideration.menu.statistics')}
      loading={stats.isPending}
      extra={
        <Flex gap={8} wrap>
          <Select<number>
            allowClear
            placeholder={rt('reconsideration.stats.allYears')}
            value={year}
            onChange={setYear}
            options={recentYears().map((value) => ({ value, label: String(value) }))}
            style={{ width: 120 }}
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
      {stats.error && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {data && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic
                  title={rt('reconsideration.stats.overdue')}
                  value={data.overdue}
                  styles={{ content: { color: '#cf1322' } }}
                />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic
                  title={rt('reconsideration.stats.dueSoon')}
                  value={data.dueSoon}
                  styles={{ content: { color: '#d46b08' } }}
                />
              </Card>
            </Col>
            <Col xs={24} sm={8}>
              <Card size="small">
                <Statistic
                  title={rt('reconsideration.stats.averageDays')}
                  value={data.averageHandlingDays ?? '-'}
                  suffix={
                    data.averageHandlingDays === null ? undefined : rt('reconsideration.stats.days')
                  }
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={rt('reconsideration.stats.byState')}>
            <Table<StateRow>
              rowKey="state"
              size="small"
              columns={stateColumns}
              dataSource={data.byState}
              pagination={false}
            />
          </Card>
          <RateTable
            title={rt('reconsideration.stats.byRespondent')}
            keyTitle={rt('reconsideration.col.respondent')}
            rows={data.correctionByRespondent}
          />
          <RateTable
            title={rt('reconsideration.stats.byDistrict')}
            keyTitle={rt('reconsideration.stats.district')}
            rows={data.correctionByDistrict}
            label={districtName}
          />
          <RateTable
            title={rt('reconsideration.stats.byYear')}
            keyTitle={rt('reconsideration.stats.year')}
            rows={data.correctionByYear}
          />
        </Flex>
      )}
    </Card>
  );
}
