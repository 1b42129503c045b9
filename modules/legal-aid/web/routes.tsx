// The pages of the legal-aid module (法律援助), picked up by the web shell.
import {
  AuditOutlined,
  BarChartOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  ScheduleOutlined,
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
const LawyersPage = page(() => import('./pages/lawyers-page'), 'LawyersPage');
const DutyPage = page(() => import('./pages/duty-page'), 'DutyPage');
const QualityPage = page(() => import('./pages/quality-page'), 'QualityPage');
const StatisticsPage = page(() => import('./pages/statistics-page'), 'StatisticsPage');
const SelfCheckPage = page(() => import('./pages/self-check-page'), 'SelfCheckPage');
const ApplyPage = page(() => import('./pages/apply-page'), 'ApplyPage');
const TrackPage = page(() => import('./pages/track-page'), 'TrackPage');
const SurveyPage = page(() => import('./pages/survey-page'), 'SurveyPage');

const group = 'legal-aid.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/legal-aid/intake',
    labelKey: 'legal-aid.menu.intake',
    descriptionKey: 'legal-aid.home.intake',
    icon: <FileAddOutlined />,
    permission: 'legal-aid:register',
    Component: IntakePage,
    group,
    order: 400,
  },
  {
    path: '/legal-aid/workbench',
    labelKey: 'legal-aid.menu.workbench',
    descriptionKey: 'legal-aid.home.workbench',
    icon: <SolutionOutlined />,
    permission: 'legal-aid:read',
    Component: WorkbenchPage,
    group,
    order: 401,
  },
  {
    path: '/legal-aid/cases/:id',
    labelKey: 'legal-aid.menu.case',
    icon: <FileSearchOutlined />,
    permission: 'legal-aid:read',
    Component: CasePage,
    group,
    hideInMenu: true,
    order: 402,
  },
  {
    path: '/legal-aid/lawyers',
    labelKey: 'legal-aid.menu.lawyers',
    descriptionKey: 'legal-aid.home.lawyers',
    icon: <TeamOutlined />,
    permission: 'legal-aid:read',
    Component: LawyersPage,
    group,
    order: 403,
  },
  {
    path: '/legal-aid/duty',
    labelKey: 'legal-aid.menu.duty',
    descriptionKey: 'legal-aid.home.duty',
    icon: <ScheduleOutlined />,
    permission: 'legal-aid:read',
    Component: DutyPage,
    group,
    order: 404,
  },
  {
    path: '/legal-aid/quality',
    labelKey: 'legal-aid.menu.quality',
    descriptionKey: 'legal-aid.home.quality',
    icon: <AuditOutlined />,
    permission: 'legal-aid:read',
    Component: QualityPage,
    group,
    order: 405,
  },
  {
    path: '/legal-aid/statistics',
    labelKey: 'legal-aid.menu.statistics',
    descriptionKey: 'legal-aid.home.statistics',
    icon: <BarChartOutlined />,
    permission: 'legal-aid:statistics',
    Component: StatisticsPage,
    group,
    order: 410,
  },
];

export const publicRoutes: PublicRoute[] = [
  {
    path: '/public/legal-aid/self-check',
    labelKey: 'legal-aid.public.selfCheck',
    Component: SelfCheckPage,
    order: 400,
  },
  {
    path: '/public/legal-aid/apply',
    labelKey: 'legal-aid.public.apply',
    Component: ApplyPage,
    order: 401,
  },
  {
    path: '/public/legal-aid/track',
    labelKey: 'legal-aid.public.track',
    Component: TrackPage,
    order: 402,
  },
  {
    path: '/public/legal-aid/survey',
    labelKey: 'legal-aid.public.survey',
    Component: SurveyPage,
    hideInNav: true,
    order: 403,
  },
];

export const messages: ModuleMessages = { 'zh-CN': zhCN, en };
