import { Card, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';

type Party = CaseDetail['parties'][number];

const ROLE_COLORS: Record<Party['role'], string> = {
  applicant: 'blue',
  agent: 'purple',
  third_party: 'cyan',
};

/** 当事人, with ID numbers and phones masked as the server gives them. */
export function PartiesPanel({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  const columns: ColumnsType<Party> = [
    {
      title: rt('reconsideration.party.role'),
      dataIndex: 'role',
      key: 'role',
      render: (role: Party['role']) => (
        <Tag color={ROLE_COLORS[role]}>{rt(`reconsideration.party.${role}`)}</Tag>
      ),
    },
    { title: rt('reconsideration.party.name'), dataIndex: 'name', key: 'name' },
    {
      title: rt('reconsideration.field.partyKind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: Party['kind']) => rt(`reconsideration.party.${kind}`),
    },
    {
      title: rt('reconsideration.party.identifier'),
      key: 'identifier',
      render: (_, party) => party.idNumberMasked ?? party.creditCode ?? '-',
    },
    {
      title: rt('reconsideration.field.phone'),
      dataIndex: 'phoneMasked',
      key: 'phone',
      render: (value: string | null) => value ?? '-',
    },
    {
      title: rt('reconsideration.field.mandate'),
      dataIndex: 'hasMandate',
      key: 'mandate',
      render: (value: boolean, party) =>
        party.role === 'agent'
          ? value
            ? rt('reconsideration.yes')
            : rt('reconsideration.no')
          : '-',
    },
  ];
  return (
    <Table<Party>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={detail.parties}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="parties-table"
    />
  );
}

const pre = { whiteSpace: 'pre-wrap' } as const;

/** 复议请求, facts and reasons, the contested act and its dates. */
export function FactsPanel({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  const items = [
    { key: 'act', label: rt('reconsideration.field.contestedAct'), children: detail.contestedAct },
    { key: 'actDate', label: rt('reconsideration.field.actDate'), children: detail.actDate ?? '-' },
    { key: 'knewDate', label: rt('reconsideration.field.knewDate'), children: detail.knewDate },
    {
      key: 'requests',
      label: rt('reconsideration.field.requests'),
      children: <span style={pre}>{detail.requests}</span>,
    },
    {
      key: 'facts',
      label: rt('reconsideration.field.factsAndReasons'),
      children: <span style={pre}>{detail.factsAndReasons}</span>,
    },
  ];
  if (detail.normativeDocumentReview) {
    items.push({
      key: 'review',
      label: rt('reconsideration.field.normativeDocument'),
      children: detail.normativeDocumentReview,
    });
  }
  if (detail.compensationClaim) {
    items.push({
      key: 'compensation',
      label: rt('reconsideration.field.compensationClaim'),
      children: <span style={pre}>{detail.compensationClaim}</span>,
    });
  }
  return <Descriptions bordered size="small" column={1} items={items} />;
}

/** 听证: the panel and, once held, the record. */
export function HearingsPanel({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  if (detail.hearings.length === 0)
    return <Empty description={rt('reconsideration.case.noHearing')} />;
  return (
    <Flex vertical gap={12}>
      {detail.hearings.map((hearing) => (
        <Card key={hearing.id} size="small" title={`${hearing.hearingDate} ${hearing.location}`}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            items={[
              {
                key: 'presiding',
                label: rt('reconsideration.action.presiding'),
                children: hearing.presiding,
              },
              {
                key: 'officers',
                label: rt('reconsideration.action.officers'),
                children: hearing.officers.join('、'),
              },
              { key: 'clerk', label: rt('reconsideration.action.clerk'), children: hearing.clerk },
            ]}
          />
          {hearing.record ? (
            <Typography.Paragraph style={{ ...pre, marginTop: 8 }}>
              {hearing.record}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">
              {rt('reconsideration.case.hearingNotHeld')}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}

/** The decision: draft, approved or served. */
export function DecisionPanel({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  const decision = detail.decision;
  if (!decision) return <Empty description={rt('reconsideration.case.noDecision')} />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="decision-panel"
      items={[
        {
          key: 'type',
          label: rt('reconsideration.action.decisionType'),
          children: <Tag color="blue">{decision.typeLabel}</Tag>,
        },
        {
          key: 'summary',
          label: rt('reconsideration.action.decisionSummary'),
          children: decision.summary,
        },
        {
          key: 'reasons',
          label: rt('reconsideration.action.decisionReasons'),
          children: <span style={pre}>{decision.reasons}</span>,
        },
        {
          key: 'basis',
          label: rt('reconsideration.action.legalBasis'),
          children: decision.legalBasis,
        },
        {
          key: 'approvedBy',
          label: rt('reconsideration.case.approvedBy'),
          children: decision.approvedBy ?? rt('reconsideration.case.notApproved'),
        },
        {
          key: 'date',
          label: rt('reconsideration.case.decisionDate'),
          children: decision.decisionDate ?? '-',
        },
        ...(decision.returnNote
          ? [
              {
                key: 'returned',
                label: rt('reconsideration.case.returnNote'),
                children: decision.returnNote,
              },
            ]
          : []),
      ]}
    />
  );
}
