import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useMediationMeta, useRoutedCommittee } from '../api/mediation';
import { useMt } from '../i18n/use-mt';
import type { DisputeValues } from './dispute-form';
import { RegionPicker } from './region-picker';

function PartyFields({ prefix, strict }: { prefix: (string | number)[]; strict: boolean }) {
  const mt = useMt();
  const required = [{ required: true, whitespace: true, message: mt('mediation.required') }];
  return (
    <>
      <Form.Item name={[...prefix, 'kind']} label={mt('mediation.apply.kind')}>
        <Radio.Group
          options={[
            { value: 'person', label: mt('mediation.apply.person') },
            { value: 'organization', label: mt('mediation.apply.organization') },
          ]}
        />
      </Form.Item>
      <Form.Item name={[...prefix, 'name']} label={mt('mediation.apply.name')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item noStyle dependencies={[[...prefix, 'kind']]}>
        {({ getFieldValue }) =>
          getFieldValue([...prefix, 'kind']) === 'organization' ? (
            <Form.Item
              name={[...prefix, 'creditCode']}
              label={mt('mediation.apply.creditCode')}
              rules={strict ? required : []}
            >
              <Input maxLength={18} />
            </Form.Item>
          ) : (
            <Form.Item
              name={[...prefix, 'idNumber']}
              label={mt('mediation.apply.idNumber')}
              rules={strict ? required : []}
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        name={[...prefix, 'phone']}
        label={mt('mediation.apply.phone')}
        rules={strict ? required : []}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name={[...prefix, 'address']} label={mt('mediation.apply.address')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}

/**
 * The dispute and its parties, shared by the public application and the staff intake. The
 * committee that will take the dispute is shown as soon as the type and place are chosen.
 */
export function DisputeFields({
  form,
  strictApplicant,
}: {
  form: FormInstance<DisputeValues>;
  strictApplicant: boolean;
}) {
  const mt = useMt();
  const meta = useMediationMeta();
  const disputeType = Form.useWatch('disputeType', form);
  const placeCode = Form.useWatch('placeCode', form);
  const routed = useRoutedCommittee(placeCode, disputeType);
  const required = [{ required: true, whitespace: true, message: mt('mediation.required') }];
  const types = Object.entries(meta.data?.disputeTypes ?? {}).map(([value, label]) => ({
    value,
    label,
  }));

  return (
    <>
      <Divider titlePlacement="start">{mt('mediation.apply.dispute')}</Divider>
      <Form.Item
        name="disputeType"
        label={mt('mediation.apply.type')}
        rules={[{ required: true, message: mt('mediation.required') }]}
      >
        <Select
          options={types}
          data-testid="dispute-type"
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item
        name="placeCode"
        label={mt('mediation.apply.place')}
        extra={mt('mediation.apply.placeHelp')}
        rules={[{ required: true, message: mt('mediation.required') }]}
      >
        <RegionPicker anyLevel testId="place-picker" />
      </Form.Item>
      {routed.data && (
        <Alert
          style={{ marginBottom: 16 }}
          type={routed.data.committee ? 'info' : 'warning'}
          data-testid="routed-committee"
          title={
            routed.data.committee
              ? `${mt('mediation.apply.committee')}：${routed.data.committee.name}`
              : mt('mediation.apply.noCommittee')
          }
          description={routed.data.committee?.address ?? undefined}
        />
      )}
      <Form.Item name="facts" label={mt('mediation.apply.facts')} rules={required}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item name="claims" label={mt('mediation.apply.claims')} rules={required}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="amountYuan" label={mt('mediation.apply.amount')}>
        <InputNumber min={0} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Divider titlePlacement="start">{mt('mediation.apply.applicant')}</Divider>
      <PartyFields prefix={['applicant']} strict={strictApplicant} />
      <Form.List name="respondents">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key}>
                <Divider titlePlacement="start">
                  {mt('mediation.apply.respondent')} {fields.length > 1 ? index + 1 : ''}
                  {fields.length > 1 && (
                    <MinusCircleOutlined
                      style={{ marginLeft: 8 }}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Divider>
                <PartyFields prefix={[field.name]} strict={false} />
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'person' })}
              block
              style={{ marginBottom: 16 }}
            >
              {mt('mediation.apply.addRespondent')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
