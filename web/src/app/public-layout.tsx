import { LoginOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Grid, Layout, Typography, theme } from 'antd';
import { Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, matchPath, useLocation } from 'react-router-dom';
import { LocaleSwitch } from '../components/locale-switch';
import { PageSpin } from '../components/page-spin';
import { useT, useTranslateKey } from '../i18n';
import { AppFooter } from './app-footer';
import { publicAppRoutes } from './route-registry';

/** Keeps the browser tab title on the current public page's name. */
function useDocumentTitle() {
  const t = useT();
  const translateKey = useTranslateKey();
  const { pathname } = useLocation();
  const route = publicAppRoutes.find((candidate) => matchPath(candidate.path, pathname));
  const title = route ? `${translateKey(route.labelKey)} - ${t('app.title')}` : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * The pages anyone may open without signing in: a header with the public entries of the modules,
 * no staff menu, and a layout that works on a phone.
 */
export function PublicLayout() {
  const t = useT();
  const translateKey = useTranslateKey();
  const { token } = theme.useToken();
  useDocumentTitle();
  const links = publicAppRoutes.filter((route) => !route.hideInNav);
  // On a phone the fifteen entries would fill the screen: one row that scrolls sideways.
  const wide = Grid.useBreakpoint().md ?? true;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          height: 'auto',
          lineHeight: 1.5,
          padding: '8px 12px',
          background: token.colorPrimary,
        }}
      >
        <Flex align="center" justify="space-between" gap={8} wrap>
          <Link to={links[0]?.path ?? '/login'} style={{ color: '#fff' }}>
            <Flex align="center" gap={8}>
              <SafetyCertificateOutlined style={{ fontSize: 22 }} />
              <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
                {t('app.title')}
              </Typography.Text>
            </Flex>
          </Link>
          <Flex align="center" gap={8}>
            <LocaleSwitch size="small" />
            <Link to="/login" style={{ color: '#fff', whiteSpace: 'nowrap' }}>
              <LoginOutlined /> {t('login.title')}
            </Link>
          </Flex>
        </Flex>
        {links.length > 0 && (
          <nav data-testid="public-nav">
            <Flex
              gap={16}
              wrap={wide}
              style={{
                marginTop: 8,
                overflowX: wide ? undefined : 'auto',
                scrollbarWidth: 'none',
              }}
            >
              {links.map((route) => (
                <NavLink
                  key={route.path}
                  to={route.path}
                  ref={(link) => {
                    if (!wide && link?.classList.contains('active'))
                      link.scrollIntoView({ block: 'nearest', inline: 'center' });
                  }}
                  style={({ isActive }) => ({
                    color: '#fff',
                    opacity: isActive ? 1 : 0.8,
                    fontWeight: isActive ? 600 : 400,
                    borderBottom: isActive ? '2px solid #fff' : '2px solid transparent',
                    paddingBottom: 2,
                    whiteSpace: 'nowrap',
                  })}
                >
                  {translateKey(route.labelKey)}
                </NavLink>
              ))}
            </Flex>
          </nav>
        )}
      </Layout.Header>
      <Layout.Content
        style={{ width: '100%', maxWidth: 1000, margin: '0 auto', padding: '16px 8px' }}
      >
        <Suspense fallback={<PageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
