import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Radio, Upload } from 'antd';
import type { CaseDetail } from '../../api/types';
import type { ReconsiderationKey } from '../../i18n/messages';
import { useRt } from '../../i18n/use-rt';
import { fileListOf } from '@web/api/uploads';
import { useFileGuard } from '../application/use-file-guard';
import {
  AssignFields,
  DecisionDraftFields,
  DecisionSummary,
  ExtendFields,
  HearingFields,
  SuspendFields,
} from './action-fields-review';
import { DateField, TextField } from './modal-fields';

function FilesField({ name, label }: { name: string; label: ReconsiderationKey }) {
  const rt = useRt();
  const guard = useFileGuard();
  return (
    <Form.Item
      name={name}
      label={rt(label)}
      valuePropName="fileList"
      getValueFromEvent={fileListOf}
    >
      <Upload beforeUpload={guard} multiple maxCount={20}>
        <Button icon={<UploadOutlined />}>{rt('reconsideration.chooseFiles')}</Button>
      </Upload>
    </Form.Item>
  );
}

/** 补正事项: every missing item at once (Art. 31). */
function CorrectionItems() {
  const rt = useRt();
  return (
    <Form.Item label={rt('reconsideration.action.items')} required>
      <Alert type="info" showIcon title={rt('reconsideration.action.itemsHint')} />
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item
                  name={field.name}
                  style={{ flex: 1, marginBottom: 0 }}
                  rules={[
                    { required: true, whitespace: true, message: rt('reconsideration.required') },
                  ]}
                >
                  <Input maxLength={500} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={rt('reconsideration.remove')}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add('')} data-testid="add-item">
              {rt('reconsideration.action.addItem')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The fields of one action, as `actionBodies` in contract.ts needs them. */
export function ActionFields({ action, detail }: { action: string; detail: CaseDetail }) {
  const rt = useRt();
  switch (action) {
    case 'request_correction':
      return <CorrectionItems />;
    case 'supply_correction':
      return (
        <>
          <FilesField name="materials" label="reconsideration.supply.materials" />
          <Form.Item name="statement" label={rt('reconsideration.supply.statement')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </>
      );
    case 'accept':
      return (
        <Form.Item
          name="procedure"
          label={rt('reconsideration.action.procedure')}
          extra={rt(
            detail.simplifiedEligible
              ? 'reconsideration.action.simplifiedEligible'
              : 'reconsideration.action.simplifiedNotEligible',
          )}
        >
          <Radio.Group
            options={(['ordinary', 'simplified'] as const).map((value) => ({
              value,
              label: rt(`reconsideration.procedure.${value}`),
            }))}
          />
        </Form.Item>
      );
    case 'reject':
      return (
        <>
          <TextField
            name="reasons"
            label="reconsideration.action.rejectReasons"
            rows={4}
            max={5000}
          />
          <Form.Item
            name="competentBody"
            label={rt('reconsideration.action.competentBody')}
            extra={rt('reconsideration.action.competentBodyHint')}
          >
            <Input maxLength={200} />
          </Form.Item>
        </>
      );
    case 'send_copy':
      return <DateField name="sentDate" label="reconsideration.action.sentDate" />;
    case 'record_answer':
      return (
        <>
          <DateField name="receivedDate" label="reconsideration.action.answerDate" />
          <TextField
            name="summary"
            label="reconsideration.action.answerSummary"
            rows={4}
            max={20000}
          />
          <FilesField name="attachments" label="reconsideration.action.answerFiles" />
        </>
      );
    case 'schedule_hearing':
      return <HearingFields />;
    case 'record_hearing':
      return (
        <>
          <TextField
            name="record"
            label="reconsideration.action.hearingRecord"
            rows={8}
            max={50000}
          />
          <Form.Item name="applicantAbsent">
            <Radio.Group
              options={[
                { value: false, label: rt('reconsideration.action.applicantPresent') },
                { value: true, label: rt('reconsideration.action.applicantAbsent') },
              ]}
            />
          </Form.Item>
        </>
      );
    case 'switch_to_ordinary':
      return (
        <TextField name="reason" label="reconsideration.action.switchReason" rows={3} max={1000} />
      );
    case 'extend':
      return <ExtendFields />;
    case 'suspend':
      return <SuspendFields />;
    case 'draft_decision':
      return <DecisionDraftFields />;
    case 'return_draft':
    case 'approve_decision':
    case 'serve':
      return (
        <>
          <DecisionSummary detail={detail} />
          {action === 'serve' && (
            <>
              <Form.Item name="method" label={rt('reconsideration.action.serveMethod')}>
                <Radio.Group
                  options={(['direct', 'mail', 'electronic', 'announcement'] as const).map(
                    (value) => ({ value, label: rt(`reconsideration.serve.${value}`) }),
                  )}
                />
              </Form.Item>
              <DateField name="servedDate" label="reconsideration.action.servedDate" />
            </>
          )}
        </>
      );
    case 'assign':
      return <AssignFields caseId={detail.id} />;
    default:
      return null;
  }
}
