import { Cascader } from 'antd';
import { api } from '@web/api/client';
import { useEffect, useState } from 'react';

interface Division {
  code: string;
  name: string;
  level: 'city' | 'district' | 'street' | 'village';
}

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

/** The divisions under `parent`; those of `leafLevel` have no children to open. */
const loadChildren = async (parent: string, leafLevel: Division['level']) =>
  (await api.get<{ items: Division[] }>('/api/regions', { parent })).items.map((d): Option => ({
    value: d.code,
    label: d.name,
    isLeaf: d.level === leafLevel,
  }));

/** The codes from the district down to `code`: 440106001001 -> [440106, 440106001, 440106001001]. */
const pathOf = (code: string) =>
  [6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));

interface RegionPickerProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** The deepest level offered: villages (村居) by default. */
  leafLevel?: 'street' | 'village';
  /** Also allow choosing a district or street, not only the deepest level. */
  anyLevel?: boolean;
  testId?: string;
}

/** Guangzhou's divisions (区 > 镇街 > 村居), loaded level by level from /api/regions. */
export function RegionPicker({
  value,
  onChange,
  leafLevel = 'village',
  anyLevel = false,
  testId,
}: RegionPickerProps) {
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const districts = await loadChildren('4401', leafLevel);
      // Open the branches of the current value so that its names show.
      let level = districts;
      for (const code of value ? pathOf(value).slice(0, -1) : []) {
        const node = level.find((o) => o.value === code);
        if (!node) break;
        node.children = await loadChildren(code, leafLevel);
        level = node.children;
      }
      if (live) setOptions(districts);
    })();
    return () => {
      live = false;
    };
    // Loaded once: later values are chosen from the options themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Cascader<Option>
      options={options}
      value={value ? pathOf(value) : undefined}
      changeOnSelect={anyLevel}
      data-testid={testId}
      loadData={async (selected) => {
        const target = selected[selected.length - 1]!;
        target.children = await loadChildren(target.value, leafLevel);
        setOptions((current) => [...current]);
      }}
      onChange={(path) => onChange?.(path ? (path[path.length - 1] as string) : undefined)}
      style={{ width: '100%' }}
    />
  );
}
