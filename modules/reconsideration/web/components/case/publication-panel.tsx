import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Flex, Input, Popconfirm, Tag } from 'antd';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { formatDateTime, useT } from '@web/i18n';
import { useState } from 'react';
import { publicationDraft, publishDecision, withdrawPublication } from '../../api/cases';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { publicationStatusLabel } from '../../lib/labels';

/**
 * 阳光复议 (Art. 79): the served decision, redacted by the server, reviewed and edited here, then
 * published; it can be withdrawn.
 */
export function PublicationPanel({
  detail,
  onUpdated,
}: {
  detail: CaseDetail;
  onUpdated: (detail: CaseDetail) => void;
}) {
  const rt = useRt();
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const canPublish = can('reconsideration:publish');
  const publication = detail.publication;
  const [text, setText] = useState(publication?.redactedText ?? '');

  const draft = useMutation({
    mutationFn: () => publicationDraft(detail.id),
    onSuccess: (reply) => {
      setText(reply.redactedText);
      void message.info(rt('reconsideration.publication.drafted', { count: reply.replacements }));
    },
  });
  const publish = useMutation({
    mutationFn: () => publishDecision(detail.id, text),
    onSuccess: (reply) => {
      void message.success(rt('reconsideration.publication.published'));
      onUpdated(reply);
    },
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawPublication(detail.id),
    onSuccess: (reply) => {
      void message.success(rt('reconsideration.publication.withdrawn'));
      onUpdated(reply);
    },
  });
  const error = draft.error ?? publish.error ?? withdraw.error;
  const published = publication?.status === 'published';

  return (
    <div data-testid="publication-panel">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'status',
            label: rt('reconsideration.publication.status'),
            children: (
              <Tag color={published ? 'green' : 'default'} data-testid="publication-status">
                {publication
                  ? publicationStatusLabel(rt, publication.status)
                  : rt('reconsideration.publication.none')}
              </Tag>
            ),
          },
          {
            key: 'publishedAt',
            label: rt('reconsideration.publication.publishedAt'),
            children: formatDateTime(publication?.publishedAt) || '-',
          },
        ]}
      />
      {canPublish && (
        <Alert
          type="info"
          showIcon
          title={rt('reconsideration.publication.reviewHint')}
          style={{ marginBottom: 12 }}
        />
      )}
      {error && <ErrorAlert error={error} testId="publication-error" />}
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        readOnly={!canPublish}
        rows={14}
        placeholder={rt('reconsideration.publication.placeholder')}
        data-testid="publication-text"
      />
      {canPublish && (
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          <Button
            loading={draft.isPending}
            onClick={() => draft.mutate()}
            data-testid="publication-draft"
          >
            {rt('reconsideration.publication.makeDraft')}
          </Button>
          <Popconfirm
            title={rt('reconsideration.publication.confirm')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => publish.mutate()}
            disabled={!text.trim()}
          >
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={publish.isPending}
              data-testid="publication-publish"
            >
              {rt('reconsideration.publication.publish')}
            </Button>
          </Popconfirm>
          {published && (
            <Popconfirm
              title={rt('reconsideration.publication.confirmWithdraw')}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => withdraw.mutate()}
            >
              <Button danger loading={withdraw.isPending} data-testid="publication-withdraw">
                {rt('reconsideration.publication.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
    </div>
  );
}
