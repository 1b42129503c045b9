import { Alert, Card, Flex, Progress, Statistic, Table, Tag } from 'antd';
import type { ImportFailure, ImportRun } from '../api/types';
import { useRt } from '../i18n/use-rt';

/** The progress bar of a run and, once it has ended, its report with the failed files. */
export function ImportReport({ run }: { run: ImportRun }) {
  const rt = useRt();
  const percent = run.total === 0 ? 100 : Math.floor((run.processed / run.total) * 100);
  const status = run.state === 'failed' ? 'exception' : run.state === 'done' ? 'success' : 'active';
  return (
    <Card size="small" data-testid="import-report">
      <Flex vertical gap={12}>
        <Flex align="center" gap={12}>
          <Tag>{rt(`regulations.import.phase.${run.phase}`)}</Tag>
          <Progress
            percent={percent}
            status={status}
            format={() => `${run.processed} / ${run.total}`}
            style={{ flex: 1 }}
            data-testid="import-progress"
          />
        </Flex>
        <Flex gap={32} wrap>
          <Statistic title={rt('regulations.import.added')} value={run.added} />
          <Statistic title={rt('regulations.import.updated')} value={run.updated} />
          <Statistic title={rt('regulations.import.unchanged')} value={run.unchanged} />
          <Statistic title={rt('regulations.import.failed')} value={run.failures.length} />
        </Flex>
        {run.failures.length > 0 && (
          <>
            <Alert type="warning" showIcon title={rt('regulations.import.failures')} />
            <Table<ImportFailure>
              rowKey={(f) => f.file}
              size="small"
              pagination={run.failures.length > 20 ? { pageSize: 20 } : false}
              dataSource={run.failures}
              columns={[
                { title: rt('regulations.import.file'), dataIndex: 'file', key: 'file' },
                { title: rt('regulations.import.reason'), dataIndex: 'reason', key: 'reason' },
              ]}
              data-testid="import-failures"
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
