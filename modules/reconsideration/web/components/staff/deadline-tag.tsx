import { Tag } from 'antd';
import type { DeadlineStatus } from '../../api/types';
import { useRt } from '../../i18n/use-rt';

const COLORS: Record<DeadlineStatus, string> = {
  normal: 'green',
  due_soon: 'orange',
  overdue: 'red',
  suspended: 'default',
  met: 'blue',
};

/** 正常 / 即将到期 / 已超期 / 已暂停 / 已完成, coloured; the server's own label when it gave one. */
export function DeadlineTag({ status, label }: { status: DeadlineStatus; label?: string }) {
  const rt = useRt();
  return (
    <Tag color={COLORS[status]} data-testid="deadline-tag" data-status={status}>
      {label ?? rt(`reconsideration.deadline.${status}`)}
    </Tag>
  );
}
