import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
// antd's date pickers take month and weekday names (and Monday as first day) from dayjs:
// register its zh-cn locale. dayjs comes with antd; see the report about listing it directly.
import 'dayjs/locale/zh-cn';
import { I18nProvider, useLocale } from '../i18n';

const appTheme: ThemeConfig = {
  token: { colorPrimary: '#1f5fbf', borderRadius: 6 },
};

function AntdConfig({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={appTheme}
      // antd would render the two-character button 登录 as "登 录"
      button={{ autoInsertSpace: false }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <AntdConfig>{children}</AntdConfig>
      </QueryClientProvider>
    </I18nProvider>
  );
}
