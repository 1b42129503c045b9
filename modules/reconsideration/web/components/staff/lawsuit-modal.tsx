import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { lawsuitsQueryKey, recordLawsuit } from '../../api/cases';
import { useDistricts } from '../../api/public';
import { useRt } from '../../i18n/use-rt';
import { DATE_FORMAT, afterToday, optionalText, toLegalDate } from '../../lib/dates';

interface LawsuitValues {
  organName: string;
  regionCode: string;
  court: string;
  courtCaseNumber: string;
  filedDate: Dayjs;
  hearingDates?: { date: Dayjs; headAppeared?: boolean; appearedName?: string }[];
  outcome?: string;
}

/** 登记行政应诉案件: the court case and, per hearing, whether the organ's head appeared. */
export function LawsuitModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const rt = useRt();
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const [form] = Form.useForm<LawsuitValues>();
  const mutation = useMutation({
    mutationFn: (values: LawsuitValues) =>
      recordLawsuit({
        organName: values.organName.trim(),
        regionCode: values.regionCode,
        court: values.court.trim(),
        courtCaseNumber: values.courtCaseNumber.trim(),
        filedDate: toLegalDate(values.filedDate) ?? '',
        hearingDates: (values.hearingDates ?? []).map((hearing) => ({
          date: toLegalDate(hearing.date) ?? '',
          headAppeared: hearing.headAppeared ?? false,
          appearedName: optionalText(hearing.appearedName) ?? null,
        })),
        outcome: optionalText(values.outcome),
      }),
    onSuccess: () => {
      void message.success(rt('reconsideration.lawsuit.recorded'));
      void queryClient.invalidateQueries({ queryKey: lawsuitsQueryKey });
      onClose();
    },
  });
  const required = [{ required: true, whitespace: true, message: rt('reconsideration.required') }];
  const regions = [
    { value: '4401', label: rt('reconsideration.stats.city') },
    ...(districts.data ?? []).map((district) => ({ value: district.code, label: district.name })),
  ];

  return (
    <Modal
      open={open}
      title={rt('reconsideration.lawsuit.record')}
      okText={rt('reconsideration.action.submit')}
      cancelText={t('common.cancel')}
      onOk={form.submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      afterClose={() => mutation.reset()}
    >
      <Form<LawsuitValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ regionCode: '4401', hearingDates: [] }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item name="organName" label={rt('reconsideration.lawsuit.organ')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="regionCode" label={rt('reconsideration.lawsuit.region')}>
          <Select options={regions} />
        </Form.Item>
        <Form.Item name="court" label={rt('reconsideration.lawsuit.court')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="courtCaseNumber"
          label={rt('reconsideration.lawsuit.courtCaseNumber')}
          rules={required}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="filedDate"
          label={rt('reconsideration.lawsuit.filedDate')}
          rules={[{ required: true, message: rt('reconsideration.required') }]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={afterToday} />
        </Form.Item>
        <Form.List name="hearingDates">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={rt('reconsideration.lawsuit.hearingN', { n: index + 1 })}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={rt('reconsideration.remove')}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Form.Item
                    name={[field.name, 'date']}
                    label={rt('reconsideration.lawsuit.hearingDate')}
                    rules={[{ required: true, message: rt('reconsideration.required') }]}
                  >
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'headAppeared']}
                    label={rt('reconsideration.lawsuit.headAppeared')}
                    valuePropName="checked"
                  >
                    <Switch />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'appearedName']}
                    label={rt('reconsideration.lawsuit.appearedName')}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                </Card>
              ))}
              <Button
                block
                icon={<PlusOutlined />}
                onClick={() => add({ headAppeared: false })}
                style={{ marginBottom: 16 }}
              >
                {rt('reconsideration.lawsuit.addHearing')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="outcome" label={rt('reconsideration.lawsuit.outcome')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {mutation.error && <ErrorAlert error={mutation.error} />}
    </Modal>
  );
}
