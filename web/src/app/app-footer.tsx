import { Layout, Typography } from 'antd';
import { useHealth } from '../api/health';
import { useT } from '../i18n';

export function AppFooter() {
  const t = useT();
  const health = useHealth();
  return (
    <Layout.Footer style={{ textAlign: 'center', padding: '12px 16px' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('app.productName')} · {t('app.title')}
        {health.data ? ` · ${t('footer.version', { version: health.data.version })}` : ''}
      </Typography.Text>
    </Layout.Footer>
  );
}
