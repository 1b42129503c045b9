import { Descriptions, Empty, Tag } from 'antd';
import type { OrgNode } from '../../api/types';
import { useT } from '../../i18n';

export function OrgDetail({ node, parent }: { node: OrgNode | undefined; parent?: OrgNode }) {
  const t = useT();
  if (!node) return <Empty description={t('orgs.selectHint')} />;
  return (
    <Descriptions
      bordered
      size="middle"
      column={1}
      data-testid="org-detail"
      items={[
        { key: 'name', label: t('orgs.field.name'), children: node.name },
        {
          key: 'kind',
          label: t('orgs.field.kind'),
          children: <Tag color="blue">{node.kindName}</Tag>,
        },
        { key: 'regionCode', label: t('orgs.field.regionCode'), children: node.regionCode },
        { key: 'regionName', label: t('orgs.field.regionName'), children: node.regionName },
        {
          key: 'parent',
          label: t('orgs.field.parent'),
          children: parent?.name ?? t('orgs.noParent'),
        },
        {
          key: 'children',
          label: t('orgs.field.childCount'),
          children: node.children.length,
        },
      ]}
    />
  );
}
