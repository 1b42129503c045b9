// 组织机构树: the organizations of the actor's region as a tree.
import { requireActor, type RequestContext } from '../../http/context.js';
import type { OrgNode } from '../contract.js';
import { organizationKindName } from '../organizations.js';
import { authorize } from '../permissions.js';
import { KernelPermissions } from '../roles.js';
import { scopedOrganizations } from '../queries.js';

export async function organizationTree(ctx: RequestContext): Promise<OrgNode[]> {
  const actor = requireActor(ctx);
  authorize(actor, KernelPermissions.organizationRead);
  const rows = await scopedOrganizations(ctx.db, actor);
  const nodes = new Map<string, OrgNode>();
  for (const { org, regionName } of rows) {
    nodes.set(org.id, {
      id: org.id,
      name: org.name,
      kind: org.kind,
      kindName: organizationKindName(org.kind, ctx.locale),
      regionCode: org.regionCode,
      regionName,
      parentId: org.parentId,
      children: [],
    });
  }
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    // A node whose parent lies outside the region becomes a root of the actor's tree.
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
