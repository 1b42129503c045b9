import { Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useVersion } from '../api/library';
import type { VersionDetail } from '../api/types';
import { ArticleText } from '../components/article-text';
import { portalVersionPath, usePortalFiling } from '../components/filing-api';
import { StatusTag } from '../components/status-tag';
import { type FT, useFt } from '../components/use-ft';
import { ValidityTag } from '../components/validity-tag';
import { useRt } from '../i18n/use-rt';

const comparePath = (workKey: string, a: string, b: string) =>
  `/portal/compare/${encodeURIComponent(workKey)}?from=${a < b ? a : b}&to=${a < b ? b : a}`;

/** 版本沿革: every published version, each a link, and a comparison with this one. */
function Versions({ v, ft }: { v: VersionDetail; ft: FT }) {
  return (
    <Timeline
      items={v.versions.map((other) => ({
        content: (
          <Flex gap={8} align="center" wrap>
            {other.id === v.id ? (
              <strong>
                {other.promulgatedOn}（{ft('regulations.portal.current')}）
              </strong>
            ) : (
              <Link to={portalVersionPath(other)}>{other.promulgatedOn}</Link>
            )}
            <StatusTag status={other.status} />
            {other.id !== v.id && other.promulgatedOn && v.promulgatedOn && (
              <Link
                to={comparePath(v.workKey, other.promulgatedOn, v.promulgatedOn)}
                data-testid="portal-compare-link"
              >
                {ft('regulations.portal.compareWith')}
              </Link>
            )}
          </Flex>
        ),
      }))}
    />
  );
}

/** 全文: one published text with its article anchors (…#art-62), history and versions. */
export function PortalVersionPage() {
  const ft = useFt();
  const rt = useRt();
  const { workKey = '', date = '' } = useParams();
  const { hash } = useLocation();
  const version = useVersion(workKey, date);
  const v = version.data;
  const filing = usePortalFiling(v?.id, v?.level === '规范性文件');
  const target = decodeURIComponent(hash.slice(1));
  useEffect(() => {
    if (!v || !target) return;
    document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [v, target]);

  if (version.isPending) return <PageSpin />;
  if (version.error) {
    return <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  }
  const d = version.data;
  const f = filing.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100, margin: '0 auto', width: '100%' }}>
      <Link to="/portal">{ft('regulations.portal.back')}</Link>
      <Card
        title={<span data-testid="portal-title">{d.title}</span>}
        extra={<StatusTag status={d.status} />}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={rt('regulations.col.level')}>{d.level}</Descriptions.Item>
          <Descriptions.Item label={rt('regulations.col.body')}>
            {d.issuingBody ?? rt('regulations.version.unknown')}
          </Descriptions.Item>
          {d.documentNumber && (
            <Descriptions.Item label={rt('regulations.version.number')}>
              {d.documentNumber}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={rt('regulations.col.promulgated')}>
            {d.promulgatedOn}
          </Descriptions.Item>
          <Descriptions.Item label={rt('regulations.col.effective')}>
            {d.effectiveOn ?? rt('regulations.version.unknown')}
          </Descriptions.Item>
          {f && (
            <>
              <Descriptions.Item label={ft('regulations.filing.field.validUntil')}>
                <Flex gap={4}>
                  {f.validUntil ?? '—'}
                  <ValidityTag validity={f.validity} />
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={ft('regulations.portal.filingNumber')}>
                {f.caseNumber}
              </Descriptions.Item>
              {f.reviewedOn && (
                <Descriptions.Item label={ft('regulations.portal.reviewedOn')}>
                  {f.reviewedOn}
                </Descriptions.Item>
              )}
            </>
          )}
        </Descriptions>
        {d.history.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {d.history.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Typography.Paragraph>
        )}
        {d.versions.length > 1 && (
          <>
            <Typography.Title level={5}>{ft('regulations.portal.versions')}</Typography.Title>
            <Versions v={d} ft={ft} />
          </>
        )}
      </Card>
      <Card data-testid="portal-text">
        {d.preamble?.split('\n').map((p, i) => (
          <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
        ))}
        <ArticleText articles={d.articles} target={target} />
        {d.appendix && (
          <>
            <Typography.Title level={5}>{rt('regulations.version.appendix')}</Typography.Title>
            {d.appendix.split('\n').map((p, i) => (
              <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
            ))}
          </>
        )}
      </Card>
    </Flex>
  );
}
