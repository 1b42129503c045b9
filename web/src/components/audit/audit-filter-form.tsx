import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, type GetProps } from 'antd';
import type { AuditFilters } from '../../api/audit';
import { useT } from '../../i18n';

type RangeValue = GetProps<typeof DatePicker.RangePicker>['value'];

interface FilterValues {
  action?: string;
  entityType?: string;
  actor?: string;
  range?: RangeValue;
}

const DATE_FORMAT = 'YYYY-MM-DD';

function toFilters(values: FilterValues): AuditFilters {
  const text = (value: string | undefined) => value?.trim() || undefined;
  return {
    action: text(values.action),
    entityType: text(values.entityType),
    actor: text(values.actor),
    from: values.range?.[0]?.format(DATE_FORMAT),
    to: values.range?.[1]?.format(DATE_FORMAT),
  };
}

/** The filters of the audit log; applied on 查询, cleared on 重置. */
export function AuditFilterForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const t = useT();
  const [form] = Form.useForm<FilterValues>();

  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      onFinish={(values) => onApply(toFilters(values))}
      style={{ rowGap: 12, marginBottom: 16 }}
      data-testid="audit-filters"
    >
      <Form.Item name="action" label={t('audit.filter.action')}>
        <Input
          allowClear
          placeholder={t('audit.filter.actionPlaceholder')}
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.filter.entityType')}>
        <Input
          allowClear
          placeholder={t('audit.filter.entityTypePlaceholder')}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.filter.actor')}>
        <Input allowClear placeholder={t('audit.filter.actorPlaceholder')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.filter.dateRange')}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
