import { Alert, Button, Card, Descriptions, Flex, Form, Modal, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { usePersonFile } from '../api/persons';
import { MattersTable } from '../components/matters-table';
import { CodeButton, RevealButton } from '../components/person-actions';
import { PurposeSelect } from '../components/purpose-select';
import { usePt } from '../i18n/use-pt';

/** Asks the purpose before the file is opened (the read is logged with it). */
function PurposePrompt({
  onChoose,
  onCancel,
}: {
  onChoose: (p: string) => void;
  onCancel?: () => void;
}) {
  const pt = usePt();
  const [form] = Form.useForm<{ purpose: string }>();
  return (
    <Modal
      open
      title={pt('persons.purpose.title')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      closable={!!onCancel}
      maskClosable={false}
      cancelButtonProps={onCancel ? {} : { style: { display: 'none' } }}
    >
      <Typography.Paragraph type="secondary">{pt('persons.purpose.prompt')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => onChoose(values.purpose)}>
        <Form.Item
          name="purpose"
          label={pt('persons.purpose')}
          rules={[{ required: true, message: pt('persons.required') }]}
        >
          <PurposeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 个人档案: the record (masked), the matters in the reader's region, reveal and one-time code. */
export function PersonPage() {
  const pt = usePt();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const purpose = params.get('purpose');
  const [changing, setChanging] = useState(false);
  const file = usePersonFile(id, purpose);
  const choose = (next: string) => {
    setChanging(false);
    setParams({ purpose: next }, { replace: true });
  };

  if (!purpose || changing)
    return (
      <PurposePrompt onChoose={choose} onCancel={purpose ? () => setChanging(false) : undefined} />
    );
  if (file.isLoading) return <PageSpin />;
  if (file.error || !file.data) return <ErrorAlert error={file.error} />;
  const { person, matters, purposeLabel } = file.data;

  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title={
          <Flex justify="space-between" align="center" wrap gap={8}>
            <span data-testid="file-purpose">
              {pt('persons.purpose.current', { purpose: purposeLabel })}
            </span>
            <Button size="small" onClick={() => setChanging(true)}>
              {pt('persons.purpose.change')}
            </Button>
          </Flex>
        }
      />
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="person-name">
            {person.name}
          </Typography.Title>
        }
        extra={<CodeButton personId={person.id} />}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={pt('persons.file.idNumber')}>
            <Flex gap={8} align="center" wrap>
              <span data-testid="masked-id-number">{person.idNumberMasked}</span>
              <RevealButton personId={person.id} purpose={purpose} />
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={pt('persons.file.sex')}>{person.sexLabel}</Descriptions.Item>
          <Descriptions.Item label={pt('persons.file.phone')}>
            {person.phoneMasked ?? '-'}
          </Descriptions.Item>
          <Descriptions.Item label={pt('persons.file.region')}>
            {person.regionName ?? person.regionCode}
          </Descriptions.Item>
          <Descriptions.Item label={pt('persons.file.created')}>
            {person.createdAt.slice(0, 10)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={pt('persons.file.matters')}>
        <MattersTable matters={matters} linkCases emptyText={pt('persons.file.noMatters')} />
      </Card>
    </Flex>
  );
}
