import { Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useVersion, versionPath } from '../api/library';
import { ArticleText } from '../components/article-text';
import { StatusTag } from '../components/status-tag';
import { useRt } from '../i18n/use-rt';

/** One version's full text: header, history, versions of the work, articles with anchors. */
export function VersionPage() {
  const rt = useRt();
  const { workKey = '', date = '' } = useParams();
  const { hash } = useLocation();
  const version = useVersion(workKey, date);
  if (version.isPending) return <PageSpin />;
  if (version.error)
    return <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  const v = version.data;
  return (
    <Flex vertical gap={16}>
      <Link to="/regulations/library">{rt('regulations.version.back')}</Link>
      <Card title={v.title} extra={<StatusTag status={v.status} />}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={rt('regulations.col.level')}>{v.level}</Descriptions.Item>
          <Descriptions.Item label={rt('regulations.col.body')}>
            {v.issuingBody ?? rt('regulations.version.unknown')}
          </Descriptions.Item>
          <Descriptions.Item label={rt('regulations.version.number')}>
            {v.documentNumber ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={rt('regulations.col.promulgated')}>
            {v.promulgatedOn}
          </Descriptions.Item>
          <Descriptions.Item label={rt('regulations.col.effective')}>
            {v.effectiveOn ?? rt('regulations.version.unknown')}
          </Descriptions.Item>
          <Descriptions.Item label={rt('regulations.col.articles')}>
            {v.articleCount}
          </Descriptions.Item>
        </Descriptions>
        {v.history.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {v.history.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Typography.Paragraph>
        )}
        {v.versions.length > 1 && (
          <>
            <Typography.Title level={5}>{rt('regulations.version.versions')}</Typography.Title>
            <Timeline
              items={v.versions.map((other) => ({
                content: (
                  <Flex gap={8} align="center">
                    {other.id === v.id ? (
                      <strong>{other.promulgatedOn}</strong>
                    ) : (
                      <Link to={versionPath(other)}>{other.promulgatedOn}</Link>
                    )}
                    <StatusTag status={other.status} />
                  </Flex>
                ),
              }))}
            />
          </>
        )}
      </Card>
      <Card data-testid="version-articles">
        {v.preamble && (
          <>
            <Typography.Title level={5}>{rt('regulations.version.preamble')}</Typography.Title>
            {v.preamble.split('\n').map((p, i) => (
              <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
            ))}
          </>
        )}
        <ArticleText articles={v.articles} target={hash.slice(1)} />
        {v.appendix && (
          <>
            <Typography.Title level={5}>{rt('regulations.version.appendix')}</Typography.Title>
            {v.appendix.split('\n').map((p, i) => (
              <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
            ))}
          </>
        )}
      </Card>
    </Flex>
  );
}
