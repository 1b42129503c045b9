import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useLocale, useT, type Locale } from '../i18n';

/** 中文 / English. Switching refetches everything, since the server localizes its replies. */
export function LocaleSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  const queryClient = useQueryClient();

  const change = (next: Locale) => {
    setLocale(next);
    void queryClient.invalidateQueries();
  };

  return (
    <Segmented<Locale>
      size={size}
      value={locale}
      aria-label={t('locale.label')}
      data-testid="locale-switch"
      options={[
        { label: t('locale.zh-CN'), value: 'zh-CN' },
        { label: t('locale.en'), value: 'en' },
      ]}
      onChange={change}
    />
  );
}
