import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Result, Tabs, Tag, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { caseQueryKey, casesQueryKey, useCase } from '../api/mediation';
import type { CaseDetail } from '../api/types';
import { ActionModal, type NextAction } from '../components/action-modal';
import {
  AfterPanel,
  AgreementPanel,
  DeadlinesPanel,
  DocumentsPanel,
  PartiesPanel,
  SessionsPanel,
  TimelinePanel,
} from '../components/case-panels';
import { useMt } from '../i18n/use-mt';

const RISK_COLORS: Record<string, string> = { general: 'gold', serious: 'orange', major: 'red' };

/** 纠纷详情: the dispute, its deadlines, records, agreement, court, and the steps the user may take. */
export function CasePage() {
  const mt = useMt();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const detail = useCase(id);
  const [action, setAction] = useState<NextAction | null>(null);
  const [gone, setGone] = useState(false);

  if (gone)
    return (
      <Result
        status="info"
        title={mt('mediation.case.transferredAway')}
        extra={
          <Link to="/mediation/workbench">
            <Button type="primary">{mt('mediation.menu.workbench')}</Button>
          </Link>
        }
      />
    );
  if (detail.isPending) return <PageSpin />;
  if (detail.error)
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data;

  const updated = (next: CaseDetail | null) => {
    void queryClient.invalidateQueries({ queryKey: casesQueryKey });
    if (next) queryClient.setQueryData(caseQueryKey(id), next);
    else setGone(true);
  };

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
          <Tag>{data.disputeTypeLabel}</Tag>
          {data.risk && (
            <Tag color={RISK_COLORS[data.risk.level]} data-testid="case-risk">
              {data.risk.levelLabel}
            </Tag>
          )}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
          <Descriptions.Item label={mt('mediation.col.parties')}>
            {data.partyNames}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.col.committee')}>
            {data.committeeName}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.col.mediator')}>
            <span data-testid="case-mediator">{data.mediatorName ?? '-'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.case.channel')}>
            {data.channelLabel}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.case.place')}>
            {data.placeName ?? data.placeCode}
          </Descriptions.Item>
          <Descriptions.Item label={mt('mediation.col.applied')}>
            {data.appliedDate}
          </Descriptions.Item>
          {data.referral && (
            <Descriptions.Item label={mt('mediation.case.referral')}>
              {data.referral.body} {data.referral.reference ?? ''}
            </Descriptions.Item>
          )}
          {data.transferCount > 0 && (
            <Descriptions.Item label={mt('mediation.case.firstCommittee')}>
              {data.firstCommitteeName}（{mt('mediation.case.transfers')} {data.transferCount}）
            </Descriptions.Item>
          )}
          {data.settledDate && (
            <Descriptions.Item label={mt('mediation.case.settled')}>
              {data.settledDate}
            </Descriptions.Item>
          )}
          {data.subsidyYuan !== null && (
            <Descriptions.Item label={mt('mediation.case.subsidy')}>
              {data.subsidyYuan}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={mt('mediation.case.facts')}>{data.facts}</Descriptions.Item>
          <Descriptions.Item label={mt('mediation.case.claims')}>
            {data.claims}
            {data.amountYuan !== null
              ? `（${mt('mediation.case.amount')} ${data.amountYuan}）`
              : ''}
          </Descriptions.Item>
        </Descriptions>
        {data.risk && (
          <Alert
            type="error"
            style={{ marginBottom: 12 }}
            title={`${mt('mediation.case.risk')}：${data.risk.levelLabel}（${data.risk.flaggedOn} ${data.risk.flaggedBy}）`}
            description={`${data.risk.note}${data.risk.reportedToPolice ? ` · ${mt('mediation.action.reportedToPolice')} ${data.risk.policeStation ?? ''}` : ''}`}
          />
        )}
        {data.outcome && (
          <Alert
            type="warning"
            style={{ marginBottom: 12 }}
            data-testid="case-outcome"
            title={`${mt('mediation.case.outcome')}：${data.outcome.groundLabel}（${data.outcome.decidedOn}）`}
            description={`${data.outcome.reasons} · ${mt('mediation.case.routes')}：${data.outcome.routeLabels.join('；')}`}
          />
        )}
        <Typography.Text type="secondary">{mt('mediation.case.actions')}: </Typography.Text>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {data.nextActions.length === 0 && (
            <Typography.Text type="secondary">{mt('mediation.case.noActions')}</Typography.Text>
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
              label: mt('mediation.tab.deadlines'),
              children: <DeadlinesPanel detail={data} />,
            },
            {
              key: 'parties',
              label: mt('mediation.tab.parties'),
              children: <PartiesPanel detail={data} />,
            },
            {
              key: 'sessions',
              label: `${mt('mediation.tab.sessions')} (${data.sessions.length})`,
              children: <SessionsPanel detail={data} />,
            },
            {
              key: 'agreement',
              label: mt('mediation.tab.agreement'),
              children: <AgreementPanel detail={data} />,
            },
            {
              key: 'after',
              label: mt('mediation.tab.after'),
              children: <AfterPanel detail={data} />,
            },
            {
              key: 'timeline',
              label: mt('mediation.tab.timeline'),
              children: <TimelinePanel detail={data} />,
            },
            {
              key: 'documents',
              label: `${mt('mediation.tab.documents')} (${data.documents.length})`,
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
