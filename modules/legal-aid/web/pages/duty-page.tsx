import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import {
  consultationsQueryKey,
  createStation,
  recordConsultation,
  saveRoster,
  stationsQueryKey,
  useConsultations,
  useLawyers,
  useMeta,
  useRoster,
  useStations,
} from '../api/legal-aid';
import type { Consultation, Labels, Station } from '../api/types';
import { useLa } from '../i18n/use-la';
import { optionalText } from '@web/api/uploads';

const options = (labels: Labels | undefined) =>
  Object.entries(labels ?? {}).map(([value, label]) => ({ value, label }));
const monday = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');

function Stations({ stations }: { stations: Station[] }) {
  const la = useLa();
  const can = useCan();
  const meta = useMeta().data;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; kind: string; address?: string }>();
  const add = useMutation({
    mutationFn: (v: { name: string; kind: string; address?: string }) =>
      createStation({ ...v, address: optionalText(v.address) }),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: stationsQueryKey });
    },
  });
  return (
    <Card title={la('legal-aid.duty.stations')} style={{ marginBottom: 16 }}>
      <Table<Station>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={stations}
        columns={[
          { title: la('legal-aid.duty.stationName'), dataIndex: 'name', key: 'name' },
          { title: la('legal-aid.duty.stationKind'), dataIndex: 'kindLabel', key: 'kind' },
          { title: la('legal-aid.duty.address'), dataIndex: 'address', key: 'address' },
        ]}
      />
      {can('legal-aid:lawyers') && (
        <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} style={{ marginTop: 16 }}>
          <Form.Item name="name" rules={[{ required: true, message: la('legal-aid.required') }]}>
            <Input placeholder={la('legal-aid.duty.stationName')} maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" rules={[{ required: true, message: la('legal-aid.required') }]}>
            <Select
              placeholder={la('legal-aid.duty.stationKind')}
              options={options(meta?.stationKinds)}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item name="address">
            <Input placeholder={la('legal-aid.duty.address')} maxLength={200} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {la('legal-aid.duty.addStation')}
          </Button>
        </Form>
      )}
      {add.error && <ErrorAlert error={add.error} />}
    </Card>
  );
}

function RosterCard({ stations }: { stations: Station[] }) {
  const la = useLa();
  const can = useCan();
  const { message } = App.useApp();
  const [chosen, setStationId] = useState<string | undefined>();
  const stationId = chosen ?? stations[0]?.id;
  const [week, setWeek] = useState(() => monday(dayjs()));
  const roster = useRoster(stationId, week);
  const lawyers = useLawyers(true);
  // Changes not saved yet, for this station and week only.
  const key = `${stationId}|${week}`;
  const [draft, setDraft] = useState<{ key: string; days: Record<string, string[]> }>({
    key: '',
    days: {},
  });
  const idsOn = (date: string) =>
    (draft.key === key ? draft.days[date] : undefined) ??
    roster.data?.days.find((d) => d.date === date)?.lawyers.map((l) => l.id) ??
    [];
  const change = (date: string, ids: string[]) =>
    setDraft((d) => ({ key, days: { ...(d.key === key ? d.days : {}), [date]: ids } }));
  const save = useMutation({
    mutationFn: () =>
      saveRoster({
        stationId,
        weekStart: week,
        days: (roster.data?.days ?? []).map((d) => ({ date: d.date, lawyerIds: idsOn(d.date) })),
      }),
    onSuccess: () => {
      void message.success(la('legal-aid.duty.saved'));
      void roster.refetch();
    },
  });
  const shift = (days: number) => setWeek(dayjs(week).add(days, 'day').format('YYYY-MM-DD'));
  const lawyerOptions = (lawyers.data?.items ?? []).map((l) => ({
    value: l.id,
    label: `${l.name}（${l.firm}）`,
  }));
  return (
    <Card title={la('legal-aid.duty.roster')} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          value={stationId}
          onChange={setStationId}
          placeholder={la('legal-aid.duty.pickStation')}
          options={stations.map((s) => ({ value: s.id, label: s.name }))}
          style={{ minWidth: 240 }}
        />
        <Button onClick={() => shift(-7)}>{la('legal-aid.duty.prevWeek')}</Button>
        <span style={{ alignSelf: 'center' }}>
          {la('legal-aid.duty.week')} {week}
        </span>
        <Button onClick={() => shift(7)}>{la('legal-aid.duty.nextWeek')}</Button>
      </Flex>
      {roster.error && <ErrorAlert error={roster.error} />}
      {roster.data?.days.map((d) => (
        <Flex key={d.date} gap={8} align="center" style={{ marginBottom: 8 }}>
          <span style={{ width: 110 }}>{d.date}</span>
          <Select
            mode="multiple"
            style={{ flex: 1 }}
            value={idsOn(d.date)}
            onChange={(ids) => change(d.date, ids)}
            options={lawyerOptions}
            disabled={!can('legal-aid:duty')}
          />
        </Flex>
      ))}
      {save.error && <ErrorAlert error={save.error} />}
      {can('legal-aid:duty') && stationId && (
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
          {la('legal-aid.duty.save')}
        </Button>
      )}
    </Card>
  );
}

