import { Card, Flex, Input, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PortalBrowse } from '../components/portal-browse';
import { PortalSearchResults } from '../components/portal-search-results';
import { useFt } from '../components/use-ft';

/** 统一发布平台: search (kept in the address, so a result page can be shared) and browse. */
export function PortalHomePage() {
  const ft = useFt();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const go = (next: { q: string; page?: number }) =>
    setParams(next.q ? { q: next.q, ...(next.page ? { page: String(next.page) } : {}) } : {});

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100, margin: '0 auto', width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {ft('regulations.portal.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {ft('regulations.portal.intro')}
        </Typography.Paragraph>
        <Input.Search
          key={q}
          defaultValue={q}
          size="large"
          allowClear
          enterButton={ft('regulations.portal.search')}
          placeholder={ft('regulations.portal.searchPlaceholder')}
          onSearch={(value) => go({ q: value.trim() })}
          data-testid="portal-search"
        />
      </Card>
      <Card>
        {q ? (
          <PortalSearchResults q={q} page={page} onPage={(p) => go({ q, page: p })} />
        ) : (
          <PortalBrowse />
        )}
      </Card>
    </Flex>
  );
}
