import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { Link } from 'react-router-dom';
import {
  caseQueryKey,
  documentReviewsQueryKey,
  requestDocumentReview,
  useDocumentReviews,
} from '../../api/cases';
import type { CaseDetail, DocumentReviewItem } from '../../api/types';
import { DOCUMENT_REVIEW_OPEN_STATES } from '../../../domain/document-review';
import { useRt } from '../../i18n/use-rt';

interface RequestValues {
  document?: string;
  reason?: string;
}

/**
 * 规范性文件附带审查 (行政复议法 Art. 13, 56): what the applicant asked for, the review items sent
 * to the filing review of the normative documents, and the form that sends one.
 */
export function DocumentReviewPanel({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RequestValues>();
  const reviews = useDocumentReviews(detail.id);
  const send = useMutation({
    mutationFn: (values: RequestValues) =>
      requestDocumentReview(detail.id, {
        ...(values.document?.trim() ? { document: values.document.trim() } : {}),
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      }),
    onSuccess: (item) => {
      void message.success(rt('reconsideration.review.sent', { number: item.caseNumber }));
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: documentReviewsQueryKey(detail.id) });
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(detail.id) });
    },
  });
  const canSend =
    can('reconsideration:handle') && DOCUMENT_REVIEW_OPEN_STATES.includes(detail.state);
  const canOpenItem = can('regulations:filing_read');

  const columns: ColumnsType<DocumentReviewItem> = [
    {
      title: rt('reconsideration.review.number'),
      dataIndex: 'caseNumber',
      render: (number: string, item) =>
        canOpenItem ? <Link to={`/regulations/filings/${item.id}`}>{number}</Link> : number,
    },
    {
      title: rt('reconsideration.review.document'),
      render: (_, item) =>
        item.documentNumber ? `${item.title}（${item.documentNumber}）` : item.title,
    },
    { title: rt('reconsideration.review.subject'), render: (_, i) => i.subjectCaseNumber ?? '-' },
    {
      title: rt('reconsideration.review.state'),
      render: (_, item) => <Tag data-testid="document-review-state">{item.stateLabel}</Tag>,
    },
    { title: rt('reconsideration.review.outcome'), render: (_, i) => i.outcome ?? '-' },
  ];

  return (
    <div data-testid="document-review-panel">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={
          detail.normativeDocumentReview
            ? rt('reconsideration.review.asked', { document: detail.normativeDocumentReview })
            : rt('reconsideration.review.notAsked')
        }
      />
      {reviews.error && <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />}
      <Table
        rowKey="id"
        size="small"
        loading={reviews.isPending}
        dataSource={reviews.data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: true }}
        data-testid="document-reviews"
      />
      {canSend && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 16, maxWidth: 640 }}
          onFinish={(values) => send.mutate(values)}
          data-testid="document-review-form"
        >
          {send.error && <ErrorAlert error={send.error} testId="document-review-error" />}
          <Form.Item
            name="document"
            label={rt('reconsideration.review.documentField')}
            extra={rt('reconsideration.review.documentHint')}
            rules={
              detail.normativeDocumentReview
                ? []
                : [{ required: true, message: rt('reconsideration.review.documentRequired') }]
            }
          >
            <Input maxLength={300} placeholder={detail.normativeDocumentReview ?? ''} />
          </Form.Item>
          <Form.Item name="reason" label={rt('reconsideration.review.reason')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={send.isPending}
            data-testid="document-review-submit"
          >
            {rt('reconsideration.review.send')}
          </Button>
        </Form>
      )}
    </div>
  );
}
