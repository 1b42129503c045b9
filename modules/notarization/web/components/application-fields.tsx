import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  Form,
  Input,
  Select,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import type { Jurisdiction, MatterType } from '../api/types';
import { useNt, type NotarizationKey } from '../i18n/use-nt';
import { fileListOf } from '@web/api/uploads';

export interface ApplicationValues {
  matterType?: string;
  name: string;
  idNumber: string;
  phone?: string;
  purpose: string;
  useCountry?: string;
  jurisdiction: Jurisdiction;
  legalAid: boolean;
  legalAidReference?: string;
  willAppearInPerson: boolean;
  materials?: UploadFile[];
}

export const JURISDICTION_FIELDS = [
  'domicile',
  'habitualResidence',
  'actPlace',
  'factPlace',
  'propertyLocation',
] as const;

/** The fields of an application, shared by the citizen's page and the counter intake. */
export function ApplicationFields({ matters, online }: { matters: MatterType[]; online: boolean }) {
  const nt = useNt();
  const form = Form.useFormInstance<ApplicationValues>();
  const matterCode = Form.useWatch('matterType', form);
  const legalAid = Form.useWatch('legalAid', form);
  const matter = matters.find((m) => m.code === matterCode);
  const required = [{ required: true, whitespace: true, message: nt('notarization.required') }];

  return (
    <>
      <Form.Item name="matterType" label={nt('notarization.apply.matter')} rules={required}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={matters.map((m) => ({ value: m.code, label: m.label }))}
          data-testid="matter-select"
        />
      </Form.Item>
      {matter && (
        <Alert
          type={matter.inPerson ? 'warning' : 'info'}
          style={{ marginBottom: 16 }}
          data-testid="matter-info"
          title={nt('notarization.apply.fee', { fee: matter.feeYuan })}
          description={
            <>
              <Typography.Text strong>{nt('notarization.apply.materials')}</Typography.Text>
              <ul style={{ paddingInlineStart: 20, margin: '4px 0' }}>
                {matter.materials.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              {matter.inPerson && <div>{nt('notarization.apply.inPerson')}</div>}
            </>
          }
        />
      )}
      {online && matter?.inPerson && (
        <Form.Item name="willAppearInPerson" valuePropName="checked">
          <Checkbox>{nt('notarization.apply.willAppear')}</Checkbox>
        </Form.Item>
      )}
      <Typography.Title level={5}>{nt('notarization.apply.applicant')}</Typography.Title>
      <Form.Item name="name" label={nt('notarization.apply.name')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="idNumber" label={nt('notarization.apply.idNumber')} rules={required}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="phone" label={nt('notarization.apply.phone')}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="purpose" label={nt('notarization.apply.purpose')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="useCountry" label={nt('notarization.apply.useCountry')}>
        <Input maxLength={50} />
      </Form.Item>
      <Typography.Title level={5}>{nt('notarization.apply.jurisdiction')}</Typography.Title>
      {JURISDICTION_FIELDS.map((field) => (
        <Form.Item
          key={field}
          name={['jurisdiction', field]}
          label={nt(`notarization.apply.${field}` as NotarizationKey)}
          rules={[{ pattern: /^\d{4,12}$/, message: nt('notarization.apply.regionFormat') }]}
        >
          <Input maxLength={12} inputMode="numeric" />
        </Form.Item>
      ))}
      <Form.Item name="legalAid" valuePropName="checked">
        <Checkbox>{nt('notarization.apply.legalAid')}</Checkbox>
      </Form.Item>
      {legalAid && (
        <Form.Item name="legalAidReference" label={nt('notarization.apply.legalAidReference')}>
          <Input maxLength={60} />
        </Form.Item>
      )}
      <Form.Item
        name="materials"
        label={nt('notarization.apply.upload')}
        valuePropName="fileList"
        getValueFromEvent={fileListOf}
      >
        <Upload multiple beforeUpload={() => false} data-testid="materials-upload">
          <Button icon={<UploadOutlined />}>{nt('notarization.apply.upload')}</Button>
        </Upload>
      </Form.Item>
    </>
  );
}
