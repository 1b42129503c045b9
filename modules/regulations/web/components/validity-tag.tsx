import { Tag } from 'antd';
import type { FilingSummary } from './filing-api';
import { useFt } from './use-ft';

const COLORS: Record<FilingSummary['validity'], string> = {
  unpublished: 'default',
  not_yet_in_force: 'blue',
  in_force: 'green',
  expiring: 'orange',
  expired: 'volcano',
  repealed: 'red',
};

/** 未发布 / 尚未施行 / 有效 / 即将到期 / 有效期届满 / 已废止 */
export function ValidityTag({ validity }: { validity: FilingSummary['validity'] }) {
  const ft = useFt();
  return (
    <Tag color={COLORS[validity]} data-testid="validity-tag" data-validity={validity}>
      {ft(`regulations.validity.${validity}`)}
    </Tag>
  );
}
