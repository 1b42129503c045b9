import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Tabs, Tag, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router-dom';
import { caseQueryKey, casesQueryKey, lawyersQueryKey, useCase } from '../api/legal-aid';
import type { CaseDetail } from '../api/types';
import { ActionModal, type NextAction } from '../components/action-modal';
import {
  DeadlinesPanel,
  DocumentsPanel,
  PartiesPanel,
  ServicePanel,
  TimelinePanel,
} from '../components/case-panels';
import { EligibilityTable } from '../components/eligibility-table';
import { QualityPanel } from '../components/quality-panel';
import { useLa } from '../i18n/use-la';

function Facts({ data }: { data: CaseDetail }) {
  const la = useLa();
  const item = (label: string, value: ReactNode) => (
    <Descriptions.Item label={label}>{value}</Descriptions.Item>
  );
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }}>
      {item(la('legal-aid.col.applicant'), data.applicantName)}
      {item(la('legal-aid.case.centre'), data.centreName)}
      {item(
        la('legal-aid.case.matter'),
        [data.categoryLabel, data.civilMatterLabel, data.mandatoryGroundLabel]
          .filter(Boolean)
          .join('：'),
      )}
      {item(
        la('legal-aid.case.place'),
        `${data.place.authorityName ? `${data.place.authorityName} · ` : ''}${data.place.reason}`,
      )}
      {data.household &&
        item(
          la('legal-aid.case.means'),
          la('legal-aid.case.household', {
            members: data.household.members,
            income: data.household.monthlyIncomeYuan,
          }),
        )}
      {data.detention &&
        item(
          la('legal-aid.case.detention'),
          <span data-testid="case-detention">
            {la('legal-aid.case.detentionLine', {
              facility: data.detention.facility,
              hours: data.detention.hours,
            })}
            {data.detention.late && (
              <Tag color="red">
                {la('legal-aid.case.detentionLate', { limit: data.detention.limitHours })}
              </Tag>
            )}
          </span>,
        )}
      {data.notice &&
        item(
          la('legal-aid.case.notice'),
          `${data.notice.authorityName} ${data.notice.noticeNumber}${data.notice.charge ? ` · ${data.notice.charge}` : ''}`,
        )}
      {data.decision &&
        item(la('legal-aid.case.decision'), `${data.decision.decidedOn} ${data.decision.reasons}`)}
      {data.provider &&
        item(
          la('legal-aid.case.provider'),
          <span data-testid="case-provider">
            {la('legal-aid.case.providerLine', {
              name: data.provider.name,
              firm: data.provider.firm,
              kind: data.provider.kindLabel,
              years: data.provider.practiceYears,
            })}
          </span>,
        )}
      {data.subsidy &&
        item(
          la('legal-aid.case.subsidy'),
          `${data.subsidy.amountYuan} 元（${data.subsidy.basis}）`,
        )}
      {data.missingItems.length > 0 &&
        item(la('legal-aid.case.missing'), data.missingItems.join('；'))}
      {item(la('legal-aid.case.summary'), data.matterSummary)}
    </Descriptions>
  );
}

/** 案件详情: facts, eligibility with reasons, deadlines, and only the steps the user may take. */
export function CasePage() {
  const la = useLa();
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
    void queryClient.invalidateQueries({ queryKey: lawyersQueryKey });
  };
  const override = data.override;

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
          <Tag>{data.sourceLabel}</Tag>
          {data.gravest && <Tag color="red">{la('legal-aid.col.gravest')}</Tag>}
          <Tag color={data.effectivelyEligible ? 'green' : 'red'} data-testid="case-eligible">
            {la(data.effectivelyEligible ? 'legal-aid.check.passed' : 'legal-aid.check.failed')}
          </Tag>
        </Flex>
        <Facts data={data} />
        {override && (
          <Alert
            type="info"
            showIcon
            style={{ margin: '8px 0' }}
            title={la('legal-aid.case.override', {
              result: la(override.passed ? 'legal-aid.check.passed' : 'legal-aid.check.failed'),
              by: override.by,
              on: override.on,
              reason: override.reason,
            })}
          />
        )}
        <Typography.Text type="secondary">{la('legal-aid.case.actions')}: </Typography.Text>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {data.nextActions.length === 0 && (
            <Typography.Text type="secondary">{la('legal-aid.case.noActions')}</Typography.Text>
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
              label: la('legal-aid.tab.deadlines'),
              children: <DeadlinesPanel detail={data} />,
            },
            {
              key: 'eligibility',
              label: la('legal-aid.tab.eligibility'),
              children: data.eligibility ? <EligibilityTable result={data.eligibility} /> : null,
            },
            {
              key: 'parties',
              label: la('legal-aid.tab.parties'),
              children: <PartiesPanel detail={data} />,
            },
            {
              key: 'service',
              label: la('legal-aid.tab.service'),
              children: <ServicePanel detail={data} />,
            },
            {
              key: 'quality',
              label: la('legal-aid.tab.quality'),
              children: <QualityPanel detail={data} onUpdated={updated} />,
            },
            {
              key: 'timeline',
              label: la('legal-aid.tab.timeline'),
              children: <TimelinePanel detail={data} />,
            },
            {
              key: 'documents',
              label: `${la('legal-aid.tab.documents')} (${data.documents.length})`,
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
