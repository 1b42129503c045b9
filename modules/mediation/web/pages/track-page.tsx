import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Timeline, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { trackCase } from '../api/mediation';
import { PublicCard } from '../components/receipt';
import { useMt } from '../i18n/use-mt';

interface Credentials {
  caseNumber: string;
  trackingCode: string;
}

/** Router state from the receipt: the page opens with the case looked up. */
function initial(state: unknown): Credentials | null {
  const value = state as Partial<Credentials> | null;
  return typeof value?.caseNumber === 'string' && typeof value.trackingCode === 'string'
    ? { caseNumber: value.caseNumber, trackingCode: value.trackingCode }
    : null;
}

/** 调解进度查询: the case number and tracking code show the stage and the steps so far. */
export function TrackPage() {
  const mt = useMt();
  const location = useLocation();
  const [credentials, setCredentials] = useState(() => initial(location.state));
  const tracking = useQuery({
    queryKey: ['mediation', 'track', credentials],
    queryFn: () => trackCase(credentials!),
    enabled: credentials !== null,
    staleTime: 0,
  });
  const required = [{ required: true, whitespace: true, message: mt('mediation.required') }];
  const view = tracking.data;

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <PublicCard style={{ marginBottom: 16 }} title={mt('mediation.track.title')}>
        <Typography.Paragraph type="secondary">{mt('mediation.track.intro')}</Typography.Paragraph>
        <Form<Credentials>
          layout="vertical"
          initialValues={credentials ?? undefined}
          autoComplete="off"
          onFinish={(values) => {
            const next = {
              caseNumber: values.caseNumber.trim(),
              trackingCode: values.trackingCode.trim().toUpperCase(),
            };
            if (JSON.stringify(next) === JSON.stringify(credentials)) void tracking.refetch();
            else setCredentials(next);
          }}
        >
          <Form.Item name="caseNumber" label={mt('mediation.receipt.caseNumber')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item
            name="trackingCode"
            label={mt('mediation.receipt.trackingCode')}
            rules={required}
          >
            <Input maxLength={40} autoCapitalize="characters" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SearchOutlined />}
            loading={tracking.isFetching}
            block
            data-testid="track-submit"
          >
            {mt('mediation.track.submit')}
          </Button>
        </Form>
      </PublicCard>
      {tracking.error && <ErrorAlert error={tracking.error} testId="track-error" />}
      {view && (
        <PublicCard data-testid="track-result">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={mt('mediation.receipt.caseNumber')}>
              {view.caseNumber}
            </Descriptions.Item>
            <Descriptions.Item label={mt('mediation.track.state')}>
              <strong data-testid="track-state">{view.stateLabel}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={mt('mediation.col.type')}>
              {view.disputeTypeLabel}
            </Descriptions.Item>
            <Descriptions.Item label={mt('mediation.receipt.committee')}>
              {view.committeeName}
            </Descriptions.Item>
            {view.mediatorName && (
              <Descriptions.Item label={mt('mediation.track.mediator')}>
                {view.mediatorName}
              </Descriptions.Item>
            )}
            {view.nextDate && (
              <Descriptions.Item label={mt('mediation.track.next')}>
                {view.nextDate.label} {view.nextDate.dueDate ?? ''}
              </Descriptions.Item>
            )}
            {view.outcome && (
              <Descriptions.Item label={mt('mediation.track.routes')}>
                {view.outcome}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{mt('mediation.track.steps')}</Typography.Title>
          <Timeline
            items={view.steps.map((s, i) => ({ key: i, children: `${s.onDate} ${s.label}` }))}
          />
        </PublicCard>
      )}
    </div>
  );
}
