import { FolderOpenOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Table, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { errorMessage, ErrorAlert } from '@web/components/error-alert';
import { formatDateTime, useT } from '@web/i18n';
import { useEffect, useState } from 'react';
import { uploadLaws, useImportRun, useImportRuns } from '../api/library';
import type { ImportRun } from '../api/types';
import { ImportReport } from '../components/import-report';
import { useRt } from '../i18n/use-rt';

const MAX_BYTES = 40 * 1024 * 1024;
const wanted = (name: string) => /\.md$/i.test(name) || name.endsWith('index.jsonl');
const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The path inside a chosen folder (`laws/宪法/宪法.md`), else the file name. */
const pathOf = (file: File) => file.webkitRelativePath || file.name;

/** 法规导入: choose .md files (or a folder), upload them, follow the run to its report. */
export function ImportPage() {
  const rt = useRt();
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<File[]>([]);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useImportRun(runId);
  const runs = useImportRuns();
  const bytes = chosen.reduce((n, f) => n + f.size, 0);

  const upload = useMutation({
    mutationFn: async () =>
      uploadLaws(
        await Promise.all(chosen.map(async (f) => ({ name: pathOf(f), content: await f.text() }))),
      ),
    onSuccess: ({ runId: id }) => {
      setRunId(id);
      setChosen([]);
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const finished = run.data && run.data.state !== 'running';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['regulations'] });
  }, [finished, queryClient]);

  const take = (file: File) => {
    if (wanted(pathOf(file))) setChosen((list) => [...list, file]);
    return false; // read in the browser, sent as one JSON request
  };
  const fileList: UploadFile[] = chosen.slice(0, 50).map((f, i) => ({
    uid: `${i}-${pathOf(f)}`,
    name: pathOf(f),
    status: 'done',
  }));

  return (
    <Flex vertical gap={16}>
      <Card title={rt('regulations.import.title')}>
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary">
            {rt('regulations.import.intro')}
          </Typography.Paragraph>
          <Flex gap={8} wrap>
            <Upload multiple accept=".md,.jsonl" showUploadList={false} beforeUpload={take}>
              <Button icon={<UploadOutlined />} data-testid="import-choose">
                {rt('regulations.import.choose')}
              </Button>
            </Upload>
            <Upload directory showUploadList={false} beforeUpload={take}>
              <Button icon={<FolderOpenOutlined />}>{rt('regulations.import.chooseFolder')}</Button>
            </Upload>
            <Button onClick={() => setChosen([])} disabled={chosen.length === 0}>
              {rt('regulations.import.clear')}
            </Button>
            <Button
              type="primary"
              disabled={chosen.length === 0 || bytes > MAX_BYTES || run.data?.state === 'running'}
              loading={upload.isPending}
              onClick={() => upload.mutate()}
              data-testid="import-start"
            >
              {rt('regulations.import.start')}
            </Button>
          </Flex>
          {chosen.length > 0 && (
            <Typography.Text type={bytes > MAX_BYTES ? 'danger' : undefined}>
              {rt('regulations.import.selected', { count: chosen.length, size: sizeText(bytes) })}
            </Typography.Text>
          )}
          {fileList.length > 0 && (
            <Upload fileList={fileList} showUploadList={{ showRemoveIcon: false }} />
          )}
          {run.error && <ErrorAlert error={run.error} />}
          {run.data && <ImportReport run={run.data} />}
        </Flex>
      </Card>
      <Card title={rt('regulations.import.runs')} size="small">
        {runs.error && <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
        <Table<ImportRun>
          rowKey="id"
          size="small"
          loading={runs.isFetching}
          dataSource={runs.data ?? []}
          pagination={false}
          columns={[
            {
              title: rt('regulations.import.startedAt'),
              dataIndex: 'startedAt',
              key: 'startedAt',
              render: (v: string) => formatDateTime(v),
            },
            { title: rt('regulations.import.origin'), dataIndex: 'origin', key: 'origin' },
            { title: rt('regulations.import.startedBy'), dataIndex: 'startedBy', key: 'by' },
            {
              title: rt('regulations.import.progress'),
              key: 'state',
              render: (_, r) =>
                `${rt(`regulations.import.state.${r.state}`)} ${r.processed}/${r.total}`,
            },
            { title: rt('regulations.import.added'), dataIndex: 'added', key: 'added' },
            { title: rt('regulations.import.updated'), dataIndex: 'updated', key: 'updated' },
            { title: rt('regulations.import.unchanged'), dataIndex: 'unchanged', key: 'unchanged' },
            {
              title: rt('regulations.import.failed'),
              key: 'failed',
              render: (_, r) => r.failures.length,
            },
            {
              key: 'view',
              render: (_, r) => (
                <Button size="small" type="link" onClick={() => setRunId(r.id)}>
                  {rt('regulations.import.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
