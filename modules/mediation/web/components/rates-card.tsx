import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, InputNumber, Select, Table } from 'antd';
import { useCan, useCurrentUser } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import dayjs, { type Dayjs } from 'dayjs';
import { setRate, useMediationMeta, useRates } from '../api/mediation';
import type { Rates } from '../api/types';
import { useMt } from '../i18n/use-mt';

interface Values {
  disputeType: string;
  amountYuan: number;
  validFrom: Dayjs;
}

/** 以案定补标准: the type defaults and the rates set for the user's region and those around it. */
export function RatesCard() {
  const mt = useMt();
  const can = useCan();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const meta = useMediationMeta();
  const rates = useRates();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      setRate({
        regionCode: me.organization.regionCode,
        disputeType: v.disputeType,
        amountYuan: v.amountYuan,
        validFrom: v.validFrom.format('YYYY-MM-DD'),
      }),
    onSuccess: (reply) => {
      queryClient.setQueryData(['mediation', 'rates'], reply);
      void message.success(mt('mediation.rates.save'));
    },
  });
  const types = meta.data?.disputeTypes ?? {};
  type Rate = Rates['rates'][number];
  return (
    <Card title={mt('mediation.rates.title')}>
      {can('mediation:manage_committees') && (
        <Form<Values>
          layout="inline"
          initialValues={{ validFrom: dayjs() }}
          onFinish={(v) => save.mutate(v)}
          style={{ marginBottom: 16 }}
        >
          <Form.Item
            name="disputeType"
            rules={[{ required: true, message: mt('mediation.required') }]}
          >
            <Select
              style={{ width: 160 }}
              placeholder={mt('mediation.col.type')}
              options={Object.entries(types).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="amountYuan"
            rules={[{ required: true, message: mt('mediation.required') }]}
          >
            <InputNumber min={0} precision={0} placeholder={mt('mediation.rates.amount')} />
          </Form.Item>
          <Form.Item name="validFrom" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {mt('mediation.rates.save')}
          </Button>
        </Form>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {Object.entries(rates.data?.defaults ?? {}).map(([type, amount]) => (
          <span key={type}>
            {types[type] ?? type}：{mt('mediation.rates.default')} {amount}
          </span>
        ))}
      </Flex>
      <Table<Rate>
        rowKey={(r) => `${r.regionCode}-${r.disputeType}-${r.validFrom}`}
        size="small"
        pagination={false}
        dataSource={rates.data?.rates ?? []}
        columns={[
          { title: mt('mediation.rates.region'), dataIndex: 'regionCode', key: 'region' },
          {
            title: mt('mediation.col.type'),
            key: 'type',
            render: (_, r) => types[r.disputeType] ?? r.disputeType,
          },
          { title: mt('mediation.rates.amount'), dataIndex: 'amountYuan', key: 'amount' },
          { title: mt('mediation.rates.validFrom'), dataIndex: 'validFrom', key: 'from' },
        ]}
      />
    </Card>
  );
}
