// The pages of the persons module (一人一档), picked up by the web shell.
import { IdcardOutlined, UserOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute, PublicRoute } from '@web/app/route-registry';
import type { ModuleMessages } from '@web/i18n';
import { en } from './i18n/en';
import { zhCN } from './i18n/zh-cn';

const LookupPage = lazy(() =>
  import('./pages/lookup-page').then((m) => ({ default: m.LookupPage })),
);
const PersonPage = lazy(() =>
  import('./pages/person-page').then((m) => ({ default: m.PersonPage })),
);
const CitizenVerifyPage = lazy(() =>
  import('./pages/citizen-verify-page').then((m) => ({ default: m.CitizenVerifyPage })),
);
const CitizenMattersPage = lazy(() =>
  import('./pages/citizen-matters-page').then((m) => ({ default: m.CitizenMattersPage })),
);
const CitizenAccessPage = lazy(() =>
  import('./pages/citizen-access-page').then((m) => ({ default: m.CitizenAccessPage })),
);

const group = 'persons.menu.group';

export const routes: AppRoute[] = [
  {
    path: '/persons',
    labelKey: 'persons.menu.lookup',
    descriptionKey: 'persons.home.lookup',
    icon: <IdcardOutlined />,
    permission: 'persons:read',
    Component: LookupPage,
    group,
    order: 600,
  },
  {
    path: '/persons/:id',
    labelKey: 'persons.menu.file',
    icon: <UserOutlined />,
    permission: 'persons:read',
    Component: PersonPage,
    group,
    hideInMenu: true,
    order: 601,
  },
];

export const publicRoutes: PublicRoute[] = [
  {
    path: '/public/persons',
    labelKey: 'persons.public.mine',
    Component: CitizenVerifyPage,
    order: 600,
  },
  {
    path: '/public/persons/matters',
    labelKey: 'persons.public.matters',
    Component: CitizenMattersPage,
    hideInNav: true,
  },
  {
    path: '/public/persons/access-log',
    labelKey: 'persons.public.access',
    Component: CitizenAccessPage,
    hideInNav: true,
  },
];

export const messages: ModuleMessages = { 'zh-CN': zhCN, en };
