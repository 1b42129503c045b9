import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Rate, Result, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useSearchParams } from 'react-router-dom';
import { answerSurvey, fetchSurvey } from '../api/legal-aid';
import { PublicCard } from '../components/public-card';
import { useLa } from '../i18n/use-la';

interface SurveyValues {
  ratings: Record<string, number>;
  comment?: string;
}

/** The recipient rates the service once, through the link of the text message. */
export function SurveyPage() {
  const la = useLa();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const survey = useQuery({
    queryKey: ['legal-aid', 'survey', token],
    queryFn: () => fetchSurvey(token),
    enabled: token.length > 0,
  });
  const answer = useMutation({
    mutationFn: (v: SurveyValues) =>
      answerSurvey(token, { ratings: v.ratings, comment: v.comment?.trim() || undefined }),
  });

  if (!token)
    return (
      <PublicCard title={la('legal-aid.public.survey')}>
        {la('legal-aid.survey.noToken')}
      </PublicCard>
    );
  if (survey.isPending) return <PageSpin />;
  if (survey.error) return <ErrorAlert error={survey.error} />;
  const data = answer.data ?? survey.data;
  return (
    <PublicCard title={la('legal-aid.public.survey')}>
      {data.answered ? (
        <Result status="success" title={la('legal-aid.survey.thanks')} data-testid="survey-done" />
      ) : (
        <Form<SurveyValues>
          layout="vertical"
          onFinish={(v) => answer.mutate(v)}
          data-testid="survey-form"
        >
          <Typography.Paragraph>
            {data.centreName}
            {data.providerName ? ` · ${data.providerName}` : ''}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {la('legal-aid.survey.intro')}
          </Typography.Paragraph>
          {data.questions.map((q) => (
            <Form.Item
              key={q.code}
              name={['ratings', q.code]}
              label={q.label}
              rules={[{ required: true, message: la('legal-aid.required') }]}
            >
              <Rate data-testid={`survey-${q.code}`} />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={la('legal-aid.survey.comment')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {answer.error && <ErrorAlert error={answer.error} />}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={answer.isPending}
            data-testid="survey-submit"
          >
            {la('legal-aid.survey.submit')}
          </Button>
        </Form>
      )}
    </PublicCard>
  );
}
