import { WarningOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Flex, Tooltip, Typography } from 'antd';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { DeadlineTag } from '@web/components/deadline-tag';

/** Every statutory period of the case: when it ends, on what legal basis, and how it was counted. */
export function DeadlinesPanel({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  if (detail.deadlines.length === 0)
    return <Empty description={rt('reconsideration.case.noDeadlines')} />;
  return (
    <Flex vertical gap={12} data-testid="deadlines">
      {detail.deadlines.map((deadline) => (
        <Card
          key={deadline.key}
          size="small"
          data-testid={`deadline-${deadline.key}`}
          title={
            <Flex gap={8} align="center" wrap>
              <span>{deadline.label}</span>
              <DeadlineTag status={deadline.status} label={deadline.statusLabel} />
              {deadline.calendarUnpublished && (
                <Tooltip title={rt('reconsideration.case.calendarUnpublished')}>
                  <WarningOutlined style={{ color: '#fa8c16' }} />
                </Tooltip>
              )}
            </Flex>
          }
        >
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              {
                key: 'start',
                label: rt('reconsideration.deadline.start'),
                children: deadline.start,
              },
              {
                key: 'due',
                label: rt('reconsideration.deadline.due'),
                children: deadline.dueDate ?? rt('reconsideration.deadline.noDue'),
              },
              {
                key: 'met',
                label: rt('reconsideration.deadline.metOn'),
                children: deadline.metOn ?? '-',
              },
              {
                key: 'basis',
                label: rt('reconsideration.deadline.basis'),
                children: `${deadline.basis.law}${deadline.basis.article}`,
              },
            ]}
          />
          <Typography.Text type="secondary">{deadline.explanation}</Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
