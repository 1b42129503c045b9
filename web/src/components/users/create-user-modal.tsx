import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useOrganizationTree } from '../../api/organizations';
import { useRoles } from '../../api/roles';
import { createUser, usersQueryKey, type NewUser } from '../../api/users';
import { useT } from '../../i18n';
import { ErrorAlert } from '../error-alert';
import { showErrorOnFields } from '../form-errors';
import { toTreeSelectData } from '../org-tree-data';

const FIELDS = ['username', 'displayName', 'role', 'organizationId', 'password'] as const;

interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
}

export function CreateUserModal({ open, onClose }: CreateUserModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewUser>();
  const [formError, setFormError] = useState<unknown>(null);
  const roles = useRoles(open);
  const organizations = useOrganizationTree(open);
  const treeData = useMemo(() => toTreeSelectData(organizations.data ?? []), [organizations.data]);

  const mutation = useMutation({
    mutationFn: (values: NewUser) => createUser({ ...values, username: values.username.trim() }),
    onSuccess: (user) => {
      message.success(t('users.created', { name: user.displayName }));
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onClose();
    },
    onError: (error) => {
      const shown = showErrorOnFields(form, error, FIELDS, { USER_USERNAME_TAKEN: 'username' });
      setFormError(shown ? null : error);
    },
  });

  const required = (key: Parameters<typeof t>[0]) => [{ required: true, message: t(key) }];
  const lookupError = roles.error ?? organizations.error;

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={form.submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      afterClose={() => {
        form.resetFields();
        setFormError(null);
      }}
    >
      {lookupError && <ErrorAlert error={lookupError} />}
      {formError !== null && <ErrorAlert error={formError} />}
      <Form<NewUser>
        form={form}
        layout="vertical"
        autoComplete="off"
        onFinish={(values) => {
          setFormError(null);
          mutation.mutate(values);
        }}
      >
        <Form.Item
          name="username"
          label={t('users.field.username')}
          rules={[{ required: true, whitespace: true, message: t('users.field.usernameRequired') }]}
          extra={t('users.field.usernameHint')}
        >
          <Input autoComplete="off" autoCapitalize="none" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.field.displayName')}
          rules={[
            { required: true, whitespace: true, message: t('users.field.displayNameRequired') },
          ]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('users.field.role')}
          rules={required('users.field.roleRequired')}
        >
          <Select
            loading={roles.isPending}
            placeholder={t('users.field.rolePlaceholder')}
            options={(roles.data ?? []).map((role) => ({ value: role.code, label: role.name }))}
          />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('users.field.organization')}
          rules={required('users.field.organizationRequired')}
        >
          <TreeSelect
            treeData={treeData}
            loading={organizations.isPending}
            placeholder={t('users.field.organizationPlaceholder')}
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.field.password')}
          rules={required('users.field.passwordRequired')}
          extra={t('users.field.passwordHint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
