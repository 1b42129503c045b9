import { Button, Descriptions, List, Table, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '@web/i18n';
import { downloadDocument } from '../api/notary';
import type { CaseDetail, CaseDocument } from '../api/types';
import { useNt } from '../i18n/use-nt';
import { DeadlineTag } from '@web/components/deadline-tag';

/** The statutory deadlines with the server's explanation of how each date was computed. */
export function DeadlinesPanel({ detail }: { detail: CaseDetail }) {
  const nt = useNt();
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
                  {nt('notarization.deadline.due')}:{' '}
                  <Typography.Text strong data-testid={`deadline-${d.key}-due`}>
                    {d.dueDate ?? nt('notarization.deadline.stopped')}
                  </Typography.Text>
                  {' · '}
                  {nt('notarization.deadline.start')}: {d.start}
                  {' · '}
                  {nt('notarization.deadline.basis')}: {d.basis.law}
                  {d.basis.article}
                </div>
                <div data-testid={`deadline-${d.key}-explanation`}>{d.explanation}</div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** The parties (masked), the required materials and the told-record. */
export function PartiesPanel({ detail }: { detail: CaseDetail }) {
  const nt = useNt();
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        {detail.parties.map((p, i) => (
          <Descriptions.Item key={i} label={p.name}>
            {[p.idNumberMasked, p.phoneMasked].filter(Boolean).join(' · ')}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <List
        style={{ marginTop: 16 }}
        size="small"
        header={nt('notarization.apply.materials')}
        dataSource={detail.requiredMaterials}
        renderItem={(m) => (
          <List.Item>
            {m.title}
            <Tag color={m.supplied ? 'green' : 'orange'}>
              {nt(m.supplied ? 'notarization.required.supplied' : 'notarization.required.missing')}
            </Tag>
          </List.Item>
        )}
      />
      {detail.toldRecord && (
        <List
          style={{ marginTop: 16 }}
          size="small"
          header={`${nt('notarization.action.items')} (${detail.toldRecord.recordedOn})`}
          dataSource={detail.toldRecord.items}
          renderItem={(item) => <List.Item>{item}</List.Item>}
        />
      )}
    </>
  );
}

export function TimelinePanel({ detail }: { detail: CaseDetail }) {
  return (
    <Timeline
      items={detail.timeline.map((event) => ({
        key: `${event.at}-${event.action}`,
        children: (
          <>
            <Typography.Text strong>{event.actionLabel}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTime(event.at)} {event.actorName ?? ''}
            </Typography.Text>
            {event.note && <div>{event.note}</div>}
          </>
        ),
      }))}
    />
  );
}

export function DocumentsPanel({ detail }: { detail: CaseDetail }) {
  const nt = useNt();
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
          title: nt('notarization.tab.documents'),
          key: 'title',
          render: (_, d) => (
            <>
              {d.title} {d.generated && <Tag>{nt('notarization.doc.generated')}</Tag>}
            </>
          ),
        },
        { title: 'SHA-256', key: 'sha', render: (_, d) => <code>{d.sha256.slice(0, 16)}…</code> },
        { key: 'at', render: (_, d) => formatDateTime(d.createdAt) },
        {
          key: 'download',
          render: (_, d) => (
            <Button size="small" onClick={() => void downloadDocument(detail.id, d.id, d.fileName)}>
              {nt('notarization.doc.download')}
            </Button>
          ),
        },
      ]}
    />
  );
}
