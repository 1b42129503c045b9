// 法规关系图谱 (public): a document in the middle of its citation graph, the lists of its superior
// laws, of what it cites and what cites it, and the article citations with a chosen neighbour.
import { Alert, Card, Col, Empty, Flex, List, Row, Space, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useSearchParams } from 'react-router-dom';
import { useDocumentGraph, useDocumentLinks } from '../api/knowledge';
import type { LinkedDocument } from '../api/types';
import { BetweenTable } from '../components/between-table';
import { DocumentPicker } from '../components/document-picker';
import { GraphChart } from '../components/graph-chart';
import { portalVersionUrl } from '../components/links';
import { useKt, type KT } from '../i18n/use-kt';

function DocumentList(props: {
  title: string;
  items: LinkedDocument[];
  kt: KT;
  onPick: (key: string) => void;
  onCentre: (key: string) => void;
  testId: string;
}) {
  const { kt } = props;
  return (
    <Card size="small" title={`${props.title}（${props.items.length}）`}>
      <List
        size="small"
        dataSource={props.items}
        locale={{ emptyText: kt('knowledge.graph.none') }}
        pagination={props.items.length > 8 ? { pageSize: 8, size: 'small' } : false}
        data-testid={props.testId}
        renderItem={(d) => (
          <List.Item
            actions={[
              <a key="text" href={portalVersionUrl(d.versionKey)}>
                {kt('knowledge.graph.openText')}
              </a>,
              <Typography.Link key="centre" onClick={() => props.onCentre(d.versionKey)}>
                {kt('knowledge.graph.recentre')}
              </Typography.Link>,
            ]}
          >
            <Typography.Link onClick={() => props.onPick(d.versionKey)}>{d.title}</Typography.Link>
            <Typography.Text type="secondary">
              {' '}
              {d.promulgatedOn} · {kt('knowledge.graph.citations', { n: d.citations })}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function GraphPage() {
  const kt = useKt();
  const [params, setParams] = useSearchParams();
  const version = params.get('version');
  const other = params.get('other');
  const links = useDocumentLinks(version);
  const graph = useDocumentGraph(version);
  const centre = (key: string) => setParams({ version: key });
  const pick = (key: string) => setParams({ version: version ?? key, other: key });
  const data = links.data;
  const empty = data && data.basis.length + data.cites.length + data.citedBy.length === 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={kt('knowledge.graph.title')}>
        <Typography.Paragraph type="secondary">{kt('knowledge.graph.intro')}</Typography.Paragraph>
        <DocumentPicker value={version} onChange={centre} kt={kt} />
      </Card>
      {(links.error || graph.error) && (
        <ErrorAlert error={links.error ?? graph.error} onRetry={() => void links.refetch()} />
      )}
      {data && (
        <Card
          title={data.document.title}
          extra={
            <a href={portalVersionUrl(data.document.versionKey)}>
              {kt('knowledge.graph.openText')}
            </a>
          }
          loading={graph.isFetching}
        >
          <Flex vertical gap={8}>
            {data.unresolved > 0 && (
              <Alert
                type="info"
                showIcon
                title={kt('knowledge.graph.unresolved', { n: data.unresolved })}
              />
            )}
            {graph.data && graph.data.omitted > 0 && (
              <Alert
                type="info"
                showIcon
                title={kt('knowledge.graph.omitted', { n: graph.data.omitted })}
              />
            )}
            {empty ? (
              <Empty description={kt('knowledge.graph.empty')} />
            ) : (
              graph.data && (
                <GraphChart
                  graph={graph.data}
                  kt={kt}
                  onSelect={(node) => node.role !== 'center' && pick(node.versionKey)}
                />
              )
            )}
          </Flex>
        </Card>
      )}
      {data && (
        <Row gutter={[16, 16]}>
          {(
            [
              ['knowledge.graph.basis', data.basis, 'knowledge-basis'],
              ['knowledge.graph.cites', data.cites, 'knowledge-cites'],
              ['knowledge.graph.citedBy', data.citedBy, 'knowledge-cited-by'],
            ] as const
          ).map(([title, items, testId]) => (
            <Col key={title} xs={24} lg={8}>
              <DocumentList
                title={kt(title)}
                items={items}
                kt={kt}
                onPick={pick}
                onCentre={centre}
                testId={testId}
              />
            </Col>
          ))}
        </Row>
      )}
      {version && (
        <Card size="small">
          {other ? (
            <BetweenTable version={version} other={other} kt={kt} />
          ) : (
            <Typography.Text type="secondary">{kt('knowledge.graph.betweenHint')}</Typography.Text>
          )}
        </Card>
      )}
    </Space>
  );
}
