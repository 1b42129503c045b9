import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { MatterView } from '../api/types';
import { usePt } from '../i18n/use-pt';

interface MattersTableProps {
  matters: MatterView[];
  /** Staff pages link each case to its module's case page; the citizen pages do not. */
  linkCases?: boolean;
  emptyText: string;
}

/** A person's matters across the modules: system, number, matter, role, status, start. */
export function MattersTable({ matters, linkCases = false, emptyText }: MattersTableProps) {
  const pt = usePt();
  const columns: ColumnsType<MatterView> = [
    { title: pt('persons.col.module'), dataIndex: 'moduleLabel', key: 'module' },
    {
      title: pt('persons.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (value: string, row) =>
        linkCases ? <Link to={`/${row.module}/cases/${row.caseId}`}>{value}</Link> : value,
    },
    { title: pt('persons.col.title'), dataIndex: 'title', key: 'title' },
    { title: pt('persons.col.role'), dataIndex: 'role', key: 'role' },
    {
      title: pt('persons.col.state'),
      key: 'state',
      render: (_, row) => <Tag color={row.closed ? 'default' : 'processing'}>{row.stateLabel}</Tag>,
    },
    { title: pt('persons.col.started'), dataIndex: 'startedOn', key: 'started' },
  ];
  return (
    <Table
      rowKey={(row) => `${row.module}:${row.caseId}`}
      columns={columns}
      dataSource={matters}
      pagination={false}
      size="middle"
      scroll={{ x: true }}
      locale={{ emptyText }}
      data-testid="matters-table"
    />
  );
}
