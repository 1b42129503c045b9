import { Tag } from 'antd';
import type { VersionStatus } from '../api/types';
import { useRt } from '../i18n/use-rt';

const COLORS: Record<VersionStatus, string> = {
  in_force: 'green',
  amended: 'default',
  repealed: 'red',
  not_yet_in_force: 'blue',
};

/** 有效 / 已修改 / 已废止 / 尚未生效 */
export function StatusTag({ status }: { status: VersionStatus }) {
  const rt = useRt();
  return <Tag color={COLORS[status]}>{rt(`regulations.status.${status}`)}</Tag>;
}
