// The fields a next action asks for.
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Upload } from 'antd';
import { useLawyers, useMeta } from '../api/legal-aid';
import type { Labels } from '../api/types';
import { useLa } from '../i18n/use-la';
import { fileListOf } from '@web/api/uploads';

const options = (labels: Labels | undefined) =>
  Object.entries(labels ?? {}).map(([value, label]) => ({ value, label }));

function Reasons({ name = 'reasons' }: { name?: string }) {
  const la = useLa();
  return (
    <Form.Item
      name={name}
      label={la(name === 'reason' ? 'legal-aid.action.reason' : 'legal-aid.action.reasons')}
      rules={[{ required: true, whitespace: true, message: la('legal-aid.required') }]}
    >
      <Input.TextArea rows={3} maxLength={5000} />
    </Form.Item>
  );
}

function Files({ label }: { label: string }) {
  const la = useLa();
  return (
    <Form.Item
      name="materials"
      label={label}
      valuePropName="fileList"
      getValueFromEvent={fileListOf}
    >
      <Upload multiple beforeUpload={() => false}>
        <Button icon={<UploadOutlined />}>{la('legal-aid.apply.upload')}</Button>
      </Upload>
    </Form.Item>
  );
}

function Providers({ withFirm }: { withFirm: boolean }) {
  const la = useLa();
  const lawyers = useLawyers(true);
  const items = lawyers.data?.items ?? [];
  const firms = [...new Set(items.map((l) => l.firm))];
  return (
    <>
      <Form.Item name="lawyerId" label={la('legal-aid.action.lawyer')}>
        <Select
          allowClear
          loading={lawyers.isPending}
          options={items.map((l) => ({
            value: l.id,
            label: `${l.name}（${l.firm}，${l.practiceYears}年，在办${l.open}件）`,
          }))}
        />
      </Form.Item>
      {withFirm && (
        <Form.Item name="firm" label={la('legal-aid.action.firm')}>
          <Select allowClear options={firms.map((f) => ({ value: f, label: f }))} />
        </Form.Item>
      )}
    </>
  );
}

export function ActionFields({ action }: { action: string }) {
  const la = useLa();
  const meta = useMeta().data;
  const required = [{ required: true, message: la('legal-aid.required') }];
  switch (action) {
    case 'request_material':
      return (
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Form.Item label={la('legal-aid.action.items')} required>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} style={{ marginBottom: 8 }}>
                  <Form.Item name={field.name} noStyle rules={required}>
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
                {la('legal-aid.action.addItem')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      );
    case 'supply_material':
      return <Files label={la('legal-aid.action.materials')} />;
    case 'override_eligibility':
      return (
        <>
          <Form.Item name="passed" label={la('legal-aid.action.passed')} rules={required}>
            <Radio.Group>
              <Radio value>{la('legal-aid.check.passed')}</Radio>
              <Radio value={false}>{la('legal-aid.check.failed')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Reasons name="reason" />
        </>
      );
    case 'provide_provisionally':
    case 'terminate':
      return (
        <>
          <Form.Item name="ground" label={la('legal-aid.action.ground')} rules={required}>
            <Select
              options={options(
                action === 'terminate' ? meta?.terminationGrounds : meta?.provisionalGrounds,
              )}
            />
          </Form.Item>
          <Reasons />
        </>
      );
    case 'refuse':
    case 'maintain_decision':
    case 'order_grant':
    case 'order_resume':
      return <Reasons />;
    case 'file_objection':
      return (
        <>
          <Form.Item name="onDate" label={la('legal-aid.action.filedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Reasons />
        </>
      );
    case 'assign':
      return <Providers withFirm />;
    case 'reassign':
      return (
        <>
          <Providers withFirm={false} />
          <Reasons name="reason" />
        </>
      );
    case 'record_service':
      return (
        <>
          <Form.Item name="onDate" label={la('legal-aid.action.onDate')} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label={la('legal-aid.action.kind')} rules={required}>
            <Select options={options(meta?.serviceKinds)} />
          </Form.Item>
          <Form.Item name="description" label={la('legal-aid.action.description')} rules={required}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'close':
      return (
        <>
          <Form.Item name="outcome" label={la('legal-aid.action.outcome')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="report" label={la('legal-aid.action.report')} rules={required}>
            <Input.TextArea rows={4} maxLength={8000} />
          </Form.Item>
          <Files label={la('legal-aid.action.closingMaterials')} />
        </>
      );
    case 'pay_subsidy':
      return (
        <>
          <Form.Item name="extraYuan" label={la('legal-aid.action.extraYuan')}>
            <InputNumber min={0} max={100000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="extraReason" label={la('legal-aid.action.extraReason')}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      );
    default:
      return null;
  }
}
