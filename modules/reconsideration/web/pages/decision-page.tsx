import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Descriptions, Tag, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { formatDateTime } from '@web/i18n';
import { Link, useParams } from 'react-router-dom';
import { usePublication } from '../api/public';
import { PublicCard } from '../components/public/public-card';
import { useRt } from '../i18n/use-rt';

/** One published decision: the redacted full text. */
export function DecisionPage() {
  const rt = useRt();
  const { id = '' } = useParams();
  const publication = usePublication(id);
  const back = (
    <Link to="/public/reconsideration/decisions">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {rt('reconsideration.decisions.back')}
      </Button>
    </Link>
  );
  if (publication.isPending) return <PageSpin />;
  if (publication.error) {
    return (
      <PublicCard>
        {back}
        <ErrorAlert error={publication.error} />
      </PublicCard>
    );
  }
  const item = publication.data;
  return (
    <PublicCard>
      {back}
      <Typography.Title level={4} data-testid="decision-title">
        {item.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          {
            key: 'respondent',
            label: rt('reconsideration.field.respondent'),
            children: item.respondentName,
          },
          {
            key: 'outcome',
            label: rt('reconsideration.decisions.outcome'),
            children: <Tag color="blue">{item.outcomeLabel}</Tag>,
          },
          {
            key: 'publishedAt',
            label: rt('reconsideration.decisions.published'),
            children: formatDateTime(item.publishedAt),
          },
        ]}
      />
      <Typography.Paragraph
        data-testid="decision-text"
        style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.9, marginTop: 16 }}
      >
        {item.redactedText}
      </Typography.Paragraph>
    </PublicCard>
  );
}
