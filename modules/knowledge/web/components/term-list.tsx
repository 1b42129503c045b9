// A searchable list of the term base's terms with their counts; a click chooses one.
import { Checkbox, Flex, Input, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useTerms } from '../api/knowledge';
import type { TermSummary } from '../api/types';
import type { KT } from '../i18n/use-kt';

interface Props {
  kt: KT;
  selected: string | null;
  onSelect: (term: string) => void;
}

export function TermList({ kt, selected, onSelect }: Props) {
  const [q, setQ] = useState('');
  const [defined, setDefined] = useState(false);
  const [page, setPage] = useState(1);
  const terms = useTerms(q, defined, page);
  const columns: ColumnsType<TermSummary> = [
    {
      title: kt('knowledge.terms.term'),
      dataIndex: 'term',
      key: 'term',
      render: (term: string, row) => (
        <>
          <a onClick={() => onSelect(term)}>{term}</a>
          {row.source !== 'thuocl' && (
            <Tag style={{ marginLeft: 6 }}>{kt(`knowledge.terms.source.${row.source}`)}</Tag>
          )}
        </>
      ),
    },
    { title: kt('knowledge.terms.articles'), dataIndex: 'articles', key: 'articles', width: 96 },
    { title: kt('knowledge.terms.definitions'), dataIndex: 'definitions', key: 'defs', width: 80 },
  ];
  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        placeholder={kt('knowledge.terms.search')}
        aria-label={kt('knowledge.terms.search')}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
        data-testid="knowledge-term-search"
      />
      <Checkbox
        checked={defined}
        onChange={(e) => {
          setDefined(e.target.checked);
          setPage(1);
        }}
      >
        {kt('knowledge.terms.definedOnly')}
      </Checkbox>
      {terms.error && <ErrorAlert error={terms.error} onRetry={() => void terms.refetch()} />}
      <Table<TermSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={terms.data?.items ?? []}
        loading={terms.isFetching}
        rowClassName={(row) => (row.term === selected ? 'ant-table-row-selected' : '')}
        pagination={{
          current: page,
          pageSize: 20,
          total: terms.data?.total ?? 0,
          onChange: setPage,
          size: 'small',
          showSizeChanger: false,
        }}
        data-testid="knowledge-term-list"
      />
    </Flex>
  );
}
