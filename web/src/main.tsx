import 'antd/dist/reset.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { meQueryKey } from './api/auth';
import { setSessionLostHandler } from './api/client';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { getLocale } from './i18n';

const queryClient = createQueryClient();
const router = createAppRouter();

// A 401 AUTH_REQUIRED / AUTH_SESSION_EXPIRED on any call: forget the user; <RequireAuth> then
// sends the browser to /login and back to the same page after signing in again.
setSessionLostHandler(() => queryClient.setQueryData(meQueryKey, null));

document.documentElement.lang = getLocale();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
