import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { OrgNode } from './types';

export function useOrganizationTree(enabled = true) {
  return useQuery({
    queryKey: ['organizations', 'tree'],
    queryFn: ({ signal }) =>
      api.get<{ items: OrgNode[] }>('/api/organizations/tree', undefined, signal),
    select: (reply) => reply.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Every node of the forest, depth first, keyed by id. */
export function indexOrganizations(roots: readonly OrgNode[]): Map<string, OrgNode> {
  const byId = new Map<string, OrgNode>();
  const visit = (node: OrgNode) => {
    byId.set(node.id, node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return byId;
}
