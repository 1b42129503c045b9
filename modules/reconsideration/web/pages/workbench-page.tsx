import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Flex, Input, Segmented, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCan } from '@web/app/current-user';
import { ErrorAlert, errorMessage } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { exportCases, useCases } from '../api/cases';
import { useReconsiderationMeta } from '../api/public';
import type { CaseFilters, CaseSummary } from '../api/types';
import { DeadlineTag } from '@web/components/deadline-tag';
import { RegisterDrawer } from '../components/staff/register-drawer';
import { useRt } from '../i18n/use-rt';

const DEFAULT_PAGE_SIZE = 20;

/** 复议工作台: the cases of the office or the user's own, the nearest statutory deadline first. */
export function WorkbenchPage() {
  const rt = useRt();
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const meta = useReconsiderationMeta();
  // a handler works on their own cases; the clerk and the head see the whole office
  const handlerOnly = can('reconsideration:handle') && !can('reconsideration:accept');
  const [filters, setFilters] = useState<CaseFilters>({ scope: handlerOnly ? 'mine' : 'all' });
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [searchText, setSearchText] = useState('');
  const [registerOpen, setRegisterOpen] = useState(false);
  const cases = useCases(filters, paging.page, paging.pageSize);

  const exporting = useMutation({
    mutationFn: () => exportCases(filters, rt('reconsideration.workbench.exportFileName')),
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const update = (patch: Partial<CaseFilters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const columns: ColumnsType<CaseSummary> = [
    {
      title: rt('reconsideration.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (value: string, row) => (
        <Link to={`/reconsideration/cases/${row.id}`} data-testid="case-link">
          {value}
        </Link>
      ),
    },
    { title: rt('reconsideration.col.applicants'), dataIndex: 'applicantNames', key: 'applicants' },
    { title: rt('reconsideration.col.respondent'), dataIndex: 'respondentName', key: 'respondent' },
    {
      title: rt('reconsideration.col.state'),
      dataIndex: 'stateLabel',
      key: 'state',
      render: (value: string, row) => (
        <Flex gap={4} wrap>
          <Tag color="processing">{value}</Tag>
          {row.procedure === 'simplified' && (
            <Tag>{rt('reconsideration.procedure.simplified')}</Tag>
          )}
          {row.late && <Tag color="red">{rt('reconsideration.case.late')}</Tag>}
        </Flex>
      ),
    },
    { title: rt('reconsideration.col.received'), dataIndex: 'receivedDate', key: 'received' },
    {
      title: rt('reconsideration.col.nextDue'),
      key: 'nextDue',
      render: (_, row) => (
        <Flex gap={4} align="center" style={{ whiteSpace: 'nowrap' }}>
          {row.nextDueDate ?? '-'}
          {row.nextDeadlineStatus && <DeadlineTag status={row.nextDeadlineStatus} />}
        </Flex>
      ),
    },
    {
      title: rt('reconsideration.col.handler'),
      dataIndex: 'handlerName',
      key: 'handler',
      render: (value: string | null) => value ?? <Tag>{rt('reconsideration.unassigned')}</Tag>,
    },
  ];

  return (
    <Card title={rt('reconsideration.menu.workbench')}>
      <Flex wrap gap={12} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12} align="center">
          <Segmented<CaseFilters['scope']>
            value={filters.scope}
            onChange={(scope) => update({ scope })}
            options={[
              { value: 'mine', label: rt('reconsideration.workbench.mine') },
              { value: 'all', label: rt('reconsideration.workbench.all') },
            ]}
            data-testid="scope-switch"
          />
          <Select<string>
            allowClear
            placeholder={rt('reconsideration.workbench.allStates')}
            value={filters.state}
            onChange={(state) => update({ state })}
            options={Object.entries(meta.data?.states ?? {}).map(([value, label]) => ({
              value,
              label,
            }))}
            style={{ width: 160 }}
          />
          <Input.Search
            allowClear
            value={searchText}
            placeholder={rt('reconsideration.workbench.searchPlaceholder')}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: 260 }}
            data-testid="case-search"
          />
          <Checkbox
            checked={filters.overdue === 'true'}
            onChange={(event) => update({ overdue: event.target.checked ? 'true' : undefined })}
          >
            {rt('reconsideration.workbench.overdueOnly')}
          </Checkbox>
        </Flex>
        <Flex wrap gap={12}>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            onClick={() => exporting.mutate()}
          >
            {t('common.exportExcel')}
          </Button>
          {can('reconsideration:register') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegisterOpen(true)}
              data-testid="register-open"
            >
              {rt('reconsideration.workbench.register')}
            </Button>
          )}
        </Flex>
      </Flex>
      {cases.error && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      <div data-testid="cases-table">
        <Table<CaseSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={cases.data?.items ?? []}
          loading={cases.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: cases.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination) =>
            setPaging({
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
            })
          }
        />
      </div>
      <RegisterDrawer open={registerOpen} onClose={() => setRegisterOpen(false)} />
    </Card>
  );
}
