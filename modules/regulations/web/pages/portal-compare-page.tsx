import { Card, Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { type CompareRow, portalVersionPath, useCompare } from '../components/filing-api';
import { useFt } from '../components/use-ft';
import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { VersionSummary } from '../api/types';

const CHANGE_COLORS = {
  same: 'default',
  changed: 'orange',
  added: 'green',
  removed: 'red',
} as const;

function Segments({ row, side }: { row: CompareRow; side: 'before' | 'after' }) {
  const text = row[side]?.text;
  if (!row.segments) return <span style={{ whiteSpace: 'pre-wrap' }}>{text ?? ''}</span>;
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {row.segments.map((s, i) => {
        if (s.op === 'same') return <span key={i}>{s.text}</span>;
        if (side === 'before' && s.op === 'delete') {
          return (
            <del key={i} style={{ background: '#fff1f0', color: '#cf1322' }}>
              {s.text}
            </del>
          );
        }
        if (side === 'after' && s.op === 'insert') {
          return (
            <ins key={i} style={{ background: '#f6ffed', color: '#389e0d' }}>
              {s.text}
            </ins>
          );
        }
        return null;
      })}
    </span>
  );
}

/** 版本对照: two versions of a law article by article, changed / added / removed marked. */
export function PortalComparePage() {
  const ft = useFt();
  const { workKey = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [onlyChanges, setOnlyChanges] = useState(true);
  const versions = useQuery({
    queryKey: ['regulations', 'portal', 'versions', workKey],
    queryFn: ({ signal }) =>
      api.get<VersionSummary[]>(
        `/api/regulations/works/${encodeURIComponent(workKey)}/versions`,
        undefined,
        signal,
      ),
  });
  const compare = useCompare(workKey, from, to);
  const options = (versions.data ?? []).map((v) => ({
    value: v.promulgatedOn ?? '',
    label: v.promulgatedOn,
  }));
  const rows = (compare.data?.rows ?? []).filter((r) => !onlyChanges || r.change !== 'same');

  const columns: ColumnsType<CompareRow> = [
    {
      key: 'label',
      width: 140,
      render: (_, r) => (
        <Flex vertical gap={4}>
          <strong>{r.label}</strong>
          <Tag color={CHANGE_COLORS[r.change]} data-testid="compare-change" data-change={r.change}>
            {ft(`regulations.portal.change.${r.change}`)}
          </Tag>
        </Flex>
      ),
    },
    {
      key: 'before',
      title: `${ft('regulations.portal.from')} ${from}`,
      render: (_, r) => <Segments row={r} side="before" />,
    },
    {
      key: 'after',
      title: `${ft('regulations.portal.to')} ${to}`,
      render: (_, r) => <Segments row={r} side="after" />,
    },
  ];

  const title = versions.data?.at(-1)?.title ?? workKey;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200, margin: '0 auto', width: '100%' }}>
      <Link to="/portal">{ft('regulations.portal.back')}</Link>
      <Card title={ft('regulations.portal.compareTitle', { title })}>
        <Flex vertical gap={12}>
          <Flex gap={8} align="center" wrap>
            <Select
              value={from || undefined}
              options={options}
              onChange={(v: string) => setParams({ from: v, to })}
              style={{ width: 150 }}
              placeholder={ft('regulations.portal.from')}
            />
            →
            <Select
              value={to || undefined}
              options={options}
              onChange={(v: string) => setParams({ from, to: v })}
              style={{ width: 150 }}
              placeholder={ft('regulations.portal.to')}
            />
            <Switch checked={onlyChanges} onChange={setOnlyChanges} />
            {ft('regulations.portal.onlyChanges')}
            {to && <Link to={portalVersionPath({ workKey, promulgatedOn: to })}>{to}</Link>}
          </Flex>
          {(from === '' || to === '' || from === to) && (
            <Typography.Text type="secondary">{ft('regulations.portal.pickTwo')}</Typography.Text>
          )}
          {compare.error && <ErrorAlert error={compare.error} />}
          {compare.data && (
            <Typography.Text data-testid="compare-counts">
              {ft('regulations.portal.counts', compare.data.counts)}
            </Typography.Text>
          )}
          <Table<CompareRow>
            rowKey={(r) => `${r.change}-${r.key}`}
            size="small"
            columns={columns}
            dataSource={rows}
            loading={compare.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="compare-table"
          />
        </Flex>
      </Card>
    </Flex>
  );
}
