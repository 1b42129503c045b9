// Picks a document of the library by its title (the public browse API), as a version key.
import { Select } from 'antd';
import { useState } from 'react';
import { useLibrarySearch } from '../api/knowledge';
import type { KT } from '../i18n/use-kt';

interface Props {
  value: string | null;
  onChange: (versionKey: string) => void;
  kt: KT;
}

export function DocumentPicker({ value, onChange, kt }: Props) {
  const [search, setSearch] = useState('');
  const found = useLibrarySearch(search.trim());
  const options = (found.data?.items ?? []).map((d) => ({
    value: d.key,
    label: `${d.title}（${d.promulgatedOn ?? ''}）`,
  }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      loading={found.isFetching}
      placeholder={kt('knowledge.graph.placeholder')}
      aria-label={kt('knowledge.graph.pick')}
      style={{ width: '100%', maxWidth: 560 }}
      data-testid="knowledge-document-picker"
    />
  );
}
