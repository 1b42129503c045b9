import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { ApiError } from '../api/client';
import { changePassword, meQueryKey } from '../api/auth';
import type { Me } from '../api/types';
import { useLogout } from '../app/use-session';
import { useT } from '../i18n';
import { ErrorAlert } from './error-alert';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// Server codes that belong to one field of the form.
const FIELD_OF_CODE: Record<string, keyof PasswordValues> = {
  AUTH_PASSWORD_WRONG: 'currentPassword',
  AUTH_PASSWORD_WEAK: 'newPassword',
  AUTH_PASSWORD_REUSED: 'newPassword',
};

interface ChangePasswordModalProps {
  open: boolean;
  /** The user must change the password now (mustChangePassword): the modal cannot be closed. */
  forced: boolean;
  onClose: () => void;
}

export function ChangePasswordModal({ open, forced, onClose }: ChangePasswordModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { logout, isPending: loggingOut } = useLogout();
  const [form] = Form.useForm<PasswordValues>();

  const mutation = useMutation({
    mutationFn: (values: PasswordValues) =>
      changePassword(values.currentPassword, values.newPassword),
    onSuccess: () => {
      message.success(t('password.changed'));
      queryClient.setQueryData<Me | null>(meQueryKey, (me) =>
        me ? { ...me, mustChangePassword: false } : me,
      );
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      onClose();
    },
    onError: (error) => {
      const field = error instanceof ApiError ? FIELD_OF_CODE[error.code] : undefined;
      if (field) form.setFields([{ name: field, errors: [error.message] }]);
    },
  });

  const fieldError =
    mutation.error instanceof ApiError && FIELD_OF_CODE[mutation.error.code] !== undefined;

  const close = () => {
    if (!forced) onClose();
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={close}
      afterClose={() => {
        form.resetFields();
        mutation.reset();
      }}
      footer={[
        forced ? (
          <Button key="logout" onClick={logout} loading={loggingOut}>
            {t('layout.logout')}
          </Button>
        ) : (
          <Button key="cancel" onClick={close}>
            {t('common.cancel')}
          </Button>
        ),
        <Button key="submit" type="primary" loading={mutation.isPending} onClick={form.submit}>
          {t('password.submit')}
        </Button>,
      ]}
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          title={t('password.mustChange')}
          style={{ marginBottom: 16 }}
        />
      )}
      {mutation.error && !fieldError && <ErrorAlert error={mutation.error} />}
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => mutation.mutate(values)}
        autoComplete="off"
      >
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('password.newRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error(t('password.sameAsCurrent')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
