import { Card, Empty, Flex, Pagination, Tag, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { Link } from 'react-router-dom';
import { StatusTag } from './status-tag';
import { portalArticlePath, portalVersionPath, usePortalSearch } from './filing-api';
import { SearchSnippet } from './search-snippet';
import { useFt } from './use-ft';

/** Results of the portal's search box: documents with their best articles, each a link to it. */
export function PortalSearchResults(props: {
  q: string;
  page: number;
  onPage: (page: number) => void;
}) {
  const ft = useFt();
  const search = usePortalSearch(props.q, props.page);
  if (search.isPending) return <PageSpin />;
  if (search.error)
    return <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />;
  const r = search.data;
  if (r.items.length === 0) return <Empty description={ft('regulations.portal.noResults')} />;
  return (
    <Flex vertical gap={12} data-testid="portal-results">
      <Typography.Text type="secondary">
        {ft('regulations.portal.results', {
          total: r.total,
          articles: r.totalArticles,
          ms: Math.round(r.tookMs),
        })}
      </Typography.Text>
      {r.items.map((hit) => (
        <Card
          key={hit.version.id}
          size="small"
          title={
            <Flex gap={8} align="center" wrap>
              <Link
                to={portalVersionPath({
                  workKey: hit.version.workKey,
                  promulgatedOn: hit.version.promulgatedOn,
                })}
              >
                {hit.version.title}
              </Link>
              <Tag>{hit.version.level}</Tag>
              <StatusTag status={hit.version.status} />
            </Flex>
          }
          data-testid="portal-hit"
        >
          <Flex vertical gap={6}>
            {hit.articles.map((a) => (
              <div key={a.id}>
                <Link to={portalArticlePath(a.id)} data-testid="portal-hit-article">
                  <strong>{a.label}</strong>
                </Link>{' '}
                <SearchSnippet html={a.snippet} />
              </div>
            ))}
            {hit.matchedArticles > hit.articles.length && (
              <Typography.Text type="secondary">
                {ft('regulations.portal.moreArticles', {
                  count: hit.matchedArticles - hit.articles.length,
                })}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
      <Pagination
        current={r.page}
        pageSize={r.pageSize}
        total={r.total}
        onChange={props.onPage}
        showSizeChanger={false}
        size="small"
      />
    </Flex>
  );
}
