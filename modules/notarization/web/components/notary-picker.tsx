import { Select, type SelectProps } from 'antd';
import { useNotaries } from '../api/notary';
import { useNt } from '../i18n/use-nt';

interface NotaryPickerProps extends Omit<SelectProps<string>, 'options'> {
  caseId: string;
  /** Re-examination: the case's own notary may not re-examine it. */
  excludeCaseNotary?: boolean;
}

/**
 * The notaries of the case's office, by name. Those who must withdraw (a close relative of a
 * party, 公证法第二十三条) are shown with the reason and cannot be chosen.
 */
export function NotaryPicker({ caseId, excludeCaseNotary, ...props }: NotaryPickerProps) {
  const nt = useNt();
  const notaries = useNotaries(caseId);
  const options = (notaries.data?.items ?? []).map((n) => {
    const reason =
      n.conflict ??
      (excludeCaseNotary && n.handlesCase ? nt('notarization.notary.handlesCase') : null);
    return {
      value: n.id,
      label: reason ? `${n.name}（${reason}）` : `${n.name}（${n.roleLabel}）`,
      disabled: reason !== null,
    };
  });
  return (
    <Select
      {...props}
      loading={notaries.isPending}
      options={options}
      placeholder={nt('notarization.notary.choose')}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  );
}
