import type { OrgNode } from '../../api/types';

function matches(node: OrgNode, needle: string): boolean {
  return (
    node.name.toLowerCase().includes(needle) ||
    node.regionName.toLowerCase().includes(needle) ||
    node.regionCode.startsWith(needle)
  );
}

/** The nodes that match (name, region name or region code) and the path down to them. */
export function filterOrgTree(nodes: readonly OrgNode[], search: string): OrgNode[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...nodes];
  const result: OrgNode[] = [];
  for (const node of nodes) {
    const children = filterOrgTree(node.children, needle);
    if (children.length > 0 || matches(node, needle)) result.push({ ...node, children });
  }
  return result;
}

/** Ids of every node that has children, so that the whole (filtered) tree shows expanded. */
export function branchIds(nodes: readonly OrgNode[], depth = Infinity): string[] {
  if (depth <= 0) return [];
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.id, ...branchIds(node.children, depth - 1)] : [],
  );
}
