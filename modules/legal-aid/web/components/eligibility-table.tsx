// The eligibility result: each criterion with its result, reason and article.
import { Table, Tag, Typography } from 'antd';
import type { Criterion, EligibilityView } from '../api/types';
import { useLa } from '../i18n/use-la';

const COLORS: Record<Criterion['status'], string> = {
  pass: 'green',
  fail: 'red',
  not_applicable: 'default',
};

export function EligibilityTable({ result }: { result: EligibilityView }) {
  const la = useLa();
  return (
    <>
      <Table<Criterion>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={result.criteria}
        scroll={{ x: 'max-content' }}
        data-testid="eligibility-table"
        onRow={(c) => ({ 'data-testid': `criterion-${c.code}`, 'data-status': c.status }) as never}
        columns={[
          { title: la('legal-aid.check.criterion'), dataIndex: 'label', key: 'label' },
          {
            title: la('legal-aid.check.result'),
            key: 'status',
            render: (_, c) => (
              <Tag color={COLORS[c.status]}>{la(`legal-aid.check.${c.status}`)}</Tag>
            ),
          },
          { title: la('legal-aid.check.reason'), dataIndex: 'reason', key: 'reason' },
          { title: la('legal-aid.check.basis'), dataIndex: 'basis', key: 'basis' },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {la('legal-aid.check.ruleSet', {
          version: result.ruleSetVersion,
          title: result.ruleSetTitle,
        })}
      </Typography.Paragraph>
    </>
  );
}
