import { Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useCitizenAccessLog } from '../api/persons';
import { CitizenFrame } from '../components/citizen-frame';
import { AccessCards } from '../components/citizen-lists';
import { usePt } from '../i18n/use-pt';

/** 谁查看了我的信息: every staff read of the person's data: who, when, what and why. */
export function CitizenAccessPage() {
  const pt = usePt();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const log = useCitizenAccessLog(paging.page, paging.pageSize);
  return (
    <CitizenFrame>
      <Typography.Paragraph type="secondary">
        {pt('persons.citizen.accessIntro')}
      </Typography.Paragraph>
      {log.error && <ErrorAlert error={log.error} />}
      {log.data && (
        <AccessCards
          entries={log.data.items}
          page={paging.page}
          pageSize={paging.pageSize}
          total={log.data.total}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      )}
    </CitizenFrame>
  );
}
