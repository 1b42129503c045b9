import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { login, meQueryKey, useMe } from '../api/auth';
import type { LoginRedirectState } from '../app/route-guards';
import { ErrorAlert } from '../components/error-alert';
import { LocaleSwitch } from '../components/locale-switch';
import { publicAppRoutes } from '../app/route-registry';
import { useT, useTranslateKey } from '../i18n';

/** Citizens land on this page too: the services they can use without an account. */
const publicLinks = publicAppRoutes.filter((route) => !route.hideInNav);

interface LoginValues {
  username: string;
  password: string;
}

/** Only paths inside this app (no `//host`), and never back to /login itself. */
function returnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith('/login') ? '/' : from;
}

export function LoginPage() {
  const t = useT();
  const translateKey = useTranslateKey();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe();

  const mutation = useMutation({
    mutationFn: (values: LoginValues) => login(values.username.trim(), values.password),
    onSuccess: (user) => {
      // nothing cached for a previous user may show to this one
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });

  useEffect(() => {
    document.title = `${t('login.title')} - ${t('app.title')}`;
  }, [t]);

  // signed in (just now, or already before opening /login): go on
  if (me.data) return <Navigate to={returnPath(location.state)} replace />;

  return (
    <div className="sifa-login">
      <div className="sifa-login-toolbar">
        <LocaleSwitch />
      </div>
      <main className="sifa-login-main">
        <Card className="sifa-login-card">
          <div className="sifa-login-brand">
            <SafetyCertificateOutlined className="sifa-login-emblem" />
            <Typography.Title level={3} style={{ margin: '8px 0 4px' }}>
              {t('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('app.productName')} · {t('login.title')}
            </Typography.Text>
          </div>
          {mutation.error && <ErrorAlert error={mutation.error} testId="login-error" />}
          <Form<LoginValues>
            layout="vertical"
            requiredMark={false}
            size="large"
            onFinish={(values) => mutation.mutate(values)}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                id="username"
                prefix={<UserOutlined />}
                autoComplete="username"
                autoCapitalize="none"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                id="password"
                prefix={<LockOutlined />}
                autoComplete="current-password"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        {publicLinks.length > 0 ? (
          <nav className="sifa-login-public" data-testid="public-services">
            <Typography.Text type="secondary">{t('login.publicServices')}</Typography.Text>
            {publicLinks.map((route) => (
              <Link key={route.path} to={route.path}>
                {translateKey(route.labelKey)}
              </Link>
            ))}
          </nav>
        ) : null}
        <footer className="sifa-login-footer">{t('login.footer')}</footer>
      </main>
    </div>
  );
}
