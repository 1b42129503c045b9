import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  campaignQueryKey,
  type CleanupItemView,
  closeCampaign,
  decideItem,
  useCampaign,
} from '../components/filing-api';
import { useFt } from '../components/use-ft';
import { ValidityTag } from '../components/validity-tag';

type Decision = 'continue' | 'amend' | 'repeal';
const DECISIONS: Decision[] = ['continue', 'amend', 'repeal'];

/** One cleanup campaign: its documents with the reasons they are listed and the decisions. */
export function CleanupCampaignPage() {
  const ft = useFt();
  const can = useCan();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<CleanupItemView | null>(null);
  const [form] = Form.useForm<{ decision: Decision; reason: string }>();
  const decide = useMutation({
    mutationFn: (v: { decision: Decision; reason: string }) =>
      decideItem(id, deciding!.id, { decision: v.decision, reason: v.reason.trim() }),
    onSuccess: (next) => {
      queryClient.setQueryData(campaignQueryKey(id), next);
      setDeciding(null);
    },
  });
  const close = useMutation({
    mutationFn: () => closeCampaign(id),
    onSuccess: (next) => queryClient.setQueryData(campaignQueryKey(id), next),
  });
  if (campaign.isPending) return <PageSpin />;
  if (campaign.error) {
    return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const c = campaign.data;
  const mayDecide = can('regulations:cleanup') && c.state === 'open';

  const columns: ColumnsType<CleanupItemView> = [
    {
      title: ft('regulations.filing.col.title'),
      key: 'title',
      render: (_, i) => (
        <Flex vertical>
          <Link to={`/regulations/filings/${i.filingId}`}>{i.title}</Link>
          <Typography.Text type="secondary">
            {i.documentNumber} · {i.issuingBody}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: ft('regulations.filing.field.validUntil'),
      key: 'validity',
      render: (_, i) => (
        <Flex gap={4} wrap>
          {i.validUntil ?? '—'}
          <ValidityTag validity={i.validity} />
        </Flex>
      ),
    },
    {
      title: ft('regulations.cleanup.reasons'),
      key: 'reasons',
      render: (_, i) => (
        <Flex vertical gap={4}>
          {i.reasons.map((r) => (
            <span key={`${r.kind}${r.detail}`}>
              <Tag>{r.label}</Tag>
              {r.detail}
            </span>
          ))}
        </Flex>
      ),
    },
    {
      title: ft('regulations.cleanup.decision'),
      key: 'decision',
      render: (_, i) =>
        i.decision ? (
          <Flex vertical>
            <Tag
              color={i.decision === 'repeal' ? 'red' : i.decision === 'amend' ? 'orange' : 'green'}
            >
              {i.decisionLabel}
            </Tag>
            <Typography.Text type="secondary">
              {i.decisionReason}（{i.decidedBy}，{i.decidedOn}）
            </Typography.Text>
          </Flex>
        ) : mayDecide ? (
          <Button size="small" onClick={() => setDeciding(i)} data-testid="cleanup-decide">
            {ft('regulations.cleanup.decide')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Link to="/regulations/cleanup">{ft('regulations.cleanup.back')}</Link>
      <Card
        title={c.title}
        extra={
          <Flex gap={8} align="center">
            <Tag color={c.state === 'open' ? 'blue' : 'default'}>
              {ft(`regulations.cleanup.state.${c.state}`)}
            </Tag>
            <span>
              {c.decided} / {c.total}
            </span>
            {mayDecide && (
              <Button onClick={() => close.mutate()} loading={close.isPending}>
                {ft('regulations.cleanup.close')}
              </Button>
            )}
          </Flex>
        }
      >
        {close.error && <ErrorAlert error={close.error} />}
        <Table<CleanupItemView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={c.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: ft('regulations.cleanup.empty') }}
        />
      </Card>
      <Modal
        open={deciding !== null}
        title={deciding?.title}
        onOk={() => form.submit()}
        confirmLoading={decide.isPending}
        onCancel={() => {
          decide.reset();
          setDeciding(null);
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => decide.mutate(v)}>
          <Form.Item
            name="decision"
            label={ft('regulations.cleanup.decision')}
            rules={[{ required: true, message: ft('regulations.required') }]}
          >
            <Radio.Group
              options={DECISIONS.map((d) => ({
                value: d,
                label: ft(`regulations.cleanup.decision.${d}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={ft('regulations.cleanup.reason')}
            rules={[{ required: true, whitespace: true, message: ft('regulations.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        </Form>
        {decide.error && <ErrorAlert error={decide.error} />}
      </Modal>
    </Flex>
  );
}
