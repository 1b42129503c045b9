// The pages of the reconsideration module (行政复议 / 行政应诉), picked up by the web shell.
import {
  BarChartOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { en, zhCN } from './i18n/messages';

const WorkbenchPage = lazy(() =>
  import('./pages/workbench-page').then((m) => ({ default: m.WorkbenchPage })),
);
const CasePage = lazy(() => import('./pages/case-page').then((m) => ({ default: m.CasePage })));
const StatisticsPage = lazy(() =>
  import('./pages/statistics-page').then((m) => ({ default: m.StatisticsPage })),
);
const LawsuitsPage = lazy(() =>
  import('./pages/lawsuits-page').then((m) => ({ default: m.LawsuitsPage })),
);
const ApplyPage = lazy(() => import('./pages/apply-page').then((m) => ({ default: m.ApplyPage })));
const TrackPage = lazy(() => import('./pages/track-page').then((m) => ({ default: m.TrackPage })));
const DecisionsPage = lazy(() =>
  import('./pages/decisions-page').then((m) => ({ default: m.DecisionsPage })),
);
const DecisionPage = lazy(() =>
  import('./pages/decision-page').then((m) => ({ default: m.DecisionPage })),
);

const group = 'reconsideration.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/reconsideration/workbench',
    labelKey: 'reconsideration.menu.workbench',
    descriptionKey: 'reconsideration.home.workbench',
    icon: <FileProtectOutlined />,
    permission: 'reconsideration:read',
    Component: WorkbenchPage,
    group,
    order: 100,
  },
  {
    path: '/reconsideration/cases/:id',
    labelKey: 'reconsideration.menu.case',
    icon: <FileSearchOutlined />,
    permission: 'reconsideration:read',
    Component: CasePage,
    group,
    hideInMenu: true,
    order: 101,
  },
  {
    path: '/reconsideration/statistics',
    labelKey: 'reconsideration.menu.statistics',
    descriptionKey: 'reconsideration.home.statistics',
    icon: <BarChartOutlined />,
    permission: 'reconsideration:statistics',
    Component: StatisticsPage,
    group,
    order: 110,
  },
  {
    path: '/reconsideration/lawsuits',
    labelKey: 'reconsideration.menu.lawsuits',
    descriptionKey: 'reconsideration.home.lawsuits',
    icon: <SolutionOutlined />,
    permission: 'reconsideration:read',
    Component: LawsuitsPage,
    group,
    order: 120,
  },
];

export const publicRoutes: PublicRoute[] = [
  {
    path: '/public/reconsideration/apply',
    labelKey: 'reconsideration.public.apply',
    Component: ApplyPage,
    order: 100,
  },
  {
    path: '/public/reconsideration/track',
    labelKey: 'reconsideration.public.track',
    Component: TrackPage,
    order: 110,
  },
  {
    path: '/public/reconsideration/decisions',
    labelKey: 'reconsideration.public.decisions',
    Component: DecisionsPage,
    order: 120,
  },
  {
    path: '/public/reconsideration/decisions/:id',
    labelKey: 'reconsideration.public.decision',
    Component: DecisionPage,
    hideInNav: true,
  },
];

export const messages: ModuleMessages = { 'zh-CN': zhCN, en };
