import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useCan } from '@web/app/current-user';
import { DeadlineTag } from '@web/components/deadline-tag';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { articleLabelOfId } from '../components/article-text';
import { FilingActionModal, type FilingAction } from '../components/filing-action-modal';
import {
  type CorrectionView,
  type FilingDetail,
  portalArticlePath,
  useFiling,
} from '../components/filing-api';
import { FilingValidityModal } from '../components/filing-validity-modal';
import { type FT, useFt } from '../components/use-ft';
import { ValidityTag } from '../components/validity-tag';

const CORRECTION_COLORS = { open: 'orange', answered: 'blue', closed: 'green' } as const;

function DocumentCard({ d, ft }: { d: FilingDetail; ft: FT }) {
  const portal = d.libraryVersionKey
    ? `/portal/versions/${encodeURIComponent(d.libraryVersionKey.split('/')[0]!)}/${d.libraryVersionKey.split('/')[1]}`
    : null;
  return (
    <Card title={ft('regulations.filing.section.document')}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={ft('regulations.filing.col.number')}>
          {d.documentNumber ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={ft('regulations.filing.col.body')}>
          {d.issuingBody ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={ft('regulations.filing.field.publishedOn')}>
          {d.publishedOn ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={ft('regulations.filing.field.effectiveOn')}>
          {d.effectiveOn ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={ft('regulations.filing.field.validUntil')}>
          {d.validUntil ?? '—'}
        </Descriptions.Item>
        {d.origin === 'filing' && (
          <Descriptions.Item label={ft('regulations.filing.validity')}>
            <ValidityTag validity={d.validity} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={ft('regulations.filing.col.filedOn')}>
          <Flex gap={4} wrap>
            {d.filedOn}
            {d.filedLate && <Tag color="orange">{ft('regulations.filing.late')}</Tag>}
          </Flex>
        </Descriptions.Item>
        {d.filingDueDate && (
          <Descriptions.Item label={ft('regulations.filing.filingDue')}>
            {d.filingDueDate}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={ft('regulations.filing.filer')}>
          {d.filerName ?? '—'}
        </Descriptions.Item>
        {d.reconsiderationCaseNumber && (
          <Descriptions.Item label={ft('regulations.filing.reconsideration')}>
            <span data-testid="filing-reconsideration">{d.reconsiderationCaseNumber}</span>
          </Descriptions.Item>
        )}
        {d.subject && (
          <Descriptions.Item label={ft('regulations.filing.subject')}>
            <Link to={`/regulations/filings/${d.subject.id}`}>{d.subject.caseNumber}</Link>
          </Descriptions.Item>
        )}
        {d.requestReason && (
          <Descriptions.Item label={ft('regulations.filing.requestReason')}>
            {d.requestReason}
          </Descriptions.Item>
        )}
        {d.outcome && (
          <Descriptions.Item label={ft('regulations.filing.outcome')}>
            {ft(`regulations.filing.outcome.${d.outcome.decision}` as never)}
            {d.outcome.reasons ? `：${d.outcome.reasons}` : ''}（{d.outcome.decidedBy}，
            {d.outcome.decidedOn}）
          </Descriptions.Item>
        )}
        {portal && (
          <Descriptions.Item label={ft('regulations.filing.library')}>
            <Link to={portal} data-testid="filing-portal-link">
              {ft('regulations.filing.libraryOpen')}
            </Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      {d.superiorLaws.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {ft('regulations.filing.superiorLaws')}：
          </Typography.Text>
          {d.superiorLaws.map((law) => (
            <span key={law.workKey} style={{ marginRight: 12 }}>
              《{law.workKey}》
              {law.articleIds.map((id) => (
                <Link key={id} to={portalArticlePath(id)} style={{ marginLeft: 4 }}>
                  {articleLabelOfId(id)}
                </Link>
              ))}
            </span>
          ))}
        </Typography.Paragraph>
      )}
      {d.warnings.length > 0 && (
        <Alert type="warning" showIcon title={d.warnings.join('；')} style={{ marginTop: 8 }} />
      )}
    </Card>
  );
}

function Corrections({ items, ft }: { items: CorrectionView[]; ft: FT }) {
  return (
    <Card title={ft('regulations.filing.section.corrections')}>
      <Table<CorrectionView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        data-testid="filing-corrections"
        columns={[
          {
            key: 'round',
            render: (_, c) =>
              `${ft('regulations.filing.correction.round', { round: c.round })} · ${c.ordinal}`,
          },
          { key: 'item', dataIndex: 'item' },
          {
            key: 'response',
            title: ft('regulations.filing.correction.response'),
            render: (_, c) => c.response ?? '—',
          },
          {
            key: 'state',
            render: (_, c) => (
              <Tag color={CORRECTION_COLORS[c.state]} data-testid="correction-state">
                {ft(`regulations.filing.correction.state.${c.state}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** One review item: the document, deadlines, corrections, timeline and the next actions. */
export function FilingCasePage() {
  const ft = useFt();
  const can = useCan();
  const { id = '' } = useParams();
  const filing = useFiling(id);
  const [action, setAction] = useState<{ action: FilingAction; label: string } | null>(null);
  const [validityOpen, setValidityOpen] = useState(false);
  if (filing.isPending) return <PageSpin />;
  if (filing.error)
    return <ErrorAlert error={filing.error} onRetry={() => void filing.refetch()} />;
  const d = filing.data;
  return (
    <Flex vertical gap={16}>
      <Link to="/regulations/filings">{ft('regulations.filing.back')}</Link>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="filing-number">{d.caseNumber}</span>
            <span>{d.title}</span>
          </Flex>
        }
        extra={
          <Tag color="blue" data-testid="filing-state" data-state={d.state}>
            {d.stateLabel}
          </Tag>
        }
      >
        <Typography.Text type="secondary">
          {ft('regulations.filing.section.actions')}：
        </Typography.Text>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {d.actions.length === 0 && !can('regulations:review') && (
            <Typography.Text type="secondary">{ft('regulations.filing.noActions')}</Typography.Text>
          )}
          {d.actions.map((a) => (
            <Button
              key={a.action}
              type={a.action === 'revoke' ? 'default' : 'primary'}
              danger={a.action === 'revoke'}
              onClick={() => setAction({ action: a.action as FilingAction, label: a.label })}
              data-testid={`action-${a.action}`}
            >
              {a.label}
            </Button>
          ))}
          {can('regulations:review') && d.origin === 'filing' && (
            <Button onClick={() => setValidityOpen(true)} data-testid="action-validity">
              {ft('regulations.filing.setValidity')}
            </Button>
          )}
        </Flex>
      </Card>
      <DocumentCard d={d} ft={ft} />
      {d.deadlines.length > 0 && (
        <Card title={ft('regulations.filing.section.deadlines')}>
          <List
            size="small"
            dataSource={d.deadlines}
            renderItem={(dl) => (
              <List.Item>
                <Flex vertical>
                  <Flex gap={8} align="center">
                    <strong>{dl.label}</strong>
                    <span>{dl.dueDate ?? '—'}</span>
                    <DeadlineTag status={dl.status} label={dl.statusLabel} />
                  </Flex>
                  <Typography.Text type="secondary">{dl.explanation}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {d.corrections.length > 0 && <Corrections items={d.corrections} ft={ft} />}
      {d.text && (
        <Card title={ft('regulations.filing.section.text')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="filing-text">
            {d.text}
          </Typography.Paragraph>
        </Card>
      )}
      <Card title={ft('regulations.filing.section.timeline')}>
        <Timeline
          items={d.timeline.map((e) => ({
            content: (
              <Flex vertical>
                <span>
                  {e.onDate} {e.actionLabel} · {e.actorName ?? '—'}
                </span>
                {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      </Card>
      <FilingActionModal action={action} detail={d} onClose={() => setAction(null)} />
      <FilingValidityModal open={validityOpen} detail={d} onClose={() => setValidityOpen(false)} />
    </Flex>
  );
}
