// The quality review of a closed case: the score sheet to fill in (for a reviewer), or the
// review and the recipient's survey as they stand.
import { useMutation } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { runCaseAction, useMeta } from '../api/legal-aid';
import type { CaseDetail } from '../api/types';
import { useLa } from '../i18n/use-la';

interface ReviewValues {
  scores: Record<string, number>;
  comment?: string;
}

export function QualityPanel({
  detail,
  onUpdated,
}: {
  detail: CaseDetail;
  onUpdated: (detail: CaseDetail) => void;
}) {
  const la = useLa();
  const can = useCan();
  const meta = useMeta().data;
  const review = useMutation({
    mutationFn: (v: ReviewValues) =>
      runCaseAction(detail.id, 'quality_review', {
        scores: v.scores,
        comment: v.comment?.trim() || undefined,
      }),
    onSuccess: onUpdated,
  });
  const closed = detail.state === 'CLOSED' || detail.state === 'SUBSIDY_PAID';
  const survey = detail.survey;
  const link = survey
    ? `${window.location.origin}/public/legal-aid/survey?token=${survey.token}`
    : '';
  return (
    <>
      {survey && (
        <Typography.Paragraph data-testid="case-survey">
          {la('legal-aid.case.survey')}：
          {survey.answered
            ? la('legal-aid.case.surveyAnswered', { score: survey.score ?? '-' })
            : la('legal-aid.case.surveyPending', { link })}
          {survey.comment ? `（${survey.comment}）` : ''}
        </Typography.Paragraph>
      )}
      {detail.qualityReview ? (
        <div data-testid="quality-review">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={la('legal-aid.quality.total')}>
              <span data-testid="quality-total">{detail.qualityReview.total}</span>
            </Descriptions.Item>
            <Descriptions.Item label={la('legal-aid.quality.grade')}>
              {detail.qualityReview.gradeLabel}
            </Descriptions.Item>
            <Descriptions.Item label={la('legal-aid.quality.comment')}>
              {detail.qualityReview.comment ?? '-'}
            </Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={detail.qualityReview.items}
            columns={[
              { dataIndex: 'label', key: 'label' },
              { key: 'score', render: (_, i) => `${i.score} / ${i.max}` },
            ]}
          />
          <Typography.Text type="secondary">
            {la('legal-aid.quality.reviewer', {
              name: detail.qualityReview.reviewerName,
              on: detail.qualityReview.reviewedOn,
            })}
          </Typography.Text>
        </div>
      ) : closed && can('legal-aid:quality') && meta ? (
        <Form<ReviewValues>
          layout="vertical"
          onFinish={(v) => review.mutate(v)}
          data-testid="quality-form"
        >
          {meta.scoreItems.map((item) => (
            <Form.Item
              key={item.code}
              name={['scores', item.code]}
              label={`${item.label}（0–${item.max}）`}
              rules={[{ required: true, message: la('legal-aid.required') }]}
            >
              <InputNumber
                min={0}
                max={item.max}
                precision={0}
                data-testid={`score-${item.code}`}
              />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={la('legal-aid.quality.comment')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {review.error && <ErrorAlert error={review.error} />}
          <Button
            type="primary"
            htmlType="submit"
            loading={review.isPending}
            data-testid="quality-submit"
          >
            {la('legal-aid.quality.submit')}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
