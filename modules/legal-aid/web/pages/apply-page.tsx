import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Descriptions,
  Form,
  Input,
  Result,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { Link } from 'react-router-dom';
import { submitApplication, useMeta } from '../api/legal-aid';
import type { ApplicationInput, ApplicationReceipt } from '../api/types';
import { EligibilityTable } from '../components/eligibility-table';
import { FACTS_DEFAULTS, FactsFields, type FactsValues, toFacts } from '../components/facts-fields';
import { PublicCard } from '../components/public-card';
import { useLa } from '../i18n/use-la';
import { fileListOf, optionalText, toTitledFiles } from '@web/api/uploads';

export interface ApplicationValues extends FactsValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  matterSummary?: string;
  materials?: UploadFile[];
}

export async function toApplication(values: ApplicationValues): Promise<ApplicationInput> {
  const { place, ...facts } = toFacts(values);
  return {
    ...facts,
    applicant: {
      name: values.name?.trim() ?? '',
      idNumber: values.idNumber?.trim() ?? '',
      phone: optionalText(values.phone),
    },
    place: place!,
    matterSummary: values.matterSummary?.trim() ?? '',
    materials: await toTitledFiles(values.materials),
  };
}

/** The applicant, the matter and the materials; the facts the rules read. */
export function ApplicantFields() {
  const la = useLa();
  const required = [{ required: true, whitespace: true, message: la('legal-aid.required') }];
  return (
    <>
      <Typography.Title level={5}>{la('legal-aid.apply.applicant')}</Typography.Title>
      <Form.Item name="name" label={la('legal-aid.apply.name')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="idNumber" label={la('legal-aid.apply.idNumber')} rules={required}>
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="phone" label={la('legal-aid.apply.phone')}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="matterSummary" label={la('legal-aid.apply.summary')} rules={required}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item
        name="materials"
        label={la('legal-aid.apply.materials')}
        valuePropName="fileList"
        getValueFromEvent={fileListOf}
      >
        <Upload multiple beforeUpload={() => false}>
          <Button icon={<UploadOutlined />}>{la('legal-aid.apply.upload')}</Button>
        </Upload>
      </Form.Item>
    </>
  );
}

export function ReceiptView({ receipt }: { receipt: ApplicationReceipt }) {
  const la = useLa();
  return (
    <>
      <Result
        status="success"
        title={la('legal-aid.apply.done')}
        subTitle={
          <Descriptions column={1} size="small">
            <Descriptions.Item label={la('legal-aid.apply.caseNumber')}>
              <span data-testid="receipt-case-number">{receipt.caseNumber}</span>
            </Descriptions.Item>
            <Descriptions.Item label={la('legal-aid.apply.trackingCode')}>
              <Typography.Text strong copyable data-testid="receipt-tracking-code">
                {receipt.trackingCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={la('legal-aid.apply.centre')}>
              {receipt.centreName}
            </Descriptions.Item>
            <Descriptions.Item label={la('legal-aid.track.state')}>
              {receipt.stateLabel}
            </Descriptions.Item>
          </Descriptions>
        }
      />
      <Alert
        type="warning"
        showIcon
        title={la('legal-aid.apply.trackingHint')}
        style={{ marginBottom: 16 }}
      />
      {receipt.decideBy && (
        <Typography.Paragraph>
          {la('legal-aid.apply.decideBy', { date: receipt.decideBy })}
        </Typography.Paragraph>
      )}
      {receipt.eligibility && <EligibilityTable result={receipt.eligibility} />}
    </>
  );
}

/** 网上申请法律援助: the reply gives the case number and the tracking code, once. */
export function ApplyPage() {
  const la = useLa();
  const meta = useMeta();
  const [form] = Form.useForm<ApplicationValues>();
  const submit = useMutation({
    mutationFn: async (values: ApplicationValues) => submitApplication(await toApplication(values)),
  });

  if (meta.isPending) return <PageSpin />;
  if (meta.error) return <ErrorAlert error={meta.error} onRetry={() => void meta.refetch()} />;

  return (
    <PublicCard title={la('legal-aid.public.apply')}>
      {submit.data ? (
        <>
          <ReceiptView receipt={submit.data} />
          <Link to="/public/legal-aid/track">
            <Button block>{la('legal-aid.apply.toTrack')}</Button>
          </Link>
        </>
      ) : (
        <Form<ApplicationValues>
          form={form}
          layout="vertical"
          autoComplete="off"
          initialValues={FACTS_DEFAULTS}
          onFinish={(values) => submit.mutate(values)}
          data-testid="apply-form"
        >
          <FactsFields meta={meta.data} placeRequired />
          <ApplicantFields />
          {submit.error && <ErrorAlert error={submit.error} testId="apply-error" />}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submit.isPending}
            data-testid="apply-submit"
          >
            {la('legal-aid.apply.submit')}
          </Button>
        </Form>
      )}
    </PublicCard>
  );
}
