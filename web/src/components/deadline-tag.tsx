import { Tag } from 'antd';
import { useT } from '../i18n';

/** The statuses of a statutory deadline, as platform/workflow computes them. */
export type DeadlineStatus = 'normal' | 'due_soon' | 'overdue' | 'suspended' | 'met';

const COLORS: Record<DeadlineStatus, string> = {
  normal: 'green',
  due_soon: 'orange',
  overdue: 'red',
  suspended: 'default',
  met: 'blue',
};

/** 正常 / 即将到期 / 已超期 / 已暂停 / 已完成, coloured; the server's own label when it gave one. */
export function DeadlineTag({ status, label }: { status: DeadlineStatus; label?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="deadline-tag" data-status={status}>
      {label ?? t(`deadline.${status}`)}
    </Tag>
  );
}
