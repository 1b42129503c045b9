import { Checkbox, DatePicker, Form, Input, Switch } from 'antd';
import { useRt } from '../../i18n/use-rt';
import { DATE_FORMAT, afterToday } from '../../lib/dates';

/** 被申请人, the contested act and the dates that decide whether the application is in time. */
export function ActSection() {
  const rt = useRt();
  const informed = Form.useWatch('informedOfRight') as boolean | undefined;
  const required = [{ required: true, whitespace: true, message: rt('reconsideration.required') }];
  return (
    <>
      <Form.Item
        name="respondentName"
        label={rt('reconsideration.field.respondent')}
        extra={rt('reconsideration.field.respondentHint')}
        rules={required}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="respondentCreditCode" label={rt('reconsideration.field.respondentCode')}>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="contestedAct"
        label={rt('reconsideration.field.contestedAct')}
        extra={rt('reconsideration.field.contestedActHint')}
        rules={required}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="actDate" label={rt('reconsideration.field.actDate')}>
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="knewDate"
        label={rt('reconsideration.field.knewDate')}
        extra={rt('reconsideration.field.knewDateHint')}
        rules={[{ required: true, message: rt('reconsideration.required') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="informedOfRight"
        label={rt('reconsideration.field.informedOfRight')}
        valuePropName="checked"
        extra={rt('reconsideration.field.informedOfRightHint')}
      >
        <Switch
          checkedChildren={rt('reconsideration.yes')}
          unCheckedChildren={rt('reconsideration.no')}
        />
      </Form.Item>
      {informed === false && (
        <Form.Item
          name="learnedOfRightDate"
          label={rt('reconsideration.field.learnedOfRightDate')}
          extra={rt('reconsideration.field.learnedOfRightHint')}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="realProperty" valuePropName="checked">
        <Checkbox>{rt('reconsideration.field.realProperty')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** 复议请求, facts and reasons, and the optional requests beside them (Art. 13, 42, 72). */
export function RequestsSection() {
  const rt = useRt();
  const reviewDocument = Form.useWatch('reviewDocument') as boolean | undefined;
  const claimCompensation = Form.useWatch('claimCompensation') as boolean | undefined;
  const required = [{ required: true, whitespace: true, message: rt('reconsideration.required') }];
  return (
    <>
      <Form.Item
        name="requests"
        label={rt('reconsideration.field.requests')}
        extra={rt('reconsideration.field.requestsHint')}
        rules={required}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="factsAndReasons"
        label={rt('reconsideration.field.factsAndReasons')}
        rules={required}
      >
        <Input.TextArea rows={6} maxLength={20000} />
      </Form.Item>
      <Form.Item name="stopExecutionRequest" valuePropName="checked">
        <Checkbox>{rt('reconsideration.field.stopExecution')}</Checkbox>
      </Form.Item>
      <Form.Item name="reviewDocument" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{rt('reconsideration.field.reviewDocument')}</Checkbox>
      </Form.Item>
      {reviewDocument && (
        <Form.Item
          name="normativeDocumentReview"
          label={rt('reconsideration.field.normativeDocument')}
          extra={rt('reconsideration.field.normativeDocumentHint')}
          rules={required}
        >
          <Input maxLength={300} />
        </Form.Item>
      )}
      <Form.Item name="claimCompensation" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{rt('reconsideration.field.claimCompensation')}</Checkbox>
      </Form.Item>
      {claimCompensation && (
        <Form.Item
          name="compensationClaim"
          label={rt('reconsideration.field.compensationClaim')}
          rules={required}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}
