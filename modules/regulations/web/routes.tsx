// The pages of the regulations module (法规库), picked up by the web shell. The public portal
// pages (统一发布平台) are added to `publicRoutes` here.
import { BookOutlined, CloudUploadOutlined, FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { filingMessages, filingRoutes, portalRoutes } from './components/filing-routes';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-cn';

const LibraryPage = lazy(() =>
  import('./pages/library-page').then((m) => ({ default: m.LibraryPage })),
);
const VersionPage = lazy(() =>
  import('./pages/version-page').then((m) => ({ default: m.VersionPage })),
);
const ImportPage = lazy(() =>
  import('./pages/import-page').then((m) => ({ default: m.ImportPage })),
);

const group = 'regulations.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/regulations/library',
    labelKey: 'regulations.menu.library',
    descriptionKey: 'regulations.home.library',
    icon: <BookOutlined />,
    permission: 'regulations:read',
    Component: LibraryPage,
    group,
    order: 300,
  },
  {
    path: '/regulations/library/:workKey/:date',
    labelKey: 'regulations.menu.version',
    icon: <FileTextOutlined />,
    permission: 'regulations:read',
    Component: VersionPage,
    group,
    hideInMenu: true,
    order: 301,
  },
  {
    path: '/regulations/import',
    labelKey: 'regulations.menu.import',
    descriptionKey: 'regulations.home.import',
    icon: <CloudUploadOutlined />,
    permission: 'regulations:import',
    Component: ImportPage,
    group,
    order: 310,
  },
  ...filingRoutes,
];

export const publicRoutes: PublicRoute[] = [...portalRoutes];

export const messages: ModuleMessages = {
  'zh-CN': { ...zhCN, ...filingMessages['zh-CN'] },
  en: { ...en, ...filingMessages.en },
};
