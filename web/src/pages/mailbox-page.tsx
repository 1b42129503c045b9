import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { listMailbox, type MailboxMessage } from '../api/mailbox';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime, useT } from '../i18n';

const STATUS_COLOR = { pending: 'processing', sent: 'success', failed: 'error' } as const;

/** The development mailbox: what Sifa sent, or in the embedded default would have sent. */
export function MailboxPage() {
  const t = useT();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const messages = useQuery({
    queryKey: ['notify', 'mailbox', paging],
    queryFn: ({ signal }) => listMailbox(paging, signal),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<MailboxMessage> = [
    {
      title: t('mailbox.col.time'),
      dataIndex: 'createdAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('mailbox.col.channel'),
      dataIndex: 'channel',
      width: 80,
      render: (v: MailboxMessage['channel']) => <Tag>{t(`mailbox.channel.${v}`)}</Tag>,
    },
    { title: t('mailbox.col.recipient'), dataIndex: 'recipientMasked', width: 150 },
    { title: t('mailbox.col.subject'), dataIndex: 'subject' },
    {
      title: t('mailbox.col.status'),
      dataIndex: 'status',
      width: 110,
      render: (v: MailboxMessage['status'], m) => (
        <Tag color={STATUS_COLOR[v]} title={m.lastError ?? undefined}>
          {t(`mailbox.status.${v}`)}
        </Tag>
      ),
    },
  ];

  return (
    <Card title={t('menu.mailbox')}>
      <Typography.Paragraph type="secondary">{t('mailbox.hint')}</Typography.Paragraph>
      {messages.error ? <ErrorAlert error={messages.error} /> : null}
      <Table<MailboxMessage>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={messages.data?.items ?? []}
        loading={messages.isFetching}
        expandable={{
          expandedRowRender: (m) => (
            <Typography.Paragraph style={{ margin: 0 }}>{m.body}</Typography.Paragraph>
          ),
        }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: messages.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Card>
  );
}
