import { Alert, Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import type { TrackCredentials } from '../../api/public';
import type { TrackView } from '../../api/types';
import { PublicCard } from './public-card';
import { useRt } from '../../i18n/use-rt';
import { SupplyForm } from './supply-form';

/** The stage of a case as its applicant sees it: no internal notes, only the public steps. */
export function TrackResult({
  view,
  credentials,
  onUpdated,
}: {
  view: TrackView;
  credentials: TrackCredentials;
  onUpdated: (view: TrackView) => void;
}) {
  const rt = useRt();
  const next = view.nextStatutoryDate;
  return (
    <PublicCard data-testid="track-result">
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'caseNumber',
            label: rt('reconsideration.receipt.caseNumber'),
            children: view.caseNumber,
          },
          {
            key: 'stage',
            label: rt('reconsideration.track.stage'),
            children: (
              <Tag color="blue" style={{ fontSize: 15, padding: '2px 10px' }}>
                <span data-testid="track-stage">{view.stateLabel}</span>
              </Tag>
            ),
          },
          {
            key: 'respondent',
            label: rt('reconsideration.field.respondent'),
            children: view.respondentName,
          },
          {
            key: 'received',
            label: rt('reconsideration.track.receivedDate'),
            children: view.receivedDate,
          },
        ]}
      />
      {next && (
        <Alert
          type="info"
          showIcon
          style={{ margin: '8px 0 16px' }}
          data-testid="track-next-date"
          title={
            next.dueDate
              ? rt('reconsideration.track.nextDate', { label: next.label, date: next.dueDate })
              : rt('reconsideration.track.nextDateOpen', { label: next.label })
          }
          description={next.explanation}
        />
      )}
      {view.canSupplyMaterials && (
        <SupplyForm items={view.correctionItems} credentials={credentials} onUpdated={onUpdated} />
      )}
      <Typography.Title level={5}>{rt('reconsideration.track.steps')}</Typography.Title>
      {view.steps.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          data-testid="track-steps"
          items={view.steps.map((step, index) => ({
            key: `${index}`,
            title: step.onDate,
            content: step.label,
            color: index === view.steps.length - 1 ? 'blue' : 'green',
          }))}
        />
      )}
    </PublicCard>
  );
}
