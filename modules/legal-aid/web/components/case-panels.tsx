// The tabs of the case page: deadlines, parties, service records, timeline, documents.
import { Button, Descriptions, List, Table, Tag, Timeline, Typography } from 'antd';
import { DeadlineTag } from '@web/components/deadline-tag';
import { formatDateTime } from '@web/i18n';
import { downloadDocument } from '../api/legal-aid';
import type { CaseDetail, CaseDocument } from '../api/types';
import { useLa } from '../i18n/use-la';

/** The statutory deadlines with the server's explanation of how each date was computed. */
export function DeadlinesPanel({ detail }: { detail: CaseDetail }) {
  const la = useLa();
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
                  {la('legal-aid.deadline.due')}:{' '}
                  <Typography.Text strong data-testid={`deadline-${d.key}-due`}>
                    {d.dueDate ?? la('legal-aid.deadline.stopped')}
                  </Typography.Text>
                  {' · '}
                  {la('legal-aid.deadline.start')}: {d.start}
                  {' · '}
                  {la('legal-aid.deadline.basis')}: {d.basis.law}
                  {d.basis.article}
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

export function PartiesPanel({ detail }: { detail: CaseDetail }) {
  return (
    <Descriptions column={1} size="small" bordered>
      {detail.parties.map((p, i) => (
        <Descriptions.Item key={i} label={p.relation ? `${p.name}（${p.relation}）` : p.name}>
          {[p.idNumberMasked, p.phoneMasked].filter(Boolean).join(' · ') || '-'}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

export function ServicePanel({ detail }: { detail: CaseDetail }) {
  return (
    <List
      size="small"
      dataSource={detail.serviceRecords}
      data-testid="service-records"
      renderItem={(s) => (
        <List.Item>
          <Typography.Text type="secondary">{s.onDate}</Typography.Text> <Tag>{s.kindLabel}</Tag>
          {s.description}
          <Typography.Text type="secondary"> · {s.recordedBy}</Typography.Text>
        </List.Item>
      )}
    />
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
  const la = useLa();
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
          title: la('legal-aid.tab.documents'),
          key: 'title',
          render: (_, d) => (
            <>
              {d.title} {d.generated && <Tag>{la('legal-aid.doc.generated')}</Tag>}
            </>
          ),
        },
        { key: 'at', render: (_, d) => formatDateTime(d.createdAt) },
        {
          key: 'download',
          render: (_, d) => (
            <Button size="small" onClick={() => void downloadDocument(detail.id, d.id, d.fileName)}>
              {la('legal-aid.doc.download')}
            </Button>
          ),
        },
      ]}
    />
  );
}
