import { Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useFacets } from '../api/library';
import type { VersionStatus, VersionSummary } from '../api/types';
import { StatusTag } from './status-tag';
import { type PortalFilters, portalVersionPath, usePortalDocuments } from './filing-api';
import { useFt } from './use-ft';
import { useRt } from '../i18n/use-rt';

const STATUSES: VersionStatus[] = ['in_force', 'amended', 'repealed', 'not_yet_in_force'];

/** 分类浏览: published texts by level, issuing body, year and status, a page at a time. */
export function PortalBrowse() {
  const ft = useFt();
  const rt = useRt();
  const [filters, setFilters] = useState<PortalFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const documents = usePortalDocuments(filters, page, pageSize);
  const facets = useFacets();
  const set = (patch: Partial<PortalFilters>) => {
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
        <Flex vertical>
          <Link to={portalVersionPath(v)} data-testid="portal-open">
            {v.title}
          </Link>
          {v.documentNumber && (
            <Typography.Text type="secondary">{v.documentNumber}</Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: rt('regulations.col.level'), dataIndex: 'level', key: 'level' },
    { title: rt('regulations.col.body'), dataIndex: 'issuingBody', key: 'body' },
    { title: rt('regulations.col.promulgated'), dataIndex: 'promulgatedOn', key: 'promulgated' },
    {
      title: rt('regulations.col.status'),
      key: 'status',
      render: (_, v) => <StatusTag status={v.status} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {ft('regulations.portal.browse')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={rt('regulations.library.search')}
          onSearch={(value) => set({ title: value.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={rt('regulations.library.level')}
          options={options(facets.data?.levels)}
          onChange={(level?: string) => set({ level })}
          style={{ width: 170 }}
          data-testid="portal-level"
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
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={rt('regulations.library.year')}
          options={[...(facets.data?.years ?? [])]
            .sort((a, b) => Number(b.value) - Number(a.value))
            .map((y) => ({ value: Number(y.value), label: `${y.value}（${y.n}）` }))}
          onChange={(year?: number) => set({ year })}
          style={{ width: 130 }}
        />
      </Flex>
      {documents.error && (
        <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />
      )}
      <Table<VersionSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents.data?.items ?? []}
        loading={documents.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: documents.data?.total ?? 0,
          showTotal: (total) => rt('regulations.library.total', { total }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        data-testid="portal-table"
      />
    </Flex>
  );
}
