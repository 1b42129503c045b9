import { Select } from 'antd';
import { usePurposes } from '../api/persons';
import { usePt } from '../i18n/use-pt';

interface PurposeSelectProps {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}

/** The fixed list of purposes a staff member picks from before reading a person's data. */
export function PurposeSelect({ value, onChange, id }: PurposeSelectProps) {
  const pt = usePt();
  const purposes = usePurposes();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={purposes.isLoading}
      placeholder={pt('persons.purpose.placeholder')}
      options={(purposes.data?.items ?? []).map((p) => ({ value: p.code, label: p.label }))}
      data-testid="purpose-select"
      style={{ minWidth: 200 }}
    />
  );
}
