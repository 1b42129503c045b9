import { ErrorAlert } from '@web/components/error-alert';
import { useCitizenMatters } from '../api/persons';
import { CitizenFrame } from '../components/citizen-frame';
import { MatterCards } from '../components/citizen-lists';

/** 我的法律服务: the person's own matters in every module, with their statuses. */
export function CitizenMattersPage() {
  const matters = useCitizenMatters();
  return (
    <CitizenFrame>
      {matters.error && <ErrorAlert error={matters.error} />}
      {matters.data && <MatterCards matters={matters.data.items} />}
    </CitizenFrame>
  );
}
