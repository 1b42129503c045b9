import { Alert, Checkbox, Form, InputNumber, Upload, Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useRt } from '../../i18n/use-rt';
import { fileListOf } from '@web/api/uploads';
import { useFileGuard } from './use-file-guard';

/** The facts of Art. 53 that let a case go the simplified procedure. */
export function SimplifiedSection() {
  const rt = useRt();
  const boxes = [
    ['onTheSpot', 'reconsideration.field.onTheSpot'],
    ['warningOrCriticism', 'reconsideration.field.warningOrCriticism'],
    ['informationDisclosure', 'reconsideration.field.informationDisclosure'],
    ['allPartiesAgree', 'reconsideration.field.allPartiesAgree'],
  ] as const;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={rt('reconsideration.apply.simplifiedHint')}
        style={{ marginBottom: 16 }}
      />
      {boxes.slice(0, 2).map(([name, label]) => (
        <Form.Item key={name} name={['simplifiedFacts', name]} valuePropName="checked" noStyle>
          <Checkbox style={{ display: 'flex', marginBottom: 12 }}>{rt(label)}</Checkbox>
        </Form.Item>
      ))}
      <Form.Item
        name={['simplifiedFacts', 'fineAmount']}
        label={rt('reconsideration.field.fineAmount')}
        extra={rt('reconsideration.field.fineAmountHint')}
      >
        <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
      </Form.Item>
      {boxes.slice(2).map(([name, label]) => (
        <Form.Item key={name} name={['simplifiedFacts', name]} valuePropName="checked" noStyle>
          <Checkbox style={{ display: 'flex', marginBottom: 12 }}>{rt(label)}</Checkbox>
        </Form.Item>
      ))}
    </>
  );
}

/** Evidence and other materials, sent with the application. */
export function AttachmentsSection() {
  const rt = useRt();
  const guard = useFileGuard();
  return (
    <Form.Item
      name="attachments"
      label={rt('reconsideration.field.attachments')}
      extra={rt('reconsideration.field.attachmentsHint')}
      valuePropName="fileList"
      getValueFromEvent={fileListOf}
    >
      <Upload beforeUpload={guard} multiple maxCount={20}>
        <Button icon={<UploadOutlined />}>{rt('reconsideration.chooseFiles')}</Button>
      </Upload>
    </Form.Item>
  );
}
