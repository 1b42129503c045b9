import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, DatePicker, Drawer, Flex, Form, Input, Select, Switch } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import dayjs, { type Dayjs } from 'dayjs';
import { createCommittee, updateCommittee, useMediationMeta } from '../api/mediation';
import type { Committee, CommitteeInput } from '../api/types';
import { useMt } from '../i18n/use-mt';
import { RegionPicker } from './region-picker';

interface Values extends Omit<CommitteeInput, 'termStart' | 'termEnd'> {
  termStart: Dayjs;
  termEnd: Dayjs;
}

const LEVELS = ['community', 'street', 'district', 'industry'] as const;

function initial(committee: Committee | null): Partial<Values> {
  if (!committee)
    return {
      level: 'community',
      active: true,
      industryTypes: [],
      termStart: dayjs(),
      termEnd: dayjs().add(3, 'year').subtract(1, 'day'),
      members: [{ name: '', sex: 'female', post: 'chair' }],
    };
  return {
    ...committee,
    address: committee.address ?? undefined,
    phone: committee.phone ?? undefined,
    termStart: dayjs(committee.termStart),
    termEnd: dayjs(committee.termEnd),
  };
}

/** 设立 / 修改 a committee with its members; Art. 8–9 are checked by the server and shown. */
export function CommitteeDrawer({
  open,
  committee,
  onClose,
  onSaved,
}: {
  open: boolean;
  committee: Committee | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const mt = useMt();
  const meta = useMediationMeta();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: CommitteeInput = {
        ...v,
        termStart: v.termStart.format('YYYY-MM-DD'),
        termEnd: v.termEnd.format('YYYY-MM-DD'),
        industryTypes: v.industryTypes ?? [],
        members: v.members ?? [],
      };
      return committee
        ? updateCommittee(committee.id, { ...body, version: committee.version })
        : createCommittee(body);
    },
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const required = [{ required: true, whitespace: true, message: mt('mediation.required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={640}
      title={committee ? committee.name : mt('mediation.committees.new')}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={form.submit}
          data-testid="committee-save"
        >
          {mt('mediation.action.submit')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial(committee)}
        onFinish={(v) => save.mutate(v)}
        data-testid="committee-form"
      >
        <Form.Item name="name" label={mt('mediation.committees.name')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={mt('mediation.committees.shortName')} rules={required}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          name="level"
          label={mt('mediation.committees.level')}
          rules={[{ required: true }]}
        >
          <Select
            options={LEVELS.map((l) => ({ value: l, label: meta.data?.committeeLevels[l] ?? l }))}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={mt('mediation.committees.region')}
          rules={[{ required: true, message: mt('mediation.required') }]}
        >
          <RegionPicker anyLevel />
        </Form.Item>
        {level === 'industry' && (
          <Form.Item name="industryTypes" label={mt('mediation.committees.industryTypes')}>
            <Select
              mode="multiple"
              options={Object.entries(meta.data?.disputeTypes ?? {}).map(([value, label]) => ({
                value,
                label,
              }))}
            />
          </Form.Item>
        )}
        <Flex gap={12}>
          <Form.Item
            name="termStart"
            label={mt('mediation.committees.termStart')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="termEnd"
            label={mt('mediation.committees.termEnd')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="active"
            label={mt('mediation.committees.active')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item name="address" label={mt('mediation.committees.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={mt('mediation.committees.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Form.Item label={mt('mediation.committees.members')}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={required}>
                    <Input placeholder={mt('mediation.committees.memberName')} maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'sex']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 80 }}
                      options={[
                        { value: 'female', label: mt('mediation.committees.female') },
                        { value: 'male', label: mt('mediation.committees.male') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'post']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 100 }}
                      options={(['chair', 'vice_chair', 'member'] as const).map((p) => ({
                        value: p,
                        label: mt(`mediation.committees.post.${p}`),
                      }))}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', sex: 'male', post: 'member' })}
              >
                {mt('mediation.committees.addMember')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
      {save.error && <ErrorAlert error={save.error} testId="committee-error" />}
    </Drawer>
  );
}
