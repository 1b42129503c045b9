import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, List, Table, Tag, Typography } from 'antd';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { committeesQueryKey, useCommittees } from '../api/mediation';
import type { Committee, Mediator } from '../api/types';
import { CommitteeDrawer } from '../components/committee-drawer';
import { MediatorModal } from '../components/mediator-modal';
import { RatesCard } from '../components/rates-card';
import { useMt } from '../i18n/use-mt';

const COMPLIANCE_COLORS = { ok: 'green', warning: 'orange', violation: 'red' } as const;

/** 调委会与调解员: the committees of the region with the Art. 8–9 check, members, mediators. */
export function CommitteesPage() {
  const mt = useMt();
  const can = useCan();
  const manage = can('mediation:manage_committees');
  const queryClient = useQueryClient();
  const committees = useCommittees();
  const [editing, setEditing] = useState<Committee | 'new' | null>(null);
  const [mediatorOf, setMediatorOf] = useState<{
    committeeId: string;
    mediator: Mediator | null;
  } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: committeesQueryKey });

  const expanded = (c: Committee) => (
    <>
      {c.findings.length > 0 && (
        <List
          size="small"
          dataSource={c.findings}
          renderItem={(f) => (
            <List.Item>
              <Tag color={COMPLIANCE_COLORS[f.severity]}>
                {mt(`mediation.committees.compliance.${f.severity}`)}
              </Tag>
              {f.message}
            </List.Item>
          )}
        />
      )}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={mt('mediation.committees.members')}>
          {c.members
            .map(
              (m) =>
                `${m.name}（${mt(`mediation.committees.post.${m.post as 'member'}`)}，${mt(`mediation.committees.${m.sex}`)}）`,
            )
            .join('、') || '-'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{mt('mediation.committees.mediators')}</Typography.Text>
      <List
        size="small"
        dataSource={c.mediators}
        renderItem={(m) => (
          <List.Item
            actions={
              manage
                ? [
                    <Button
                      key="edit"
                      size="small"
                      onClick={() => setMediatorOf({ committeeId: c.id, mediator: m })}
                    >
                      {mt('mediation.committees.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            {m.name} · {m.kindLabel} · {m.specialtyLabels.join('、') || '-'} {m.phoneMasked ?? ''}
            {!m.active && (
              <Tag style={{ marginLeft: 8 }}>{mt('mediation.committees.inactive')}</Tag>
            )}
          </List.Item>
        )}
      />
      {manage && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setMediatorOf({ committeeId: c.id, mediator: null })}
        >
          {mt('mediation.committees.addMediator')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <Card
        title={mt('mediation.committees.title')}
        style={{ marginBottom: 16 }}
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="committee-new"
            >
              {mt('mediation.committees.new')}
            </Button>
          )
        }
      >
        {committees.error && (
          <ErrorAlert error={committees.error} onRetry={() => void committees.refetch()} />
        )}
        <Table<Committee>
          rowKey="id"
          size="middle"
          loading={committees.isFetching}
          dataSource={committees.data?.items ?? []}
          expandable={{ expandedRowRender: expanded }}
          scroll={{ x: 'max-content' }}
          data-testid="committees-table"
          columns={[
            { title: mt('mediation.committees.name'), dataIndex: 'name', key: 'name' },
            { title: mt('mediation.committees.level'), dataIndex: 'levelLabel', key: 'level' },
            {
              title: mt('mediation.committees.region'),
              key: 'region',
              render: (_, c) => c.regionName ?? c.regionCode,
            },
            { title: mt('mediation.committees.termEnd'), dataIndex: 'termEnd', key: 'term' },
            {
              title: mt('mediation.committees.compliance'),
              key: 'compliance',
              render: (_, c) => (
                <Tag color={COMPLIANCE_COLORS[c.compliance]} data-testid="committee-compliance">
                  {mt(`mediation.committees.compliance.${c.compliance}`)}
                </Tag>
              ),
            },
            {
              title: mt('mediation.committees.mediators'),
              key: 'mediators',
              render: (_, c) => c.mediators.filter((m) => m.active).length,
            },
            {
              key: 'edit',
              render: (_, c) =>
                manage && (
                  <Button size="small" onClick={() => setEditing(c)}>
                    {mt('mediation.committees.edit')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <RatesCard />
      <CommitteeDrawer
        open={editing !== null}
        committee={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={refresh}
      />
      <MediatorModal
        committeeId={mediatorOf?.committeeId ?? null}
        mediator={mediatorOf?.mediator ?? null}
        onClose={() => setMediatorOf(null)}
        onSaved={refresh}
      />
    </>
  );
}
