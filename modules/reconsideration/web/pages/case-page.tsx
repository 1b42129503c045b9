import { useQueryClient } from '@tanstack/react-query';
import { Badge, Card, Tabs } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useParams } from 'react-router-dom';
import { caseQueryKey, casesQueryKey, useCase } from '../api/cases';
import type { CaseDetail } from '../api/types';
import { CaseHeader } from '../components/case/case-header';
import {
  DecisionPanel,
  FactsPanel,
  HearingsPanel,
  PartiesPanel,
} from '../components/case/case-panels';
import { DeadlinesPanel } from '../components/case/deadlines-panel';
import { DocumentReviewPanel } from '../components/case/document-review-panel';
import { PublicationPanel } from '../components/case/publication-panel';
import { DocumentsPanel, TimelinePanel } from '../components/case/records-panels';
import { useRt } from '../i18n/use-rt';

/** 案件详情: everything about one case, and the steps the user may take next. */
export function CasePage() {
  const rt = useRt();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const detail = useCase(id);

  if (detail.isPending) return <PageSpin />;
  if (detail.error)
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data;

  const updated = (next: CaseDetail) => {
    queryClient.setQueryData(caseQueryKey(id), next);
    void queryClient.invalidateQueries({ queryKey: casesQueryKey });
  };
  const stale = () => void detail.refetch();
  const publishable = (data.state === 'CLOSED' && data.decision !== null) || data.publication;
  const attention = data.deadlines.filter(
    (deadline) => deadline.status === 'overdue' || deadline.status === 'due_soon',
  ).length;

  const tabs = [
    {
      key: 'deadlines',
      label: (
        <Badge count={attention} size="small" offset={[8, 0]}>
          {rt('reconsideration.tab.deadlines')}
        </Badge>
      ),
      children: <DeadlinesPanel detail={data} />,
    },
    {
      key: 'facts',
      label: rt('reconsideration.tab.facts'),
      children: <FactsPanel detail={data} />,
    },
    {
      key: 'parties',
      label: rt('reconsideration.tab.parties'),
      children: <PartiesPanel detail={data} />,
    },
    {
      key: 'timeline',
      label: rt('reconsideration.tab.timeline'),
      children: <TimelinePanel detail={data} />,
    },
    {
      key: 'documents',
      label: `${rt('reconsideration.tab.documents')} (${data.documents.length})`,
      children: <DocumentsPanel detail={data} />,
    },
    {
      key: 'documentReview',
      label: rt('reconsideration.tab.documentReview'),
      children: <DocumentReviewPanel detail={data} />,
    },
    {
      key: 'hearings',
      label: rt('reconsideration.tab.hearings'),
      children: <HearingsPanel detail={data} />,
    },
    {
      key: 'decision',
      label: rt('reconsideration.tab.decision'),
      children: <DecisionPanel detail={data} />,
    },
    ...(publishable
      ? [
          {
            key: 'publication',
            label: rt('reconsideration.tab.publication'),
            children: <PublicationPanel detail={data} onUpdated={updated} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <CaseHeader detail={data} onUpdated={updated} onStale={stale} />
      <Card>
        <Tabs items={tabs} data-testid="case-tabs" />
      </Card>
    </>
  );
}
