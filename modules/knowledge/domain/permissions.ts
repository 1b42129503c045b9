// Permissions of the knowledge module. The graph and the term base are public to read; staff see
// the unresolved citations and the impact alerts; the law-library administrators keep the term
// base (synonyms, related terms) and may rebuild the graph. The term base is the whole city's:
// editing it needs an actor at the city level (region scoping of a city-wide record).
import { grant } from '../../../platform/auth/roles.js';

export const KnowledgePermissions = {
  /** Unresolved citations, impact alerts. */
  read: 'knowledge:read',
  /** Synonyms and related terms of the term base; rebuilding the graph. */
  manage: 'knowledge:manage',
} as const;

const P = KnowledgePermissions;

grant(['admin'], [P.read, P.manage]);
grant(['regulations_admin'], [P.read, P.manage]);
grant(['city_leader', 'district_staff'], [P.read]);
