// The pages of the mediation module (人民调解), picked up by the web shell.
import {
  AlertOutlined,
  BarChartOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-cn';

const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const IntakePage = page(() => import('./pages/intake-page'), 'IntakePage');
const WorkbenchPage = page(() => import('./pages/workbench-page'), 'WorkbenchPage');
const CasePage = page(() => import('./pages/case-page'), 'CasePage');
const CommitteesPage = page(() => import('./pages/committees-page'), 'CommitteesPage');
const RisksPage = page(() => import('./pages/risks-page'), 'RisksPage');
const StatisticsPage = page(() => import('./pages/statistics-page'), 'StatisticsPage');
const ApplyPage = page(() => import('./pages/apply-page'), 'ApplyPage');
const TrackPage = page(() => import('./pages/track-page'), 'TrackPage');

const group = 'mediation.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/mediation/intake',
    labelKey: 'mediation.menu.intake',
    descriptionKey: 'mediation.home.intake',
    icon: <FileAddOutlined />,
    permission: 'mediation:register',
    Component: IntakePage,
    group,
    order: 300,
  },
  {
    path: '/mediation/workbench',
    labelKey: 'mediation.menu.workbench',
    descriptionKey: 'mediation.home.workbench',
    icon: <SolutionOutlined />,
    permission: 'mediation:read',
    Component: WorkbenchPage,
    group,
    order: 301,
  },
  {
    path: '/mediation/cases/:id',
    labelKey: 'mediation.menu.case',
    icon: <FileSearchOutlined />,
    permission: 'mediation:read',
    Component: CasePage,
    group,
    hideInMenu: true,
    order: 302,
  },
  {
    path: '/mediation/committees',
    labelKey: 'mediation.menu.committees',
    descriptionKey: 'mediation.home.committees',
    icon: <TeamOutlined />,
    permission: 'mediation:read',
    Component: CommitteesPage,
    group,
    order: 303,
  },
  {
    path: '/mediation/risks',
    labelKey: 'mediation.menu.risks',
    descriptionKey: 'mediation.home.risks',
    icon: <AlertOutlined />,
    permission: 'mediation:risks',
    Component: RisksPage,
    group,
    order: 304,
  },
  {
    path: '/mediation/statistics',
    labelKey: 'mediation.menu.statistics',
    descriptionKey: 'mediation.home.statistics',
    icon: <BarChartOutlined />,
    permission: 'mediation:statistics',
    Component: StatisticsPage,
    group,
    order: 310,
  },
];

export const publicRoutes: PublicRoute[] = [
  {
    path: '/public/mediation/apply',
    labelKey: 'mediation.public.apply',
    Component: ApplyPage,
    order: 300,
  },
  {
    path: '/public/mediation/track',
    labelKey: 'mediation.public.track',
    Component: TrackPage,
    order: 310,
  },
];

export const messages: ModuleMessages = { 'zh-CN': zhCN, en };
