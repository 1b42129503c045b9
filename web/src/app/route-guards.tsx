import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth';
import type { Permission } from '../api/types';
import { errorMessage } from '../components/error-alert';
import { PageSpin } from '../components/page-spin';
import { ForbiddenResult } from '../components/status-result';
import { useT } from '../i18n';
import { CurrentUserProvider, useCan } from './current-user';

/** Where /login returns to after signing in. */
export interface LoginRedirectState {
  from?: string;
}

/** The signed-in area: without a session, go to /login and come back here afterwards. */
export function RequireAuth() {
  const t = useT();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <PageSpin fullScreen />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('error.sessionCheckFailed')}
        subTitle={errorMessage(me.error, t)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!me.data) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return (
    <CurrentUserProvider user={me.data}>
      <Outlet />
    </CurrentUserProvider>
  );
}

/** Shows the page only with the permission; a 403 view otherwise. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission | undefined;
  children: ReactNode;
}) {
  const can = useCan();
  return can(permission) ? children : <ForbiddenResult />;
}
