import { Flex, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeadlineTag } from '@web/components/deadline-tag';
import { Link } from 'react-router-dom';
import type { CaseSummary } from '../api/types';
import type { MT } from '../i18n/use-mt';

const RISK_COLORS: Record<string, string> = { general: 'gold', serious: 'orange', major: 'red' };

/** The columns a list of disputes shows: the workbench and the risk list. */
export function caseColumns<T extends CaseSummary>(mt: MT): ColumnsType<T> {
  return [
    {
      title: mt('mediation.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (value: string, row) => (
        <Link to={`/mediation/cases/${row.id}`} data-testid="case-link">
          {value}
        </Link>
      ),
    },
    { title: mt('mediation.col.type'), dataIndex: 'disputeTypeLabel', key: 'type' },
    { title: mt('mediation.col.parties'), dataIndex: 'partyNames', key: 'parties' },
    {
      title: mt('mediation.col.state'),
      key: 'state',
      render: (_, row) => (
        <>
          <Tag color="processing">{row.stateLabel}</Tag>
          {row.riskLevel && <Tag color={RISK_COLORS[row.riskLevel]}>{row.riskLabel}</Tag>}
        </>
      ),
    },
    { title: mt('mediation.col.committee'), dataIndex: 'committeeName', key: 'committee' },
    {
      title: mt('mediation.col.mediator'),
      key: 'mediator',
      render: (_, row) => row.mediatorName ?? '-',
    },
    { title: mt('mediation.col.applied'), dataIndex: 'appliedDate', key: 'applied' },
    {
      title: mt('mediation.col.due'),
      key: 'due',
      render: (_, row) => (
        <Flex gap={4} align="center" style={{ whiteSpace: 'nowrap' }}>
          {row.nextDueDate ?? '-'}
          {row.nextDeadlineStatus && <DeadlineTag status={row.nextDeadlineStatus} />}
        </Flex>
      ),
    },
  ];
}
