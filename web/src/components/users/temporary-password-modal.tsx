import { Alert, Modal, Typography } from 'antd';
import { useT } from '../../i18n';

export interface TemporaryPassword {
  displayName: string;
  password: string;
}

/** Shows a temporary password once; it is not kept anywhere after the modal closes. */
export function TemporaryPasswordModal({
  value,
  onClose,
}: {
  value: TemporaryPassword | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={value !== null}
      title={t('users.tempPassword.title')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {value && (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('users.tempPassword.hint', { name: value.displayName })}
            style={{ marginBottom: 16 }}
          />
          <Typography.Paragraph
            copyable={{ text: value.password }}
            code
            data-testid="temporary-password"
            style={{ fontSize: 20, textAlign: 'center' }}
          >
            {value.password}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
