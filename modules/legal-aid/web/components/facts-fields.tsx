// The questions the eligibility rules ask, shared by the self-check, the online application and
// the intake at the window: what the matter is, the grounds that waive the means test, the
// household's income, and where the matter belongs (Art. 38).
import { Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import type { EligibilityFacts, Labels, Meta, Place } from '../api/types';
import { useLa } from '../i18n/use-la';

export interface FactsValues {
  category?: string;
  civilMatter?: string;
  mandatoryGround?: string;
  noMeansTestGround?: string;
  exemptGroup?: string;
  hasOwnLawyer?: boolean;
  members?: number;
  income?: number;
  residenceRegion?: string;
  placeKind?: Place['kind'];
  authorityName?: string;
  placeRegion?: string;
}

export const FACTS_DEFAULTS: FactsValues = {
  category: 'civil',
  hasOwnLawyer: false,
  members: 1,
  placeKind: 'non_litigation',
};

const options = (labels: Labels) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 广州市天河区法律援助中心 -> 天河区; the city centre stands for the city-level authorities. */
export function districtOptions(meta: Meta, cityLabel?: string) {
  return meta.centres
    .filter((c) => c.regionCode.length === 6 || cityLabel)
    .map((c) => ({
      value: c.regionCode,
      label:
        c.regionCode.length === 6
          ? c.name.replace(/^广州市/, '').replace(/法律援助中心$/, '')
          : (cityLabel ?? c.name),
    }));
}

export function toFacts(v: FactsValues): EligibilityFacts & { place?: Place } {
  const civil = v.category === 'civil' || v.category === 'retrial';
  return {
    category: v.category ?? 'civil',
    civilMatter: civil ? v.civilMatter || null : null,
    mandatoryGround: v.category === 'criminal_defence' ? v.mandatoryGround || null : null,
    noMeansTestGround: civil ? v.noMeansTestGround || null : null,
    exemptGroup: v.exemptGroup || null,
    hasOwnLawyer: v.hasOwnLawyer ?? false,
    household:
      v.members && v.income !== undefined && v.income !== null
        ? { members: v.members, monthlyIncomeYuan: v.income }
        : null,
    residenceRegion: v.residenceRegion || null,
    ...(v.placeRegion
      ? {
          place:
            v.placeKind === 'litigation'
              ? {
                  kind: 'litigation',
                  authorityName: v.authorityName ?? '',
                  regionCode: v.placeRegion,
                }
              : { kind: 'non_litigation', regionCode: v.placeRegion },
        }
      : {}),
  };
}

export function FactsFields({ meta, placeRequired }: { meta: Meta; placeRequired: boolean }) {
  const la = useLa();
  const form = Form.useFormInstance<FactsValues>();
  const category = Form.useWatch('category', form);
  const placeKind = Form.useWatch('placeKind', form);
  const required = [{ required: true, message: la('legal-aid.required') }];
  const none = { value: '', label: la('legal-aid.none') };
  const civil = category === 'civil' || category === 'retrial';
  return (
    <>
      <Form.Item name="category" label={la('legal-aid.facts.category')} rules={required}>
        <Select options={options(meta.categories)} data-testid="facts-category" />
      </Form.Item>
      {civil && (
        <Form.Item name="civilMatter" label={la('legal-aid.facts.civilMatter')} rules={required}>
          <Select options={options(meta.civilMatters)} data-testid="facts-civil-matter" />
        </Form.Item>
      )}
      {category === 'criminal_defence' && (
        <Form.Item name="mandatoryGround" label={la('legal-aid.facts.mandatoryGround')}>
          <Select options={[none, ...options(meta.mandatoryGrounds)]} />
        </Form.Item>
      )}
      {civil && (
        <Form.Item name="noMeansTestGround" label={la('legal-aid.facts.noMeansTestGround')}>
          <Select options={[none, ...options(meta.noMeansTestGrounds)]} />
        </Form.Item>
      )}
      <Form.Item name="exemptGroup" label={la('legal-aid.facts.exemptGroup')}>
        <Select options={[none, ...options(meta.exemptGroups)]} />
      </Form.Item>
      <Form.Item
        name="hasOwnLawyer"
        label={la('legal-aid.facts.hasOwnLawyer')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item name="members" label={la('legal-aid.facts.members')}>
        <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="income" label={la('legal-aid.facts.income')}>
        <InputNumber min={0} max={10_000_000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="residenceRegion" label={la('legal-aid.facts.residence')}>
        <Select allowClear options={districtOptions(meta)} data-testid="facts-residence" />
      </Form.Item>
      <Typography.Title level={5}>{la('legal-aid.facts.place')}</Typography.Title>
      <Form.Item name="placeKind">
        <Radio.Group>
          <Radio value="non_litigation">{la('legal-aid.facts.placeKind.non_litigation')}</Radio>
          <Radio value="litigation">{la('legal-aid.facts.placeKind.litigation')}</Radio>
        </Radio.Group>
      </Form.Item>
      {placeKind === 'litigation' && (
        <Form.Item
          name="authorityName"
          label={la('legal-aid.facts.authorityName')}
          rules={required}
        >
          <Input maxLength={100} />
        </Form.Item>
      )}
      <Form.Item
        name="placeRegion"
        label={la('legal-aid.facts.placeRegion')}
        rules={placeRequired ? required : []}
      >
        <Select
          allowClear
          options={districtOptions(meta, la('legal-aid.facts.cityLevel'))}
          data-testid="facts-place-region"
        />
      </Form.Item>
    </>
  );
}
