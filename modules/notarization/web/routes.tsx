// The pages of the notarization module (公证办证), picked up by the web shell.
import {
  BarChartOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-cn';

const IntakePage = lazy(() =>
  import('./pages/intake-page').then((m) => ({ default: m.IntakePage })),
);
const WorkbenchPage = lazy(() =>
  import('./pages/workbench-page').then((m) => ({ default: m.WorkbenchPage })),
);
const CasePage = lazy(() => import('./pages/case-page').then((m) => ({ default: m.CasePage })));
const StatisticsPage = lazy(() =>
  import('./pages/statistics-page').then((m) => ({ default: m.StatisticsPage })),
);
const VerifyPage = lazy(() =>
  import('./pages/verify-page').then((m) => ({ default: m.VerifyPage })),
);
const ApplyPage = lazy(() => import('./pages/apply-page').then((m) => ({ default: m.ApplyPage })));
const NotariesPage = lazy(() =>
  import('./pages/notaries-page').then((m) => ({ default: m.NotariesPage })),
);
const RevocationsPage = lazy(() =>
  import('./pages/revocations-page').then((m) => ({ default: m.RevocationsPage })),
);
const TrackPage = lazy(() => import('./pages/track-page').then((m) => ({ default: m.TrackPage })));

const group = 'notarization.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/notarization/intake',
    labelKey: 'notarization.menu.intake',
    descriptionKey: 'notarization.home.intake',
    icon: <FileAddOutlined />,
    permission: 'notarization:register',
    Component: IntakePage,
    group,
    order: 200,
  },
  {
    path: '/notarization/workbench',
    labelKey: 'notarization.menu.workbench',
    descriptionKey: 'notarization.home.workbench',
    icon: <SafetyCertificateOutlined />,
    permission: 'notarization:read',
    Component: WorkbenchPage,
    group,
    order: 201,
  },
  {
    path: '/notarization/cases/:id',
    labelKey: 'notarization.menu.case',
    icon: <FileSearchOutlined />,
    permission: 'notarization:read',
    Component: CasePage,
    group,
    hideInMenu: true,
    order: 202,
  },
  {
    path: '/notarization/statistics',
    labelKey: 'notarization.menu.statistics',
    descriptionKey: 'notarization.home.statistics',
    icon: <BarChartOutlined />,
    permission: 'notarization:statistics',
    Component: StatisticsPage,
    group,
    order: 210,
  },
  {
    path: '/notarization/notaries',
    labelKey: 'notarization.menu.notaries',
    descriptionKey: 'notarization.home.notaries',
    icon: <TeamOutlined />,
    permission: 'notarization:manage_notaries',
    Component: NotariesPage,
    group,
    order: 220,
  },
];

export const publicRoutes: PublicRoute[] = [
  {
    path: '/public/notary/verify',
    labelKey: 'notarization.public.verify',
    Component: VerifyPage,
    order: 200,
  },
  {
    path: '/public/notary/apply',
    labelKey: 'notarization.public.apply',
    Component: ApplyPage,
    order: 210,
  },
  {
    path: '/public/notary/track',
    labelKey: 'notarization.public.track',
    Component: TrackPage,
    order: 215,
  },
  {
    path: '/public/notary/revocations',
    labelKey: 'notarization.public.revocations',
    Component: RevocationsPage,
    order: 220,
  },
];

export const messages: ModuleMessages = { 'zh-CN': zhCN, en };
