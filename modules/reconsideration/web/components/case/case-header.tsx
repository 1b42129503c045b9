import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Descriptions, Divider, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { channelLabel } from '../../lib/labels';
import { DeadlineTag } from '@web/components/deadline-tag';
import { CaseActions } from './case-actions';

/** The computation of the 60-day application period, step by step (Art. 20, 21). */
function TimeLimit({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  const steps = (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="time-limit-computation">
      {detail.timeLimit.computation.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  );
  if (detail.late) {
    return (
      <Alert
        type="error"
        showIcon
        title={rt('reconsideration.case.lateTitle', { lastDay: detail.timeLimit.lastDay })}
        description={steps}
        style={{ marginTop: 12 }}
      />
    );
  }
  return (
    <Collapse
      size="small"
      style={{ marginTop: 12 }}
      items={[
        {
          key: 'limit',
          label: rt('reconsideration.case.inTime', { lastDay: detail.timeLimit.lastDay }),
          children: steps,
        },
      ]}
    />
  );
}

/** Case number, state, procedure, handler, the time-limit check and the next actions. */
export function CaseHeader({
  detail,
  onUpdated,
  onStale,
}: {
  detail: CaseDetail;
  onUpdated: (detail: CaseDetail) => void;
  onStale: () => void;
}) {
  const rt = useRt();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex wrap align="center" gap={8}>
        <Link to="/reconsideration/workbench" aria-label={rt('reconsideration.menu.workbench')}>
          <Button type="text" icon={<ArrowLeftOutlined />} />
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number">
          {detail.caseNumber}
        </Typography.Title>
        <Tag color="processing" style={{ fontSize: 14 }}>
          <span data-testid="case-state">{detail.stateLabel}</span>
        </Tag>
        <Tag>{rt(`reconsideration.procedure.${detail.procedure}`)}</Tag>
        {detail.late && <Tag color="red">{rt('reconsideration.case.late')}</Tag>}
      </Flex>
      <Descriptions
        style={{ marginTop: 12 }}
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'applicants',
            label: rt('reconsideration.col.applicants'),
            children: detail.applicantNames,
          },
          {
            key: 'respondent',
            label: rt('reconsideration.col.respondent'),
            children: detail.respondentName,
          },
          {
            key: 'handler',
            label: rt('reconsideration.col.handler'),
            children: (
              <span data-testid="case-handler">
                {detail.handlerName ?? rt('reconsideration.unassigned')}
              </span>
            ),
          },
          {
            key: 'received',
            label: rt('reconsideration.col.received'),
            children: rt('reconsideration.case.receivedVia', {
              date: detail.receivedDate,
              channel: channelLabel(rt, detail.channel),
            }),
          },
          ...(detail.postmarkDate
            ? [
                {
                  key: 'postmark',
                  label: rt('reconsideration.field.postmarkDate'),
                  children: detail.postmarkDate,
                },
              ]
            : []),
          {
            key: 'nextDue',
            label: rt('reconsideration.col.nextDue'),
            children: (
              <Flex gap={4} align="center">
                {detail.nextDueDate ?? '-'}
                {detail.nextDeadlineStatus && <DeadlineTag status={detail.nextDeadlineStatus} />}
              </Flex>
            ),
          },
        ]}
      />
      <TimeLimit detail={detail} />
      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        {rt('reconsideration.case.nextActions')}
      </Divider>
      <CaseActions detail={detail} onUpdated={onUpdated} onStale={onStale} />
    </Card>
  );
}
