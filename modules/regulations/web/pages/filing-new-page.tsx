import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { showErrorOnFields } from '@web/components/form-errors';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { fileDocument, useFilingSettings } from '../components/filing-api';
import { useFt } from '../components/use-ft';

interface FilingValues {
  title: string;
  issuingBody: string;
  documentNumber: string;
  publishedOn: Dayjs;
  effectiveOn?: Dayjs;
  validUntil?: Dayjs;
  text: string;
  superiorLaws?: { workKey?: string; articles?: string }[];
}

const FIELDS = ['title', 'issuingBody', 'documentNumber', 'publishedOn', 'text'] as const;
const DATE = 'YYYY-MM-DD';
const day = (d: Dayjs | undefined) => (d ? d.format(DATE) : undefined);

/** 报备: the form a district or department files a normative document with. */
export function FilingNewPage() {
  const ft = useFt();
  const [form] = Form.useForm<FilingValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const settings = useFilingSettings();
  const submit = useMutation({
    mutationFn: (v: FilingValues) =>
      fileDocument({
        title: v.title,
        issuingBody: v.issuingBody,
        documentNumber: v.documentNumber,
        publishedOn: day(v.publishedOn)!,
        effectiveOn: day(v.effectiveOn),
        validUntil: day(v.validUntil),
        text: v.text,
        superiorLaws: (v.superiorLaws ?? [])
          .filter((law) => law.workKey?.trim())
          .map((law) => ({
            workKey: law.workKey!.trim(),
            articles: (law.articles ?? '')
              .split(/[,，、\s]+/)
              .map((a) => a.trim())
              .filter(Boolean),
          })),
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['regulations', 'filings'] });
      void message.success(ft('regulations.filing.filed', { caseNumber: created.caseNumber }));
      navigate(`/regulations/filings/${created.id}`);
    },
    onError: (error) => showErrorOnFields(form, error, FIELDS),
  });
  const required = [{ required: true, message: ft('regulations.required') }];

  return (
    <Card title={ft('regulations.filing.new.title')} style={{ maxWidth: 900 }}>
      <Typography.Paragraph type="secondary">
        {ft('regulations.filing.new.intro', { days: settings.data?.filingDays ?? 30 })}
      </Typography.Paragraph>
      <Form<FilingValues>
        form={form}
        layout="vertical"
        autoComplete="off"
        onFinish={(values) => submit.mutate(values)}
        data-testid="filing-form"
      >
        <Form.Item name="title" label={ft('regulations.filing.field.title')} rules={required}>
          <Input id="filing-title" maxLength={200} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="issuingBody"
            label={ft('regulations.filing.field.issuingBody')}
            rules={required}
            style={{ flex: '1 1 260px' }}
          >
            <Input id="filing-body" maxLength={100} />
          </Form.Item>
          <Form.Item
            name="documentNumber"
            label={ft('regulations.filing.field.documentNumber')}
            rules={required}
            style={{ flex: '1 1 220px' }}
          >
            <Input id="filing-number" placeholder="穗府办规〔2026〕3号" maxLength={50} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name="publishedOn"
            label={ft('regulations.filing.field.publishedOn')}
            rules={required}
          >
            <DatePicker
              id="filing-published"
              format={DATE}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
          <Form.Item
            name="effectiveOn"
            label={ft('regulations.filing.field.effectiveOn')}
            extra={ft('regulations.filing.field.effectiveOnHint')}
          >
            <DatePicker id="filing-effective" format={DATE} />
          </Form.Item>
          <Form.Item
            name="validUntil"
            label={ft('regulations.filing.field.validUntil')}
            extra={ft('regulations.filing.field.validUntilHint', {
              years: settings.data?.validityYears ?? 5,
            })}
          >
            <DatePicker id="filing-valid-until" format={DATE} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="text"
          label={ft('regulations.filing.field.text')}
          extra={ft('regulations.filing.field.textHint')}
          rules={required}
        >
          <Input.TextArea id="filing-text" autoSize={{ minRows: 8, maxRows: 24 }} />
        </Form.Item>
        <Typography.Text strong>{ft('regulations.filing.field.superiorLaws')}</Typography.Text>
        <Form.List name="superiorLaws" initialValue={[{}]}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, 'workKey']} noStyle>
                    <Input
                      placeholder={ft('regulations.filing.field.workKey')}
                      style={{ width: 240 }}
                      data-testid="filing-law"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'articles']} noStyle>
                    <Input
                      placeholder={ft('regulations.filing.field.articles')}
                      style={{ width: 300 }}
                      data-testid="filing-law-articles"
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                {ft('regulations.filing.field.addLaw')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {submit.error && <ErrorAlert error={submit.error} testId="filing-error" />}
        <Button
          type="primary"
          htmlType="submit"
          loading={submit.isPending}
          data-testid="filing-submit"
        >
          {ft('regulations.filing.submit')}
        </Button>
      </Form>
    </Card>
  );
}
