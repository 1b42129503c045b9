import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type CampaignSummary, startCampaign, useCampaigns } from '../components/filing-api';
import { useFt } from '../components/use-ft';

/** 规范性文件清理: the campaigns of the user's region; a reviewer starts a new one. */
export function CleanupListPage() {
  const ft = useFt();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [title, setTitle] = useState(`${new Date().getFullYear()}年度规范性文件清理`);
  const campaigns = useCampaigns(page);
  const start = useMutation({
    mutationFn: () => startCampaign(title.trim()),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['regulations', 'campaigns'] });
      void message.success(ft('regulations.cleanup.started', { total: created.total }));
      navigate(`/regulations/cleanup/${created.id}`);
    },
  });

  const columns: ColumnsType<CampaignSummary> = [
    {
      title: ft('regulations.cleanup.col.title'),
      key: 'title',
      render: (_, c) => <Link to={`/regulations/cleanup/${c.id}`}>{c.title}</Link>,
    },
    { title: ft('regulations.cleanup.col.startedOn'), dataIndex: 'startedOn', key: 'startedOn' },
    {
      title: ft('regulations.cleanup.col.progress'),
      key: 'progress',
      render: (_, c) => `${c.decided} / ${c.total}`,
    },
    {
      title: ft('regulations.cleanup.col.state'),
      key: 'state',
      render: (_, c) => (
        <Tag color={c.state === 'open' ? 'blue' : 'default'}>
          {ft(`regulations.cleanup.state.${c.state}`)}
        </Tag>
      ),
    },
  ];

  return (
    <Card title={ft('regulations.cleanup.title')}>
      <Flex vertical gap={12}>
        {can('regulations:cleanup') && (
          <Flex gap={8} wrap>
            <Input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder={ft('regulations.cleanup.startTitle')}
              style={{ width: 320 }}
              maxLength={200}
            />
            <Button
              type="primary"
              disabled={!title.trim()}
              loading={start.isPending}
              onClick={() => start.mutate()}
              data-testid="cleanup-start"
            >
              {ft('regulations.cleanup.start')}
            </Button>
          </Flex>
        )}
        {start.error && <ErrorAlert error={start.error} />}
        {campaigns.error && (
          <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        )}
        <Table<CampaignSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={campaigns.data?.items ?? []}
          loading={campaigns.isFetching}
          pagination={{
            current: page,
            pageSize: 20,
            total: campaigns.data?.total ?? 0,
            onChange: setPage,
          }}
        />
      </Flex>
    </Card>
  );
}
