import {
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Pagination,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { formatDateTime, useT } from '@web/i18n';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePublications, useReconsiderationMeta } from '../api/public';
import type { PublicationFilters } from '../api/types';
import { PublicCard } from '../components/public/public-card';
import { useRt } from '../i18n/use-rt';
import { optionalText } from '../lib/dates';

const PAGE_SIZE = 10;

interface FilterValues {
  respondent?: string;
  outcome?: string;
  year?: number;
  q?: string;
}

/** The years a decision may be from: this one and the ten before. */
function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 11 }, (_, index) => now - index);
}

/** 复议决定公开 (Art. 79): the published decisions, searchable without an account. */
export function DecisionsPage() {
  const rt = useRt();
  const t = useT();
  const meta = useReconsiderationMeta();
  const [filters, setFilters] = useState<PublicationFilters>({});
  const [page, setPage] = useState(1);
  const publications = usePublications(filters, page, PAGE_SIZE);
  const list = publications.data;

  const apply = (values: FilterValues) => {
    setFilters({
      respondent: optionalText(values.respondent),
      outcome: values.outcome,
      year: values.year,
      q: optionalText(values.q),
    });
    setPage(1);
  };

  return (
    <PublicCard>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {rt('reconsideration.public.decisions')}
      </Typography.Title>
      <Form<FilterValues> layout="vertical" onFinish={apply} data-testid="decision-filters">
        <Flex gap={12} wrap>
          <Form.Item
            name="respondent"
            label={rt('reconsideration.field.respondent')}
            style={{ flex: '1 1 200px' }}
          >
            <Input allowClear maxLength={100} />
          </Form.Item>
          <Form.Item
            name="outcome"
            label={rt('reconsideration.decisions.outcome')}
            style={{ flex: '1 1 140px' }}
          >
            <Select
              allowClear
              placeholder={rt('reconsideration.all')}
              options={Object.entries(meta.data?.outcomes ?? {}).map(([value, label]) => ({
                value,
                label,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="year"
            label={rt('reconsideration.decisions.year')}
            style={{ flex: '1 1 100px' }}
          >
            <Select
              allowClear
              placeholder={rt('reconsideration.all')}
              options={recentYears().map((year) => ({ value: year, label: String(year) }))}
            />
          </Form.Item>
          <Form.Item
            name="q"
            label={rt('reconsideration.decisions.words')}
            style={{ flex: '2 1 200px' }}
          >
            <Input allowClear maxLength={100} />
          </Form.Item>
        </Flex>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit" data-testid="decision-search">
            {t('common.search')}
          </Button>
          <Button htmlType="reset" onClick={() => apply({})}>
            {t('common.reset')}
          </Button>
        </Flex>
      </Form>
      {publications.error && (
        <ErrorAlert error={publications.error} onRetry={() => void publications.refetch()} />
      )}
      <Spin spinning={publications.isFetching}>
        {list && list.items.length === 0 ? (
          <Empty description={rt('reconsideration.decisions.none')} />
        ) : (
          <Flex vertical gap={12} data-testid="decision-list">
            {(list?.items ?? []).map((item) => (
              <Card key={item.caseId} size="small">
                <Link to={`/public/reconsideration/decisions/${item.caseId}`}>
                  <Typography.Text strong>{item.title}</Typography.Text>
                </Link>
                <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
                  <Tag color="blue">{item.outcomeLabel}</Tag>
                  <Typography.Text type="secondary">{item.respondentName}</Typography.Text>
                  <Typography.Text type="secondary">
                    {rt('reconsideration.decisions.publishedAt', {
                      time: formatDateTime(item.publishedAt),
                    })}
                  </Typography.Text>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Spin>
      {list && list.total > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, textAlign: 'center' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={list.total}
          showSizeChanger={false}
          onChange={setPage}
          showTotal={(total) => t('common.total', { total })}
        />
      )}
    </PublicCard>
  );
}
