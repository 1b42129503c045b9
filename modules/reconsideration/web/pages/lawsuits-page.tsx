import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useLawsuits } from '../api/cases';
import type { Lawsuit, LawsuitList } from '../api/types';
import { LawsuitModal } from '../components/staff/lawsuit-modal';
import { useRt } from '../i18n/use-rt';

type RateRow = LawsuitList['appearanceRates'][number];

/** 行政应诉: lawsuits against the organs and the rate at which their heads appear in court. */
export function LawsuitsPage() {
  const rt = useRt();
  const can = useCan();
  const lawsuits = useLawsuits();
  const [open, setOpen] = useState(false);

  const rateColumns: ColumnsType<RateRow> = [
    { title: rt('reconsideration.lawsuit.organ'), dataIndex: 'organName', key: 'organ' },
    { title: rt('reconsideration.lawsuit.hearings'), dataIndex: 'hearings', key: 'hearings' },
    { title: rt('reconsideration.lawsuit.appeared'), dataIndex: 'appeared', key: 'appeared' },
    {
      title: rt('reconsideration.lawsuit.rate'),
      dataIndex: 'rate',
      key: 'rate',
      render: (rate: number) => <Tag color={rate >= 100 ? 'green' : 'orange'}>{rate}%</Tag>,
    },
  ];
  const columns: ColumnsType<Lawsuit> = [
    { title: rt('reconsideration.lawsuit.organ'), dataIndex: 'organName', key: 'organ' },
    { title: rt('reconsideration.lawsuit.court'), dataIndex: 'court', key: 'court' },
    {
      title: rt('reconsideration.lawsuit.courtCaseNumber'),
      dataIndex: 'courtCaseNumber',
      key: 'number',
    },
    { title: rt('reconsideration.lawsuit.filedDate'), dataIndex: 'filedDate', key: 'filed' },
    {
      title: rt('reconsideration.lawsuit.hearingList'),
      key: 'hearings',
      render: (_, lawsuit) => (
        <Flex vertical gap={2}>
          {lawsuit.hearingDates.map((hearing) => (
            <span key={hearing.date}>
              {hearing.date}{' '}
              {hearing.headAppeared ? (
                <Tag color="green">
                  {hearing.appearedName ?? rt('reconsideration.lawsuit.appeared')}
                </Tag>
              ) : (
                <Tag>{rt('reconsideration.lawsuit.notAppeared')}</Tag>
              )}
            </span>
          ))}
        </Flex>
      ),
    },
    {
      title: rt('reconsideration.lawsuit.outcome'),
      dataIndex: 'outcome',
      key: 'outcome',
      render: (value: string | null) => value ?? '-',
    },
  ];

  return (
    <Flex vertical gap={16}>
      {lawsuits.error && (
        <ErrorAlert error={lawsuits.error} onRetry={() => void lawsuits.refetch()} />
      )}
      <Card title={rt('reconsideration.lawsuit.rates')} loading={lawsuits.isPending}>
        <Table<RateRow>
          rowKey="organName"
          size="small"
          columns={rateColumns}
          dataSource={lawsuits.data?.appearanceRates ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Card
        title={rt('reconsideration.menu.lawsuits')}
        extra={
          can('reconsideration:handle') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {rt('reconsideration.lawsuit.record')}
            </Button>
          )
        }
      >
        <Table<Lawsuit>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={lawsuits.data?.items ?? []}
          loading={lawsuits.isFetching}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <LawsuitModal open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
