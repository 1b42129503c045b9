import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { User, UserStatus } from '../api/types';
import { useRoles } from '../api/roles';
import {
  exportUsers,
  listUsers,
  resetUserPassword,
  setUserEnabled,
  usersQueryKey,
  type UserFilters,
} from '../api/users';
import { useCan, useCurrentUser } from '../app/current-user';
import { ErrorAlert, errorMessage } from '../components/error-alert';
import { CreateUserModal } from '../components/users/create-user-modal';
import {
  TemporaryPasswordModal,
  type TemporaryPassword,
} from '../components/users/temporary-password-modal';
import { formatDateTime, useT } from '../i18n';

const DEFAULT_PAGE_SIZE = 20;

export function UsersPage() {
  const t = useT();
  const can = useCan();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canManage = can('user:manage');

  const [filters, setFilters] = useState<UserFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [searchText, setSearchText] = useState('');
  const [createOpen, setCreateOpen] = useState(false);
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);

  const roles = useRoles();
  const users = useQuery({
    queryKey: [...usersQueryKey, filters, paging],
    queryFn: ({ signal }) => listUsers({ ...filters, ...paging }, signal),
    placeholderData: keepPreviousData,
  });

  const showError = (error: unknown) => void message.error(errorMessage(error, t));

  const statusMutation = useMutation({
    mutationFn: ({ user, enable }: { user: User; enable: boolean }) =>
      setUserEnabled(user.id, enable),
    onSuccess: (updated, { enable }) => {
      const key = enable ? 'users.enabled' : 'users.disabled';
      void message.success(t(key, { name: updated.displayName }));
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
    },
    onError: showError,
  });

  const resetMutation = useMutation({
    mutationFn: (user: User) => resetUserPassword(user.id),
    onSuccess: (reply, user) =>
      setTemporary({ displayName: user.displayName, password: reply.temporaryPassword }),
    onError: showError,
  });

  const exportMutation = useMutation({
    mutationFn: () => exportUsers(filters, t('users.exportFileName')),
    onError: showError,
  });

  const updateFilters = (patch: Partial<UserFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const columns: ColumnsType<User> = [
    { title: t('users.col.username'), dataIndex: 'username', key: 'username' },
    { title: t('users.col.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('users.col.role'), dataIndex: 'roleName', key: 'role' },
    { title: t('users.col.organization'), dataIndex: 'organizationName', key: 'organization' },
    {
      title: t('users.col.status'),
      dataIndex: 'status',
      key: 'status',
      render: (status: UserStatus) =>
        status === 'active' ? (
          <Tag color="green">{t('users.status.active')}</Tag>
        ) : (
          <Tag color="default">{t('users.status.disabled')}</Tag>
        ),
    },
    {
      title: t('users.col.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('users.col.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      render: (value: string | null) => (value ? formatDateTime(value) : t('users.neverLoggedIn')),
    },
  ];

  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, user) => {
        const enable = user.status === 'disabled';
        const busy = statusMutation.isPending && statusMutation.variables?.user.id === user.id;
        return (
          <Space size={0} wrap>
            {user.id !== me.id && (
              <Popconfirm
                title={t(enable ? 'users.confirmEnable' : 'users.confirmDisable', {
                  name: user.displayName,
                })}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => statusMutation.mutate({ user, enable })}
              >
                <Button type="link" size="small" danger={!enable} loading={busy}>
                  {t(enable ? 'users.enable' : 'users.disable')}
                </Button>
              </Popconfirm>
            )}
            <Popconfirm
              title={t('users.confirmReset', { name: user.displayName })}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => resetMutation.mutate(user)}
            >
              <Button
                type="link"
                size="small"
                loading={resetMutation.isPending && resetMutation.variables?.id === user.id}
              >
                {t('users.resetPassword')}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    });
  }

  return (
    <Card title={t('menu.users')}>
      <Flex wrap gap={12} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12}>
          <Input.Search
            allowClear
            value={searchText}
            placeholder={t('users.searchPlaceholder')}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={(value) => updateFilters({ q: value.trim() || undefined })}
            style={{ width: 240 }}
            data-testid="users-search"
          />
          <Select<string>
            allowClear
            placeholder={t('users.filter.role')}
            value={filters.role}
            onChange={(role) => updateFilters({ role })}
            options={(roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))}
            style={{ width: 160 }}
          />
          <Select<UserStatus>
            allowClear
            placeholder={t('users.filter.status')}
            value={filters.status}
            onChange={(status) => updateFilters({ status })}
            options={[
              { value: 'active', label: t('users.status.active') },
              { value: 'disabled', label: t('users.status.disabled') },
            ]}
            style={{ width: 120 }}
          />
        </Flex>
        <Flex wrap gap={12}>
          <Button
            icon={<DownloadOutlined />}
            loading={exportMutation.isPending}
            onClick={() => exportMutation.mutate()}
          >
            {t('common.exportExcel')}
          </Button>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
              {t('users.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      {users.error && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      <div data-testid="users-table">
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination) =>
            setPaging({
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
            })
          }
        />
      </div>
      <CreateUserModal open={createOpen} onClose={() => setCreateOpen(false)} />
      <TemporaryPasswordModal value={temporary} onClose={() => setTemporary(null)} />
    </Card>
  );
}
