import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Tabs, Tag, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { caseQueryKey, casesQueryKey, useCase } from '../api/notary';
import type { CaseDetail } from '../api/types';
import { ActionModal, type NextAction } from '../components/action-modal';
import { FeesPanel } from '../components/fees-panel';
import {
  DeadlinesPanel,
  DocumentsPanel,
  PartiesPanel,
  TimelinePanel,
} from '../components/case-panels';
import { STATUS_COLORS } from '../components/verification-result';
import { useNt } from '../i18n/use-nt';

/** 案件详情: deadlines, parties, timeline, documents, and the steps the user may take next. */
export function CasePage() {
  const nt = useNt();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const detail = useCase(id);
  const [action, setAction] = useState<NextAction | null>(null);

  if (detail.isPending) return <PageSpin />;
  if (detail.error)
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data;

  const updated = (next: CaseDetail) => {
    queryClient.setQueryData(caseQueryKey(id), next);
    void queryClient.invalidateQueries({ queryKey: casesQueryKey });
  };
  const yesNo = (value: boolean) => nt(value ? 'notarization.case.yes' : 'notarization.case.no');
  const certificate = data.certificate;

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number">
            {data.caseNumber}
          </Typography.Title>
          <Tag color="processing" data-testid="case-state">
            {data.stateLabel}
          </Tag>
          <Tag>{data.matterLabel}</Tag>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
          <Descriptions.Item label={nt('notarization.col.applicants')}>
            {data.applicantNames}
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.col.notary')}>
            <span data-testid="case-notary">{data.notaryName ?? '-'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.case.purpose')}>
            {data.purpose}
            {data.useCountry ? ` · ${data.useCountry}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.case.jurisdiction')}>
            {data.jurisdictionGround}
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.case.fee')}>
            {data.fee.payableYuan} ({data.fee.basis})
          </Descriptions.Item>
          <Descriptions.Item label={nt('notarization.case.inPerson')}>
            {yesNo(data.inPerson)}
          </Descriptions.Item>
          {data.supplementItems.length > 0 && (
            <Descriptions.Item label={nt('notarization.case.supplementItems')}>
              {data.supplementItems.join('、')}
            </Descriptions.Item>
          )}
          {data.reExaminerName && (
            <Descriptions.Item label={nt('notarization.case.reExaminer')}>
              {data.reExaminerName}
            </Descriptions.Item>
          )}
          {certificate && (
            <Descriptions.Item label={nt('notarization.case.certificate')}>
              <Link to={certificate.verificationUrl} data-testid="case-certificate">
                {certificate.number}
              </Link>{' '}
              <Tag color={STATUS_COLORS[certificate.status]}>
                {nt(`notarization.verify.status.${certificate.status}`)}
              </Tag>
              {certificate.revocationGround && (
                <Typography.Text type="secondary">{certificate.revocationGround}</Typography.Text>
              )}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Text type="secondary">{nt('notarization.case.actions')}: </Typography.Text>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {data.nextActions.length === 0 && (
            <Typography.Text type="secondary">{nt('notarization.case.noActions')}</Typography.Text>
          )}
          {data.nextActions.map((next) => (
            <Button
              key={next.action}
              onClick={() => setAction(next)}
              data-testid={`action-${next.action}`}
            >
              {next.label}
            </Button>
          ))}
        </Flex>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'deadlines',
              label: nt('notarization.tab.deadlines'),
              children: <DeadlinesPanel detail={data} />,
            },
            {
              key: 'parties',
              label: nt('notarization.tab.parties'),
              children: <PartiesPanel detail={data} />,
            },
            {
              key: 'timeline',
              label: nt('notarization.tab.timeline'),
              children: <TimelinePanel detail={data} />,
            },
            {
              key: 'fees',
              label: nt('notarization.tab.fees'),
              children: <FeesPanel detail={data} onUpdated={updated} />,
            },
            {
              key: 'documents',
              label: `${nt('notarization.tab.documents')} (${data.documents.length})`,
              children: <DocumentsPanel detail={data} />,
            },
          ]}
        />
      </Card>
      <ActionModal
        detail={data}
        action={action}
        onClose={() => setAction(null)}
        onUpdated={updated}
        onStale={() => void detail.refetch()}
      />
    </>
  );
}
