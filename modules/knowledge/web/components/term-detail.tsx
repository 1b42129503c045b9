// One term: its statutory definitions, its synonyms and related terms, and the articles using it
// (each a link to the article on the portal). `extra` adds the administrator's controls.
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@web/components/error-alert';
import { useTerm } from '../api/knowledge';
import type { TermDetail } from '../api/types';
import type { KT } from '../i18n/use-kt';
import { portalArticleUrl } from './links';

interface Props {
  term: string;
  kt: KT;
  onTerm: (term: string) => void;
  /** Rendered under each relation (a remove button) and under the list (a form). */
  relationAction?: (relation: TermDetail['relations'][number]) => ReactNode;
  relationsExtra?: ReactNode;
}

export function TermDetailCard({ term, kt, onTerm, relationAction, relationsExtra }: Props) {
  const detail = useTerm(term);
  const data = detail.data;
  return (
    <Card
      title={term}
      loading={detail.isLoading}
      extra={data && <Tag>{kt(`knowledge.terms.source.${data.source}`)}</Tag>}
      data-testid="knowledge-term-detail"
    >
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {data && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <section>
            <Typography.Title level={5}>{kt('knowledge.terms.definitionsTitle')}</Typography.Title>
            {data.definitions.length === 0 ? (
              <Typography.Text type="secondary">
                {kt('knowledge.terms.noDefinition')}
              </Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={data.definitions}
                renderItem={(d) => (
                  <List.Item>
                    <Typography.Paragraph style={{ marginBottom: 0 }}>
                      {d.text}{' '}
                      <a href={portalArticleUrl(d.articleId)}>
                        ——{d.document.title} {d.label}
                      </a>
                    </Typography.Paragraph>
                  </List.Item>
                )}
              />
            )}
          </section>
          <section>
            <Typography.Title level={5}>{kt('knowledge.terms.relations')}</Typography.Title>
            {data.relations.length === 0 && (
              <Typography.Text type="secondary">
                {kt('knowledge.terms.noRelations')}
              </Typography.Text>
            )}
            <Space wrap>
              {data.relations.map((r) => (
                <Space key={r.id} size={2}>
                  <Tag color={r.kind === 'synonym' ? 'green' : 'blue'} title={r.note ?? undefined}>
                    {kt(
                      r.kind === 'synonym' ? 'knowledge.terms.synonym' : 'knowledge.terms.related',
                    )}
                    ：<Typography.Link onClick={() => onTerm(r.term)}>{r.term}</Typography.Link>
                  </Tag>
                  {relationAction?.(r)}
                </Space>
              ))}
            </Space>
            {relationsExtra}
          </section>
          <section>
            <Typography.Title level={5}>
              {kt('knowledge.terms.usage', {
                total: data.usage.total,
                documents: data.usage.documents,
                shown: data.usage.items.length,
              })}
            </Typography.Title>
            {data.usage.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List
                size="small"
                dataSource={data.usage.items}
                pagination={data.usage.items.length > 10 ? { pageSize: 10, size: 'small' } : false}
                renderItem={(u) => (
                  <List.Item>
                    <a href={portalArticleUrl(u.articleId)}>
                      {u.document.title} {u.label}
                    </a>
                    {u.defines && <Tag color="gold">{kt('knowledge.terms.defines')}</Tag>}
                  </List.Item>
                )}
              />
            )}
          </section>
        </Space>
      )}
    </Card>
  );
}
