import { Card, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useFacets, useLibrary, versionPath } from '../api/library';
import type { LibraryFilters, VersionStatus, VersionSummary } from '../api/types';
import { StatusTag } from '../components/status-tag';
import { useRt } from '../i18n/use-rt';

const STATUSES: VersionStatus[] = ['in_force', 'amended', 'repealed', 'not_yet_in_force'];

/** 法规浏览: the library by level, status, issuing body and year, a page at a time. */
export function LibraryPage() {
  const rt = useRt();
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const library = useLibrary(filters, page, pageSize);
  const facets = useFacets();
  const set = (patch: Partial<LibraryFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const options = (values: { value: string; n: number }[] | undefined) =>
    (values ?? [])
      .filter((v) => v.value !== '')
      .map((v) => ({ value: v.value, label: `${v.value}（${v.n}）` }));

  const columns: ColumnsType<VersionSummary> = [
    {
      title: rt('regulations.col.title'),
      key: 'title',
      render: (_, v) => (
        <Link to={versionPath(v)} data-testid="library-open">
          {v.title}
        </Link>
      ),
    },
    { title: rt('regulations.col.level'), dataIndex: 'level', key: 'level' },
    { title: rt('regulations.col.body'), dataIndex: 'issuingBody', key: 'body' },
    { title: rt('regulations.col.promulgated'), dataIndex: 'promulgatedOn', key: 'promulgated' },
    {
      title: rt('regulations.col.effective'),
      dataIndex: 'effectiveOn',
      key: 'effective',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: rt('regulations.col.status'),
      key: 'status',
      render: (_, v) => <StatusTag status={v.status} />,
    },
    { title: rt('regulations.col.articles'), dataIndex: 'articleCount', key: 'articles' },
  ];

  return (
    <Card title={rt('regulations.library.title')}>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={rt('regulations.library.search')}
            onSearch={(value) => set({ title: value.trim() || undefined })}
            style={{ width: 240 }}
            data-testid="library-search"
          />
          <Select
            allowClear
            placeholder={rt('regulations.library.level')}
            options={options(facets.data?.levels)}
            onChange={(level?: string) => set({ level })}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={rt('regulations.library.status')}
            options={STATUSES.map((s) => ({ value: s, label: rt(`regulations.status.${s}`) }))}
            onChange={(status?: VersionStatus) => set({ status })}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            showSearch
            placeholder={rt('regulations.library.body')}
            options={options(facets.data?.bodies)}
            onChange={(issuingBody?: string) => set({ issuingBody })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            showSearch
            placeholder={rt('regulations.library.year')}
            options={[...(facets.data?.years ?? [])]
              .sort((a, b) => Number(b.value) - Number(a.value))
              .map((y) => ({ value: Number(y.value), label: `${y.value}（${y.n}）` }))}
            onChange={(year?: number) => set({ year })}
            style={{ width: 130 }}
          />
        </Flex>
        {library.error && (
          <ErrorAlert error={library.error} onRetry={() => void library.refetch()} />
        )}
        <Typography.Text type="secondary">
          {rt('regulations.library.total', { total: library.data?.total ?? 0 })}
        </Typography.Text>
        <Table<VersionSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={library.data?.items ?? []}
          loading={library.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: library.data?.total ?? 0,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          data-testid="library-table"
        />
      </Flex>
    </Card>
  );
}
