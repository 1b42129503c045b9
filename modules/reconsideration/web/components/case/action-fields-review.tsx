import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useHandlers } from '../../api/cases';
import { useReconsiderationMeta } from '../../api/public';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { DateField, TextField } from './modal-fields';

/** 听证: date (≥ 5 working days' notice), place, 1 presiding + ≥ 2 officers + clerk (Art. 51). */
export function HearingFields() {
  const rt = useRt();
  return (
    <>
      <DateField name="hearingDate" label="reconsideration.action.hearingDate" future />
      <TextField name="location" label="reconsideration.action.location" max={200} />
      <TextField name="presiding" label="reconsideration.action.presiding" max={50} />
      <Form.Item label={rt('reconsideration.action.officers')} required>
        <Form.List name="officers">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item
                    name={field.name}
                    style={{ flex: 1, marginBottom: 0 }}
                    rules={[
                      { required: true, whitespace: true, message: rt('reconsideration.required') },
                    ]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                  {fields.length > 2 && (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={rt('reconsideration.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                {rt('reconsideration.action.addOfficer')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <TextField name="clerk" label="reconsideration.action.clerk" max={50} />
    </>
  );
}

/** 延长审理期限: at most 30 days, approved by the head (Art. 62). */
export function ExtendFields() {
  const rt = useRt();
  return (
    <>
      <Form.Item
        name="days"
        label={rt('reconsideration.action.extendDays')}
        rules={[{ required: true, message: rt('reconsideration.required') }]}
      >
        <InputNumber min={1} max={30} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <TextField name="reason" label="reconsideration.action.extendReason" rows={3} max={1000} />
    </>
  );
}

/** 中止: one of the ten grounds of Art. 39. */
export function SuspendFields() {
  const rt = useRt();
  const meta = useReconsiderationMeta();
  return (
    <Form.Item
      name="ground"
      label={rt('reconsideration.action.ground')}
      rules={[{ required: true, message: rt('reconsideration.required') }]}
    >
      <Select
        loading={meta.isPending}
        options={Object.entries(meta.data?.suspensionGrounds ?? {}).map(([value, label]) => ({
          value,
          label: `（${value}）${label}`,
        }))}
        optionRender={(option) => <span style={{ whiteSpace: 'normal' }}>{option.label}</span>}
      />
    </Form.Item>
  );
}

/** 提请审批: the outcome, the facts found, the reasons and the legal basis. */
export function DecisionDraftFields() {
  const rt = useRt();
  const meta = useReconsiderationMeta();
  return (
    <>
      <Form.Item
        name="type"
        label={rt('reconsideration.action.decisionType')}
        rules={[{ required: true, message: rt('reconsideration.required') }]}
      >
        <Select
          loading={meta.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={Object.entries(meta.data?.outcomes ?? {}).map(([value, label]) => ({
            value,
            label,
          }))}
        />
      </Form.Item>
      <TextField name="summary" label="reconsideration.action.decisionSummary" rows={2} max={500} />
      <TextField
        name="reasons"
        label="reconsideration.action.decisionReasons"
        rows={6}
        max={50000}
      />
      <TextField name="legalBasis" label="reconsideration.action.legalBasis" rows={2} max={2000} />
    </>
  );
}

/** The decision awaiting approval or service, for the head and the handler to see what they do. */
export function DecisionSummary({ detail }: { detail: CaseDetail }) {
  const rt = useRt();
  const decision = detail.decision;
  if (!decision) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'type',
          label: rt('reconsideration.action.decisionType'),
          children: decision.typeLabel,
        },
        {
          key: 'summary',
          label: rt('reconsideration.action.decisionSummary'),
          children: decision.summary,
        },
        {
          key: 'basis',
          label: rt('reconsideration.action.legalBasis'),
          children: decision.legalBasis,
        },
      ]}
    />
  );
}

/** 分配承办人: a handler of the office, or none to let the rule choose. */
export function AssignFields({ caseId }: { caseId: string }) {
  const rt = useRt();
  const handlers = useHandlers(caseId, true);
  return (
    <Form.Item
      name="handlerId"
      label={rt('reconsideration.action.handler')}
      extra={rt('reconsideration.action.handlerHint')}
    >
      <Select
        allowClear
        loading={handlers.isPending}
        placeholder={rt('reconsideration.action.autoAssign')}
        options={(handlers.data ?? []).map((handler) => ({
          value: handler.id,
          disabled: handler.conflicted,
          label: rt(
            handler.conflicted
              ? 'reconsideration.action.handlerConflicted'
              : 'reconsideration.action.handlerOption',
            { name: handler.name, count: handler.openCases },
          ),
        }))}
      />
    </Form.Item>
  );
}
