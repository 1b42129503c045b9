import {
  AuditOutlined,
  ApartmentOutlined,
  HomeOutlined,
  MailOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Permission } from '../api/types';
import { registerMessages, type ModuleMessages } from '../i18n/locale';

/**
 * One page of the signed-in area: its route, its menu entry and its card on 工作台.
 * The shell and every module describe their pages with this shape.
 */
export interface AppRoute {
  /** Absolute path, e.g. '/admin/users' or '/reconsideration/cases'. */
  path: string;
  /** i18n key of the menu label (and the card title on 工作台). */
  labelKey: string;
  /** i18n key of the one-line description on the 工作台 card; no card without it. */
  descriptionKey?: string;
  icon: ReactNode;
  /** Needed to see the entry and open the page; none means every signed-in user. */
  permission?: Permission;
  /** The page. Use React.lazy so that every page becomes its own chunk. */
  Component: ComponentType;
  /** i18n key of a submenu: entries with the same group are shown together under it. */
  group?: string;
  /** Reachable but not listed in the menu (detail pages such as '/cases/:id'). */
  hideInMenu?: boolean;
  /** Menu position; lower first. Shell entries use 0-99, modules 100 and up. */
  order?: number;
}

/**
 * A page outside the signed-in area: no login, no staff menu (a citizen's form, a public search).
 * Shown in the public layout, whose header links to every entry not hidden from it.
 */
export interface PublicRoute {
  /** Absolute path under '/public/', e.g. '/public/reconsideration/apply'. */
  path: string;
  /** i18n key of the page name (browser tab title and header link). */
  labelKey: string;
  /** The page. Use React.lazy so that every page becomes its own chunk. */
  Component: ComponentType;
  /** Reachable but not linked from the public header (detail pages). */
  hideInNav?: boolean;
  /** Position of the header link; lower first. */
  order?: number;
}

/** What `modules/<name>/web/routes.tsx` exports. */
export interface ModuleWebExports {
  routes?: AppRoute[];
  /** Pages anyone may open without signing in; see PublicRoute. */
  publicRoutes?: PublicRoute[];
  /** Extra dictionary entries; keys should start with the module name, e.g. 'reconsideration.'. */
  messages?: ModuleMessages;
}

const HomePage = lazy(() => import('../pages/home-page').then((m) => ({ default: m.HomePage })));
const UsersPage = lazy(() => import('../pages/users-page').then((m) => ({ default: m.UsersPage })));
const OrganizationsPage = lazy(() =>
  import('../pages/organizations-page').then((m) => ({ default: m.OrganizationsPage })),
);
const AuditPage = lazy(() => import('../pages/audit-page').then((m) => ({ default: m.AuditPage })));
const MailboxPage = lazy(() =>
  import('../pages/mailbox-page').then((m) => ({ default: m.MailboxPage })),
);

const shellRoutes: AppRoute[] = [
  { path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, Component: HomePage, order: 0 },
  {
    path: '/admin/users',
    labelKey: 'menu.users',
    descriptionKey: 'home.card.users',
    icon: <TeamOutlined />,
    permission: 'user:read',
    Component: UsersPage,
    group: 'menu.group.system',
    order: 900,
  },
  {
    path: '/admin/organizations',
    labelKey: 'menu.organizations',
    descriptionKey: 'home.card.organizations',
    icon: <ApartmentOutlined />,
    permission: 'organization:read',
    Component: OrganizationsPage,
    group: 'menu.group.system',
    order: 910,
  },
  {
    path: '/admin/audit',
    labelKey: 'menu.audit',
    descriptionKey: 'home.card.audit',
    icon: <AuditOutlined />,
    permission: 'audit:read',
    Component: AuditPage,
    group: 'menu.group.system',
    order: 920,
  },
  {
    path: '/admin/mailbox',
    labelKey: 'menu.mailbox',
    descriptionKey: 'home.card.mailbox',
    icon: <MailOutlined />,
    permission: 'notify:read',
    Component: MailboxPage,
    group: 'menu.group.system',
    order: 930,
  },
];

// ---------------------------------------------------------------------------------------------
// MODULES PLUG IN HERE.
// Every `modules/<name>/web/routes.tsx` is picked up at build time; it exports
//   export const routes: AppRoute[] = [{ path, labelKey, icon, permission, Component }];
//   export const messages: ModuleMessages = { 'zh-CN': {...}, en: {...} };   // optional
// (import the types from '@web/app/route-registry' and '@web/i18n'). No edit of the shell needed.
// ---------------------------------------------------------------------------------------------
const moduleExports = import.meta.glob<ModuleWebExports>('../../../modules/*/web/routes.tsx', {
  eager: true,
});

const moduleRoutes: AppRoute[] = [];
const modulePublicRoutes: PublicRoute[] = [];
for (const exports of Object.values(moduleExports)) {
  if (exports.messages) registerMessages(exports.messages);
  moduleRoutes.push(...(exports.routes ?? []));
  modulePublicRoutes.push(...(exports.publicRoutes ?? []));
}

/** All pages of the signed-in area, in menu order. */
export const appRoutes: readonly AppRoute[] = [...shellRoutes, ...moduleRoutes]
  .map((route, index) => ({ route, index }))
  .sort((a, b) => (a.route.order ?? 500) - (b.route.order ?? 500) || a.index - b.index)
  .map(({ route }) => route);

/** Pages outside the signed-in area, in header order. */
export const publicAppRoutes: readonly PublicRoute[] = [...modulePublicRoutes].sort(
  (a, b) => (a.order ?? 500) - (b.order ?? 500),
);
