import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Select, Upload } from 'antd';
import { useRt } from '../../i18n/use-rt';
import { fileListOf } from '@web/api/uploads';
import { useDistricts } from '../../api/public';
import { NEW_APPLICANT, type PartyValues } from './application-values';
import { useFileGuard } from './use-file-guard';

/** 复议机关: 广州市人民政府 or a district government. */
export function AuthoritySection() {
  const rt = useRt();
  const districts = useDistricts();
  const options = [
    { value: '4401', label: rt('reconsideration.authority.city') },
    ...(districts.data ?? []).map((district) => ({
      value: district.code,
      label: rt('reconsideration.authority.district', { name: district.name }),
    })),
  ];
  return (
    <Form.Item
      name="authorityRegionCode"
      label={rt('reconsideration.field.authority')}
      extra={rt('reconsideration.field.authorityHint')}
      rules={[{ required: true, message: rt('reconsideration.field.authorityRequired') }]}
    >
      <Select
        options={options}
        loading={districts.isPending}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Form.Item>
  );
}

function ApplicantFields({ index }: { index: number }) {
  const rt = useRt();
  const kind = Form.useWatch(['applicants', index, 'kind']) as PartyValues['kind'] | undefined;
  const person = kind !== 'organization';
  return (
    <>
      <Form.Item name={[index, 'kind']} label={rt('reconsideration.field.partyKind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: rt('reconsideration.party.person') },
            { value: 'organization', label: rt('reconsideration.party.organization') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={[index, 'name']}
        label={rt(person ? 'reconsideration.field.personName' : 'reconsideration.field.orgName')}
        rules={[{ required: true, whitespace: true, message: rt('reconsideration.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      {person ? (
        <Form.Item
          name={[index, 'idNumber']}
          label={rt('reconsideration.field.idNumber')}
          rules={[{ required: true, whitespace: true, message: rt('reconsideration.required') }]}
        >
          <Input maxLength={18} autoComplete="off" inputMode="text" />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name={[index, 'creditCode']}
            label={rt('reconsideration.field.creditCode')}
            rules={[{ required: true, whitespace: true, message: rt('reconsideration.required') }]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={[index, 'legalRepresentative']}
            label={rt('reconsideration.field.legalRepresentative')}
            rules={[{ required: true, whitespace: true, message: rt('reconsideration.required') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name={[index, 'phone']}
        label={rt('reconsideration.field.phone')}
        extra={rt('reconsideration.field.phoneHint')}
      >
        <Input maxLength={20} inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name={[index, 'address']} label={rt('reconsideration.field.address')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}

/** 申请人: natural persons or organizations (Art. 14). */
export function ApplicantsSection() {
  const rt = useRt();
  return (
    <Form.List name="applicants">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, position) => (
            <Card
              key={field.key}
              size="small"
              title={rt('reconsideration.apply.applicantN', { n: position + 1 })}
              style={{ marginBottom: 12 }}
              extra={
                fields.length > 1 ? (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={rt('reconsideration.remove')}
                    onClick={() => remove(field.name)}
                  />
                ) : null
              }
            >
              <ApplicantFields index={field.name} />
            </Card>
          ))}
          <Button block icon={<PlusOutlined />} onClick={() => add({ ...NEW_APPLICANT })}>
            {rt('reconsideration.apply.addApplicant')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 代理人: at most two per party, each with a written mandate (Art. 17). */
export function AgentsSection() {
  const rt = useRt();
  const guard = useFileGuard();
  const applicants = (Form.useWatch('applicants') as PartyValues[] | undefined) ?? [];
  const applicantOptions = applicants.map((applicant, index) => ({
    value: index,
    label: applicant?.name?.trim() || rt('reconsideration.apply.applicantN', { n: index + 1 }),
  }));
  return (
    <Form.List name="agents">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, position) => (
            <Card
              key={field.key}
              size="small"
              title={rt('reconsideration.apply.agentN', { n: position + 1 })}
              style={{ marginBottom: 12 }}
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
                name={[field.name, 'name']}
                label={rt('reconsideration.field.agentName')}
                rules={[
                  { required: true, whitespace: true, message: rt('reconsideration.required') },
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'idNumber']}
                label={rt('reconsideration.field.idNumber')}
              >
                <Input maxLength={18} autoComplete="off" />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} label={rt('reconsideration.field.phone')}>
                <Input maxLength={20} inputMode="tel" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'forApplicant']}
                label={rt('reconsideration.field.forApplicant')}
              >
                <Select options={applicantOptions} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'mandate']}
                label={rt('reconsideration.field.mandate')}
                valuePropName="fileList"
                getValueFromEvent={fileListOf}
                rules={[
                  {
                    required: true,
                    type: 'array',
                    min: 1,
                    message: rt('reconsideration.field.mandateRequired'),
                  },
                ]}
              >
                <Upload beforeUpload={guard} maxCount={1}>
                  <Button>{rt('reconsideration.chooseFile')}</Button>
                </Upload>
              </Form.Item>
            </Card>
          ))}
          <Button
            block
            icon={<PlusOutlined />}
            onClick={() => add({ forApplicant: 0, mandate: [] })}
          >
            {rt('reconsideration.apply.addAgent')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
