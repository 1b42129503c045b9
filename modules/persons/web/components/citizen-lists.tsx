import { Card, Empty, Flex, Pagination, Tag, Typography } from 'antd';
import type { AccessEntry, MatterView } from '../api/types';
import { usePt } from '../i18n/use-pt';

/** The person's matters as cards: the citizen pages are read on a phone. */
export function MatterCards({ matters }: { matters: MatterView[] }) {
  const pt = usePt();
  if (matters.length === 0) return <Empty description={pt('persons.citizen.noMatters')} />;
  return (
    <Flex vertical gap={12} data-testid="citizen-matters">
      {matters.map((m) => (
        <Card key={`${m.module}:${m.caseId}`} size="small" data-testid="citizen-matter">
          <Flex justify="space-between" align="start" gap={8}>
            <Typography.Text strong>
              {m.moduleLabel} · {m.caseNumber}
            </Typography.Text>
            <Tag color={m.closed ? 'default' : 'processing'}>{m.stateLabel}</Tag>
          </Flex>
          <div>{m.title}</div>
          <Typography.Text type="secondary">
            {pt('persons.col.role')}：{m.role} · {pt('persons.col.started')}：{m.startedOn}
          </Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}

interface AccessCardsProps {
  entries: AccessEntry[];
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number, pageSize: number) => void;
}

/** 谁查看了我的信息 as cards: who and where from, when, what, how and why. */
export function AccessCards({ entries, page, pageSize, total, onPage }: AccessCardsProps) {
  const pt = usePt();
  if (entries.length === 0) return <Empty description={pt('persons.citizen.noAccess')} />;
  return (
    <Flex vertical gap={12} data-testid="citizen-access-log">
      {entries.map((e, i) => (
        <Card key={`${e.at}:${i}`} size="small" data-testid="citizen-access-entry">
          <Flex justify="space-between" align="start" gap={8} wrap>
            <Typography.Text strong>
              {e.actorName}
              {e.organizationName ? `（${e.organizationName}）` : ''}
            </Typography.Text>
            <Typography.Text type="secondary">{new Date(e.at).toLocaleString()}</Typography.Text>
          </Flex>
          <div>
            {pt('persons.access.record')}：
            {e.record === e.moduleLabel ? e.record : `${e.moduleLabel} · ${e.record}`}
          </div>
          <Typography.Text type="secondary">
            {pt('persons.access.kind')}：{e.kindLabel} · {pt('persons.access.purpose')}：
            <Typography.Text strong data-testid="access-purpose">
              {e.purposeLabel}
            </Typography.Text>
          </Typography.Text>
        </Card>
      ))}
      <Pagination
        align="center"
        current={page}
        pageSize={pageSize}
        total={total}
        onChange={onPage}
        hideOnSinglePage
      />
    </Flex>
  );
}
