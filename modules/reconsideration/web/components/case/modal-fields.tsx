import { DatePicker, Form, Input } from 'antd';
import type { ReconsiderationKey } from '../../i18n/messages';
import { useRt } from '../../i18n/use-rt';
import { DATE_FORMAT, afterToday } from '../../lib/dates';

/** A required text field of a modal. */
export function TextField({
  name,
  label,
  rows = 0,
  max,
}: {
  name: string;
  label: ReconsiderationKey;
  rows?: number;
  max: number;
}) {
  const rt = useRt();
  return (
    <Form.Item
      name={name}
      label={rt(label)}
      rules={[{ required: true, whitespace: true, message: rt('reconsideration.required') }]}
    >
      {rows ? <Input.TextArea rows={rows} maxLength={max} /> : <Input maxLength={max} />}
    </Form.Item>
  );
}

/** A required legal date; no day after today unless `future`. */
export function DateField({
  name,
  label,
  future = false,
}: {
  name: string;
  label: ReconsiderationKey;
  future?: boolean;
}) {
  const rt = useRt();
  return (
    <Form.Item
      name={name}
      label={rt(label)}
      rules={[{ required: true, message: rt('reconsideration.required') }]}
    >
      <DatePicker format={DATE_FORMAT} disabledDate={future ? undefined : afterToday} />
    </Form.Item>
  );
}
