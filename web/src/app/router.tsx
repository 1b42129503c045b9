import { createElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';
import { RequireAuth, RequirePermission } from './route-guards';
import { appRoutes } from './route-registry';

// Pages of the shell and of the modules, each behind its permission (see route-registry.tsx).
const pageRoutes: RouteObject[] = appRoutes.map((route) => ({
  path: route.path,
  element: (
    <RequirePermission permission={route.permission}>
      {createElement(route.Component)}
    </RequirePermission>
  ),
}));

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
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
