import type { OrgNode } from '../api/types';

export interface OrgTreeOption {
  value: string;
  title: string;
  children: OrgTreeOption[];
}

/** The organization tree in the shape of antd TreeSelect's treeData. */
export function toTreeSelectData(nodes: readonly OrgNode[]): OrgTreeOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    children: toTreeSelectData(node.children),
  }));
}
