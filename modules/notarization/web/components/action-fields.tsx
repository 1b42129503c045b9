import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Select, Upload } from 'antd';
import type { NotaryMeta } from '../api/types';
import { useNt, type NotarizationKey } from '../i18n/use-nt';
import { fileListOf } from '@web/api/uploads';
import { OUTCOME_OF_ACTION } from './action-body';
import { NotaryPicker } from './notary-picker';

function ItemsList({ name, label }: { name: string; label: string }) {
  const nt = useNt();
  const required = [{ required: true, whitespace: true, message: nt('notarization.required') }];
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} required>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="baseline">
              <Form.Item name={[field.name]} rules={required} style={{ flex: 1 }}>
                <Input maxLength={500} />
              </Form.Item>
              {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add('')}
            data-testid="add-item"
          >
            {nt('notarization.action.addItem')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

function TextField({
  name,
  label,
  required = true,
  rows = 3,
}: {
  name: string;
  label: NotarizationKey;
  required?: boolean;
  rows?: number;
}) {
  const nt = useNt();
  return (
    <Form.Item
      name={name}
      label={nt(label)}
      rules={
        required ? [{ required: true, whitespace: true, message: nt('notarization.required') }] : []
      }
    >
      {rows > 1 ? <Input.TextArea rows={rows} maxLength={5000} /> : <Input maxLength={100} />}
    </Form.Item>
  );
}

const groundOptions = (table: Record<string, string> | undefined) =>
  Object.entries(table ?? {}).map(([value, label]) => ({ value, label: `${value}. ${label}` }));
const plainOptions = (table: Record<string, string> | undefined) =>
  Object.entries(table ?? {}).map(([value, label]) => ({ value, label }));

interface ActionFieldsProps {
  action: string;
  caseId: string;
  meta: NotaryMeta | undefined;
}

/** The fields of one action's body; a step with no fields shows only the note. */
export function ActionFields({ action, caseId, meta }: ActionFieldsProps) {
  const nt = useNt();
  const required = [{ required: true, message: nt('notarization.required') }];
  if (action === 'revoke')
    return (
      <>
        <Form.Item
          name="revocationGround"
          label={nt('notarization.action.revocationGround')}
          rules={required}
        >
          <Select options={plainOptions(meta?.revocationGrounds)} data-testid="revocation-ground" />
        </Form.Item>
        <TextField name="reasons" label="notarization.action.reasons" />
      </>
    );
  if (action in OUTCOME_OF_ACTION)
    return <TextField name="reasons" label="notarization.action.reasons" />;
  switch (action) {
    case 'accept':
      return (
        <>
          <ItemsList name="toldItems" label={nt('notarization.action.items')} />
          <Form.Item name="applicantAcknowledged" valuePropName="checked">
            <Checkbox>{nt('notarization.action.acknowledged')}</Checkbox>
          </Form.Item>
          <Form.Item name="appearedInPerson" valuePropName="checked">
            <Checkbox>{nt('notarization.action.appeared')}</Checkbox>
          </Form.Item>
          <Form.Item name="notaryId" label={nt('notarization.action.notary')}>
            <NotaryPicker caseId={caseId} data-testid="notary-picker" />
          </Form.Item>
        </>
      );
    case 'not_accept':
      return <TextField name="reasons" label="notarization.action.reasons" />;
    case 'assign':
      return (
        <Form.Item name="notaryId" label={nt('notarization.action.notary')} rules={required}>
          <NotaryPicker caseId={caseId} data-testid="notary-picker" />
        </Form.Item>
      );
    case 'start_verification':
    case 'request_supplement':
      return <ItemsList name="items" label={nt('notarization.action.items')} />;
    case 'finish_verification':
      return <TextField name="result" label="notarization.action.result" />;
    case 'supply':
      return (
        <Form.Item
          name="materials"
          label={nt('notarization.action.materials')}
          valuePropName="fileList"
          getValueFromEvent={fileListOf}
        >
          <Upload multiple beforeUpload={() => false}>
            <Button icon={<UploadOutlined />}>{nt('notarization.apply.upload')}</Button>
          </Upload>
        </Form.Item>
      );
    case 'propose_issue':
      return (
        <TextField name="certifiedFacts" label="notarization.action.certifiedFacts" rows={6} />
      );
    case 'refuse':
    case 'terminate':
      return (
        <>
          <Form.Item
            name="ground"
            label={nt('notarization.action.ground')}
            rules={
              action === 'terminate'
                ? [{ required: true, message: nt('notarization.required') }]
                : []
            }
          >
            <Select
              allowClear
              options={groundOptions(
                action === 'refuse' ? meta?.refusalGrounds : meta?.terminationGrounds,
              )}
            />
          </Form.Item>
          <TextField name="reasons" label="notarization.action.reasons" />
        </>
      );
    case 'start_re_examination':
      return (
        <>
          <Form.Item
            name="reExaminerId"
            label={nt('notarization.action.reExaminer')}
            rules={required}
          >
            <NotaryPicker caseId={caseId} excludeCaseNotary data-testid="notary-picker" />
          </Form.Item>
          <TextField name="requestedBy" label="notarization.action.requestedBy" rows={1} />
          <Form.Item
            name="requesterKind"
            label={nt('notarization.action.requesterKind')}
            rules={required}
          >
            <Select options={plainOptions(meta?.requesterKinds)} data-testid="requester-kind" />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item
              name="knownDate"
              label={nt('notarization.action.knownDate')}
              rules={required}
            >
              <DatePicker data-testid="known-date" />
            </Form.Item>
            <Form.Item
              name="requestDate"
              label={nt('notarization.action.requestDate')}
              extra={nt('notarization.action.requestDateHint')}
            >
              <DatePicker data-testid="request-date" />
            </Form.Item>
          </Flex>
          <TextField name="reasons" label="notarization.action.reasons" />
        </>
      );
    default:
      return null;
  }
}
