import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type IntakeKind, registerIntake, useMeta } from '../api/legal-aid';
import type { ApplicationReceipt, Meta } from '../api/types';
import { districtOptions, FACTS_DEFAULTS, FactsFields } from '../components/facts-fields';
import { useLa } from '../i18n/use-la';
import { optionalText } from '@web/api/uploads';
import { ApplicantFields, type ApplicationValues, toApplication } from './apply-page';

interface IntakeValues extends ApplicationValues {
  receivedDate?: Dayjs;
  facility?: string;
  requestedAt?: Dayjs;
  forwardedAt?: Dayjs;
  authorityKind?: string;
  authorityRegion?: string;
  noticeNumber?: string;
  personName?: string;
  personId?: string;
  ground?: string;
  charge?: string;
}

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD') ?? '';

async function toBody(kind: IntakeKind, v: IntakeValues): Promise<object> {
  if (kind === 'notices')
    return {
      authorityKind: v.authorityKind,
      authorityName: v.authorityName?.trim(),
      authorityRegionCode: v.authorityRegion,
      noticeNumber: v.noticeNumber?.trim(),
      receivedDate: day(v.receivedDate),
      person: { name: v.personName?.trim(), idNumber: optionalText(v.personId) },
      mandatoryGround: v.ground,
      charge: optionalText(v.charge),
      matterSummary: v.matterSummary?.trim(),
    };
  const application = await toApplication(v);
  if (kind === 'cases') return { ...application, receivedDate: day(v.receivedDate) };
  return {
    ...application,
    facility: v.facility?.trim(),
    requestedAt: v.requestedAt?.toISOString(),
    forwardedAt: v.forwardedAt?.toISOString(),
  };
}

function NoticeFields({ meta }: { meta: Meta }) {
  const la = useLa();
  const required = [{ required: true, message: la('legal-aid.required') }];
  const options = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }));
  return (
    <>
      <Form.Item name="authorityKind" label={la('legal-aid.intake.authorityKind')} rules={required}>
        <Select options={options(meta.authorityKinds)} />
      </Form.Item>
      <Form.Item name="authorityName" label={la('legal-aid.facts.authorityName')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="authorityRegion"
        label={la('legal-aid.intake.authorityRegion')}
        rules={required}
      >
        <Select options={districtOptions(meta, la('legal-aid.facts.cityLevel'))} />
      </Form.Item>
      <Form.Item name="noticeNumber" label={la('legal-aid.intake.noticeNumber')} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="receivedDate" label={la('legal-aid.intake.noticeDate')} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="personName" label={la('legal-aid.intake.person')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="personId" label={la('legal-aid.duty.idNumber')}>
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="ground" label={la('legal-aid.intake.ground')} rules={required}>
        <Select options={options(meta.mandatoryGrounds)} />
      </Form.Item>
      <Form.Item name="charge" label={la('legal-aid.intake.charge')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="matterSummary" label={la('legal-aid.intake.summary')} rules={required}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </>
  );
}

function IntakeForm({ kind, meta }: { kind: IntakeKind; meta: Meta }) {
  const la = useLa();
  const [form] = Form.useForm<IntakeValues>();
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  const submit = useMutation({
    mutationFn: async (v: IntakeValues) => registerIntake(kind, await toBody(kind, v)),
    onSuccess: (r) => {
      setReceipt(r);
      form.resetFields();
    },
  });
  const required = [{ required: true, message: la('legal-aid.required') }];
  return (
    <Form<IntakeValues>
      form={form}
      layout="vertical"
      autoComplete="off"
      initialValues={{ ...FACTS_DEFAULTS, receivedDate: dayjs() }}
      onFinish={(v) => {
        setReceipt(null);
        submit.mutate(v);
      }}
      data-testid={`intake-form-${kind}`}
    >
      {receipt && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="intake-receipt"
          title={la('legal-aid.intake.registered', { caseNumber: receipt.caseNumber })}
          action={
            <Link to={`/legal-aid/cases/${receipt.caseId}`}>{la('legal-aid.intake.openCase')}</Link>
          }
        />
      )}
      {kind === 'notices' ? (
        <NoticeFields meta={meta} />
      ) : (
        <>
          {kind === 'cases' ? (
            <Form.Item
              name="receivedDate"
              label={la('legal-aid.intake.receivedDate')}
              rules={required}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="facility" label={la('legal-aid.intake.facility')} rules={required}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name="requestedAt"
                label={la('legal-aid.intake.requestedAt')}
                rules={required}
              >
                <DatePicker showTime style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="forwardedAt"
                label={la('legal-aid.intake.forwardedAt')}
                rules={required}
              >
                <DatePicker showTime style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          <FactsFields meta={meta} placeRequired />
          <ApplicantFields />
        </>
      )}
      {submit.error && <ErrorAlert error={submit.error} testId="intake-error" />}
      <Button
        type="primary"
        htmlType="submit"
        loading={submit.isPending}
        data-testid="intake-submit"
      >
        {la('legal-aid.intake.submit')}
      </Button>
    </Form>
  );
}

/** 受理登记: an application at the window, one forwarded from detention, a 公检法 notice. */
export function IntakePage() {
  const la = useLa();
  const meta = useMeta();
  if (meta.isPending) return <PageSpin />;
  if (meta.error) return <ErrorAlert error={meta.error} onRetry={() => void meta.refetch()} />;
  return (
    <Card title={la('legal-aid.intake.title')}>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'cases',
            label: la('legal-aid.intake.window'),
            children: <IntakeForm kind="cases" meta={meta.data} />,
          },
          {
            key: 'forwarded',
            label: la('legal-aid.intake.detention'),
            children: <IntakeForm kind="forwarded" meta={meta.data} />,
          },
          {
            key: 'notices',
            label: la('legal-aid.intake.notice'),
            children: <IntakeForm kind="notices" meta={meta.data} />,
          },
        ]}
      />
    </Card>
  );
}
