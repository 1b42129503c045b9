// The pages of the knowledge module (知识图谱 / 法律词库), picked up by the web shell. The graph
// and the term base are public (on the portal); their upkeep and the staff lists are not.
import {
  AlertOutlined,
  ApartmentOutlined,
  BookOutlined,
  DisconnectOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-cn';

const GraphPage = lazy(() => import('./pages/graph-page').then((m) => ({ default: m.GraphPage })));
const TermsPage = lazy(() => import('./pages/terms-page').then((m) => ({ default: m.TermsPage })));
const TermAdminPage = lazy(() =>
  import('./pages/term-admin-page').then((m) => ({ default: m.TermAdminPage })),
);
const UnresolvedPage = lazy(() =>
  import('./pages/unresolved-page').then((m) => ({ default: m.UnresolvedPage })),
);
const AlertsPage = lazy(() =>
  import('./pages/alerts-page').then((m) => ({ default: m.AlertsPage })),
);

const group = 'knowledge.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/knowledge/graph',
    labelKey: 'knowledge.menu.graph',
    descriptionKey: 'knowledge.home.graph',
    icon: <ApartmentOutlined />,
    permission: 'regulations:read',
    Component: GraphPage,
    group,
    order: 350,
  },
  {
    path: '/knowledge/terms',
    labelKey: 'knowledge.menu.terms',
    descriptionKey: 'knowledge.home.terms',
    icon: <BookOutlined />,
    permission: 'knowledge:manage',
    Component: TermAdminPage,
    group,
    order: 351,
  },
  {
    path: '/knowledge/unresolved',
    labelKey: 'knowledge.menu.unresolved',
    descriptionKey: 'knowledge.home.unresolved',
    icon: <DisconnectOutlined />,
    permission: 'knowledge:read',
    Component: UnresolvedPage,
    group,
    order: 352,
  },
  {
    path: '/knowledge/alerts',
    labelKey: 'knowledge.menu.alerts',
    descriptionKey: 'knowledge.home.alerts',
    icon: <AlertOutlined />,
    permission: 'knowledge:read',
    Component: AlertsPage,
    group,
    order: 353,
  },
];

export const publicRoutes: PublicRoute[] = [
  { path: '/portal/graph', labelKey: 'knowledge.portal.graph', Component: GraphPage, order: 120 },
  { path: '/portal/terms', labelKey: 'knowledge.portal.terms', Component: TermsPage, order: 130 },
];

export const messages: ModuleMessages = { 'zh-CN': zhCN, en };