interface ConsultationValues {
  stationId: string;
  lawyerId: string;
  onDate: Dayjs;
  kind: string;
  personName: string;
  idNumber?: string;
  summary: string;
  referred?: boolean;
}

function Consultations({ stations }: { stations: Station[] }) {
  const la = useLa();
  const t = useT();
  const can = useCan();
  const meta = useMeta().data;
  const lawyers = useLawyers(true);
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const list = useConsultations(page);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ConsultationValues>();
  const record = useMutation({
    mutationFn: (v: ConsultationValues) =>
      recordConsultation({
        stationId: v.stationId,
        lawyerId: v.lawyerId,
        onDate: v.onDate.format('YYYY-MM-DD'),
        kind: v.kind,
        person: { name: v.personName.trim(), idNumber: optionalText(v.idNumber) },
        summary: v.summary.trim(),
        referred: v.referred ?? false,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consultationsQueryKey });
      form.resetFields();
      setOpen(false);
    },
  });
  const required = [{ required: true, message: la('legal-aid.required') }];
  return (
    <Card
      title={la('legal-aid.duty.consultations')}
      extra={
        can('legal-aid:duty') && (
          <Button onClick={() => setOpen(true)}>{la('legal-aid.duty.record')}</Button>
        )
      }
    >
      <Table<Consultation>
        rowKey="id"
        size="small"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
        }}
        columns={[
          { title: la('legal-aid.duty.date'), dataIndex: 'onDate', key: 'date' },
          { title: la('legal-aid.duty.station'), dataIndex: 'stationName', key: 'station' },
          { title: la('legal-aid.duty.lawyer'), dataIndex: 'lawyerName', key: 'lawyer' },
          { title: la('legal-aid.duty.kind'), dataIndex: 'kindLabel', key: 'kind' },
          {
            title: la('legal-aid.duty.person'),
            key: 'person',
            render: (_, c) => `${c.personName} ${c.idNumberMasked ?? ''}`,
          },
          { title: la('legal-aid.duty.summary'), dataIndex: 'summary', key: 'summary' },
        ]}
      />
      <Modal
        open={open}
        title={la('legal-aid.duty.record')}
        onOk={form.submit}
        onCancel={() => setOpen(false)}
        cancelText={t('common.cancel')}
        confirmLoading={record.isPending}
        destroyOnHidden
      >
        <Form<ConsultationValues>
          form={form}
          layout="vertical"
          initialValues={{ onDate: dayjs() }}
          onFinish={(v) => record.mutate(v)}
        >
          <Form.Item name="stationId" label={la('legal-aid.duty.station')} rules={required}>
            <Select options={stations.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="lawyerId" label={la('legal-aid.duty.lawyer')} rules={required}>
            <Select
              options={(lawyers.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
            />
          </Form.Item>
          <Form.Item name="onDate" label={la('legal-aid.duty.date')} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label={la('legal-aid.duty.kind')} rules={required}>
            <Select options={options(meta?.consultationKinds)} />
          </Form.Item>
          <Form.Item name="personName" label={la('legal-aid.duty.person')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="idNumber" label={la('legal-aid.duty.idNumber')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="summary" label={la('legal-aid.duty.summary')} rules={required}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="referred" valuePropName="checked">
            <Checkbox>{la('legal-aid.duty.referred')}</Checkbox>
          </Form.Item>
        </Form>
        {record.error && <ErrorAlert error={record.error} />}
      </Modal>
    </Card>
  );
}

/** 值班律师: stations, the weekly roster and the consultations given. */
export function DutyPage() {
  const stations = useStations();
  const items = stations.data?.items ?? [];
  return (
    <>
      {stations.error && (
        <ErrorAlert error={stations.error} onRetry={() => void stations.refetch()} />
      )}
      <Stations stations={items} />
      <RosterCard stations={items} />
      <Consultations stations={items} />
    </>
  );
}
