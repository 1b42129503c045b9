import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../i18n';

function BackHomeButton() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/')}>
      {t('common.backHome')}
    </Button>
  );
}

/** 403: the route exists but the user's role does not allow it. */
export function ForbiddenResult() {
  const t = useT();
  return (
    <Result status="403" title="403" subTitle={t('error.forbidden')} extra={<BackHomeButton />} />
  );
}

export function NotFoundResult() {
  const t = useT();
  return (
    <Result status="404" title="404" subTitle={t('error.notFound')} extra={<BackHomeButton />} />
  );
}
