import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Upload, type UploadFile } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { supplyMaterials, type TrackCredentials } from '../../api/public';
import type { TrackView } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { optionalText } from '../../lib/dates';
import { fileListOf, toTitledFiles } from '@web/api/uploads';
import { useFileGuard } from '../application/use-file-guard';

interface SupplyValues {
  materials: UploadFile[];
  statement?: string;
}

/** 补正: the items the office asked for, and the applicant's upload of them (Art. 31). */
export function SupplyForm({
  items,
  credentials,
  onUpdated,
}: {
  items: string[];
  credentials: TrackCredentials;
  onUpdated: (view: TrackView) => void;
}) {
  const rt = useRt();
  const { message } = App.useApp();
  const guard = useFileGuard();
  const [form] = Form.useForm<SupplyValues>();
  const mutation = useMutation({
    mutationFn: async (values: SupplyValues) =>
      supplyMaterials({
        ...credentials,
        materials: await toTitledFiles(values.materials),
        statement: optionalText(values.statement),
      }),
    onSuccess: (view) => {
      void message.success(rt('reconsideration.supply.done'));
      form.resetFields();
      onUpdated(view);
    },
  });

  return (
    <div data-testid="supply-form" style={{ marginBottom: 16 }}>
      <Alert
        type="warning"
        showIcon
        title={rt('reconsideration.supply.title')}
        description={
          <ol data-testid="correction-items" style={{ margin: 0, paddingInlineStart: 20 }}>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        }
        style={{ marginBottom: 12 }}
      />
      {mutation.error && <ErrorAlert error={mutation.error} />}
      <Form<SupplyValues>
        form={form}
        layout="vertical"
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          name="materials"
          label={rt('reconsideration.supply.materials')}
          valuePropName="fileList"
          getValueFromEvent={fileListOf}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: rt('reconsideration.supply.materialsRequired'),
            },
          ]}
        >
          <Upload beforeUpload={guard} multiple maxCount={20}>
            <Button icon={<UploadOutlined />}>{rt('reconsideration.chooseFiles')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="statement" label={rt('reconsideration.supply.statement')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={mutation.isPending}
          block
          data-testid="supply-submit"
        >
          {rt('reconsideration.supply.submit')}
        </Button>
      </Form>
    </div>
  );
}
