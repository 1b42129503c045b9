import { createElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';
import { RouteError } from './route-error';
import { RequireAuth, RequirePermission } from './route-guards';
import { appRoutes, publicAppRoutes } from './route-registry';

// Pages of the shell and of the modules, each behind its permission (see route-registry.tsx).
const pageRoutes: RouteObject[] = appRoutes.map((route) => ({
  path: route.path,
  element: (
    <RequirePermission permission={route.permission}>
      {createElement(route.Component)}
    </RequirePermission>
  ),
}));

// Pages without login (citizens' forms and searches), in their own layout without the staff menu.
const publicPageRoutes: RouteObject[] = publicAppRoutes.map((route) => ({
  path: route.path,
  element: createElement(route.Component),
}));

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [{ errorElement: <RouteError />, children: publicPageRoutes }],
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          // errors of one page stay inside the layout, so the menu remains usable
          { errorElement: <RouteError />, children: pageRoutes },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
