// The pages of filing review, cleanup and the public portal, spread into ../routes.tsx.
import {
  AuditOutlined,
  ClearOutlined,
  FileAddOutlined,
  FileSearchOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { filingEn } from './filing-messages-en';
import { filingZhCN } from './filing-messages-zh';

const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const FilingListPage = page(() => import('../pages/filing-list-page'), 'FilingListPage');
const FilingNewPage = page(() => import('../pages/filing-new-page'), 'FilingNewPage');
const FilingCasePage = page(() => import('../pages/filing-case-page'), 'FilingCasePage');
const CleanupListPage = page(() => import('../pages/cleanup-list-page'), 'CleanupListPage');
const CleanupCampaignPage = page(
  () => import('../pages/cleanup-campaign-page'),
  'CleanupCampaignPage',
);
const PortalHomePage = page(() => import('../pages/portal-home-page'), 'PortalHomePage');
const PortalVersionPage = page(() => import('../pages/portal-version-page'), 'PortalVersionPage');
const PortalComparePage = page(() => import('../pages/portal-compare-page'), 'PortalComparePage');

const group = 'regulations.menu.filingGroup';

export const filingRoutes: AppRoute[] = [
  {
    path: '/regulations/filings',
    labelKey: 'regulations.menu.filings',
    descriptionKey: 'regulations.home.filings',
    icon: <AuditOutlined />,
    permission: 'regulations:filing_read',
    Component: FilingListPage,
    group,
    order: 320,
  },
  {
    path: '/regulations/filings/new',
    labelKey: 'regulations.menu.fileNew',
    icon: <FileAddOutlined />,
    permission: 'regulations:file',
    Component: FilingNewPage,
    group,
    order: 321,
  },
  {
    path: '/regulations/filings/:id',
    labelKey: 'regulations.menu.filing',
    icon: <FileSearchOutlined />,
    permission: 'regulations:filing_read',
    Component: FilingCasePage,
    group,
    hideInMenu: true,
    order: 322,
  },
  {
    path: '/regulations/cleanup',
    labelKey: 'regulations.menu.cleanup',
    descriptionKey: 'regulations.home.cleanup',
    icon: <ClearOutlined />,
    permission: 'regulations:filing_read',
    Component: CleanupListPage,
    group,
    order: 330,
  },
  {
    path: '/regulations/cleanup/:id',
    labelKey: 'regulations.menu.campaign',
    icon: <ClearOutlined />,
    permission: 'regulations:filing_read',
    Component: CleanupCampaignPage,
    group,
    hideInMenu: true,
    order: 331,
  },
];

/** The unified publication portal: public, no login; linked from the login page. */
export const portalRoutes: PublicRoute[] = [
  {
    path: '/portal',
    labelKey: 'regulations.portal.menu',
    Component: PortalHomePage,
    order: 100,
  },
  {
    path: '/portal/versions/:workKey/:date',
    labelKey: 'regulations.portal.menu',
    Component: PortalVersionPage,
    hideInNav: true,
  },
  {
    path: '/portal/compare/:workKey',
    labelKey: 'regulations.portal.compare',
    Component: PortalComparePage,
    hideInNav: true,
  },
];

export const filingMessages: ModuleMessages = { 'zh-CN': filingZhCN, en: filingEn };
