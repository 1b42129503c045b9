import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Grid, Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, matchPath, useLocation } from 'react-router-dom';
import { ChangePasswordModal } from '../components/change-password-modal';
import { PageSpin } from '../components/page-spin';
import { useT, useTranslateKey } from '../i18n';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { useCurrentUser } from './current-user';
import { appRoutes } from './route-registry';
import { SideMenu } from './side-menu';

// Same width as antd's `md` breakpoint: below it the menu becomes an overlay drawer.
const NARROW_QUERY = '(max-width: 767.98px)';

function startsNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;
}

/** Keeps the browser tab title on the current page's name. */
function useDocumentTitle() {
  const t = useT();
  const translateKey = useTranslateKey();
  const { pathname } = useLocation();
  const route = appRoutes.find((candidate) => matchPath(candidate.path, pathname));
  const title = route ? `${translateKey(route.labelKey)} - ${t('app.title')}` : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function AppLayout() {
  const t = useT();
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(startsNarrow);
  const [passwordOpen, setPasswordOpen] = useState(false);
  useDocumentTitle();

  // useBreakpoint() is empty until measured; fall back to the media query at first render
  const narrow = screens.md === undefined ? startsNarrow() : !screens.md;
  const closeOnNarrow = narrow ? () => setCollapsed(true) : undefined;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        trigger={null}
        collapsed={collapsed}
        breakpoint="md"
        onBreakpoint={(broken) => setCollapsed(broken)}
        collapsedWidth={narrow ? 0 : 64}
        width={220}
        className={narrow ? 'sifa-sider sifa-sider-overlay' : 'sifa-sider'}
      >
        <div className="sifa-brand" title={t('app.title')}>
          <SafetyCertificateOutlined className="sifa-brand-icon" />
          {!collapsed && <span className="sifa-brand-name">{t('app.productName')}</span>}
        </div>
        <SideMenu onNavigate={closeOnNarrow} />
      </Layout.Sider>
      {narrow && !collapsed && (
        <div className="sifa-backdrop" onClick={() => setCollapsed(true)} aria-hidden />
      )}
      <Layout>
        <AppHeader
          collapsed={collapsed}
          compact={narrow}
          onToggleMenu={() => setCollapsed((value) => !value)}
          onChangePassword={() => setPasswordOpen(true)}
        />
        <Layout.Content className="sifa-content">
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <AppFooter />
      </Layout>
      <ChangePasswordModal
        open={passwordOpen || user.mustChangePassword}
        forced={user.mustChangePassword}
        onClose={() => setPasswordOpen(false)}
      />
    </Layout>
  );
}
