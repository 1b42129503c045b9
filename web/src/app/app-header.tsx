import {
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Descriptions, Flex, Layout, Popover, Tag, Typography, theme } from 'antd';
import { LocaleSwitch } from '../components/locale-switch';
import { useT } from '../i18n';
import { useCurrentUser } from './current-user';
import { useLogout } from './use-session';

interface AppHeaderProps {
  collapsed: boolean;
  compact: boolean;
  onToggleMenu: () => void;
  onChangePassword: () => void;
}

export function AppHeader({ collapsed, compact, onToggleMenu, onChangePassword }: AppHeaderProps) {
  const t = useT();
  const user = useCurrentUser();
  const { logout, isPending } = useLogout();
  const { token } = theme.useToken();

  const profile = (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'username', label: t('layout.username'), children: user.username },
        { key: 'role', label: t('layout.role'), children: user.roleName },
        { key: 'organization', label: t('layout.organization'), children: user.organization.name },
        { key: 'region', label: t('layout.region'), children: user.organization.regionName },
      ]}
    />
  );

  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        gap: compact ? 4 : 12,
        padding: compact ? '0 8px' : '0 16px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Button
        type="text"
        icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        onClick={onToggleMenu}
        aria-label={t('layout.toggleMenu')}
      />
      {!compact && (
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Typography.Text>
      )}
      <div style={{ flex: 1 }} />
      <LocaleSwitch size="small" />
      <Popover content={profile} placement="bottomRight" trigger={compact ? 'click' : 'hover'}>
        <Flex align="center" gap={8} style={{ minWidth: 0, cursor: 'default' }}>
          <UserOutlined />
          <Typography.Text
            data-testid="current-user"
            strong
            ellipsis
            style={{ maxWidth: compact ? 72 : 160 }}
          >
            {user.displayName}
          </Typography.Text>
          {!compact && <Tag color="blue">{user.roleName}</Tag>}
          {!compact && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 200 }}>
              {user.organization.name}
            </Typography.Text>
          )}
        </Flex>
      </Popover>
      <Button
        type="text"
        icon={<KeyOutlined />}
        onClick={onChangePassword}
        aria-label={t('layout.changePassword')}
        title={t('layout.changePassword')}
        data-testid="change-password"
      >
        {compact ? null : t('layout.changePassword')}
      </Button>
      <Button
        type="text"
        icon={<LogoutOutlined />}
        onClick={logout}
        loading={isPending}
        aria-label={t('layout.logout')}
        title={t('layout.logout')}
        data-testid="logout"
      >
        {compact ? null : t('layout.logout')}
      </Button>
    </Layout.Header>
  );
}
