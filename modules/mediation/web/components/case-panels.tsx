import { Button, Descriptions, Empty, List, Table, Tag, Timeline, Typography } from 'antd';
import { DeadlineTag } from '@web/components/deadline-tag';
import { formatDateTime } from '@web/i18n';
import { downloadDocument } from '../api/mediation';
import type { CaseDetail, CaseDocument } from '../api/types';
import { useMt } from '../i18n/use-mt';

type Panel = { detail: CaseDetail };

/** The deadlines with the server's explanation of how each date was computed. */
export function DeadlinesPanel({ detail }: Panel) {
  const mt = useMt();
  return (
    <List
      dataSource={detail.deadlines}
      renderItem={(d) => (
        <List.Item data-testid={`deadline-${d.key}`}>
          <List.Item.Meta
            title={
              <>
                {d.label} <DeadlineTag status={d.status} label={d.statusLabel} />
              </>
            }
            description={
              <>
                <div>
                  {mt('mediation.deadline.due')}:{' '}
                  <Typography.Text strong data-testid={`deadline-${d.key}-due`}>
                    {d.dueDate ?? mt('mediation.deadline.stopped')}
                  </Typography.Text>
                  {' · '}
                  {mt('mediation.deadline.start')}: {d.start}
                </div>
                <div>{d.explanation}</div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** The parties: ID numbers and phones masked. */
export function PartiesPanel({ detail }: Panel) {
  return (
    <Descriptions column={1} size="small" bordered>
      {detail.parties.map((p) => (
        <Descriptions.Item key={p.id} label={`${p.roleLabel} ${p.name}`}>
          {[p.idNumberMasked ?? p.creditCode, p.phoneMasked, p.address].filter(Boolean).join(' · ')}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

export function SessionsPanel({ detail }: Panel) {
  const mt = useMt();
  if (detail.sessions.length === 0) return <Empty />;
  return (
    <List
      dataSource={detail.sessions}
      renderItem={(s) => (
        <List.Item>
          <List.Item.Meta
            title={`${s.heldOn} · ${s.place}`}
            description={
              <>
                <div>
                  {mt('mediation.session.participants')}: {s.participants.join('、')}
                </div>
                <div style={{ whiteSpace: 'pre-wrap' }}>{s.notes}</div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

export function AgreementPanel({ detail }: Panel) {
  const mt = useMt();
  const a = detail.agreement;
  if (!a) return <Empty description={mt('mediation.agreement.none')} />;
  const pre = (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
  return (
    <Descriptions column={1} size="small" bordered data-testid="agreement">
      <Descriptions.Item label={mt('mediation.col.type')}>
        {mt(`mediation.agreement.kind.${a.kind}`)}
      </Descriptions.Item>
      {a.kind === 'written' && (
        <>
          <Descriptions.Item label={mt('mediation.agreement.facts')}>
            {pre(a.facts)}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.agreement.issues')}>
            {pre(a.issues)}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.agreement.responsibilities')}>
            {pre(a.responsibilities)}
          </Descriptions.Item>
        </>
      )}
      <Descriptions.Item label={mt('mediation.agreement.content')}>
        {pre(a.content)}
      </Descriptions.Item>
      <Descriptions.Item label={mt('mediation.agreement.manner')}>
        {a.performanceManner}
      </Descriptions.Item>
      <Descriptions.Item label={mt('mediation.agreement.deadline')}>
        {a.performanceDeadline ?? '-'}
      </Descriptions.Item>
      <Descriptions.Item label={mt('mediation.agreement.reached')}>{a.reachedOn}</Descriptions.Item>
      <Descriptions.Item label={mt('mediation.agreement.effective')}>
        <span data-testid="agreement-effective">{a.effectiveOn ?? '-'}</span>
      </Descriptions.Item>
      {a.signatures.length > 0 && (
        <Descriptions.Item label={mt('mediation.agreement.signatures')}>
          {a.signatures.map((s) => `${s.name} ${s.signedOn}`).join('；')}
          {' · '}
          {mt('mediation.agreement.mediatorSigned')} {a.mediatorSignedOn} ·{' '}
          {mt('mediation.agreement.sealed')} {a.sealedOn}
        </Descriptions.Item>
      )}
      {a.confirmationLastDay && (
        <Descriptions.Item label={mt('mediation.agreement.lastDay')}>
          {a.confirmationLastDay}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

export function AfterPanel({ detail }: Panel) {
  const mt = useMt();
  const c = detail.confirmation;
  return (
    <>
      <Typography.Title level={5}>{mt('mediation.after.confirmation')}</Typography.Title>
      {c ? (
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="confirmation">
          <Descriptions.Item label={mt('mediation.after.court')}>{c.court}</Descriptions.Item>
          <Descriptions.Item label={mt('mediation.after.applied')}>{c.appliedOn}</Descriptions.Item>
          <Descriptions.Item label={mt('mediation.after.accepted')}>
            {c.acceptedOn ?? '-'}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.after.ruling')}>
            {c.ruling ? (
              <Tag color={c.ruling === 'valid' ? 'green' : 'red'} data-testid="confirmation-ruling">
                {mt(`mediation.after.ruling.${c.ruling}` as 'mediation.after.ruling.valid')}
              </Tag>
            ) : (
              '-'
            )}
            {c.ruledOn ?? ''} {c.rulingNumber ?? ''}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{mt('mediation.after.none')}</Typography.Text>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {mt('mediation.after.followUps')}
      </Typography.Title>
      {detail.followUps.length > 0 ? (
        <List
          size="small"
          dataSource={detail.followUps}
          renderItem={(f) => (
            <List.Item>
              {f.visitedOn} {f.methodLabel} · {f.performanceLabel} {f.note ?? ''}
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{mt('mediation.after.none')}</Typography.Text>
      )}
    </>
  );
}

export function TimelinePanel({ detail }: Panel) {
  return (
    <Timeline
      items={detail.timeline.map((event) => ({
        key: `${event.at}-${event.action}`,
        children: (
          <>
            <Typography.Text strong>{event.actionLabel}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {event.onDate} · {formatDateTime(event.at)} {event.actorName ?? ''}
            </Typography.Text>
            {event.note && <div>{event.note}</div>}
          </>
        ),
      }))}
    />
  );
}

export function DocumentsPanel({ detail }: Panel) {
  const mt = useMt();
  return (
    <Table<CaseDocument>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={detail.documents}
      data-testid="documents-table"
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: mt('mediation.tab.documents'),
          key: 'title',
          render: (_, d) => (
            <>
              {d.title} {d.generated && <Tag>{mt('mediation.doc.generated')}</Tag>}
              {d.kind === 'agreement_draft' && (
                <Tag color="orange">{mt('mediation.doc.draft')}</Tag>
              )}
            </>
          ),
        },
        { title: 'SHA-256', key: 'sha', render: (_, d) => <code>{d.sha256.slice(0, 16)}…</code> },
        { key: 'at', render: (_, d) => formatDateTime(d.createdAt) },
        {
          key: 'download',
          render: (_, d) => (
            <Button size="small" onClick={() => void downloadDocument(detail.id, d.id, d.fileName)}>
              {mt('mediation.doc.download')}
            </Button>
          ),
        },
      ]}
    />
  );
}
