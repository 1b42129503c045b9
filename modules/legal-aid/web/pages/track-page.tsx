import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, List, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { Link } from 'react-router-dom';
import { trackCase } from '../api/legal-aid';
import { PublicCard } from '../components/public-card';
import { useLa } from '../i18n/use-la';

interface TrackValues {
  caseNumber: string;
  trackingCode: string;
}

/** 进度查询 with the case number and the tracking code. */
export function TrackPage() {
  const la = useLa();
  const track = useMutation({
    mutationFn: (v: TrackValues) => trackCase(v.caseNumber.trim(), v.trackingCode.trim()),
  });
  const required = [{ required: true, whitespace: true, message: la('legal-aid.required') }];
  const view = track.data;
  return (
    <PublicCard title={la('legal-aid.public.track')}>
      <Form<TrackValues>
        layout="vertical"
        onFinish={(v) => track.mutate(v)}
        data-testid="track-form"
      >
        <Form.Item name="caseNumber" label={la('legal-aid.apply.caseNumber')} rules={required}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="trackingCode" label={la('legal-aid.apply.trackingCode')} rules={required}>
          <Input maxLength={20} />
        </Form.Item>
        {track.error && <ErrorAlert error={track.error} />}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={track.isPending}
          data-testid="track-submit"
        >
          {la('legal-aid.track.submit')}
        </Button>
      </Form>
      {view && (
        <div style={{ marginTop: 24 }} data-testid="track-result">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={la('legal-aid.track.state')}>
              <span data-testid="track-state">{view.stateLabel}</span>
            </Descriptions.Item>
            <Descriptions.Item label={la('legal-aid.apply.centre')}>
              {view.centreName}
            </Descriptions.Item>
            {view.nextStatutoryDate && (
              <Descriptions.Item label={la('legal-aid.track.next')}>
                {view.nextStatutoryDate.label}：{view.nextStatutoryDate.dueDate ?? '-'}
              </Descriptions.Item>
            )}
            {view.provider && (
              <Descriptions.Item label={la('legal-aid.track.provider')}>
                <span data-testid="track-provider">
                  {view.provider.firm} {view.provider.name} {view.provider.phone ?? ''}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
          {view.missingItems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 16 }}
              title={`${la('legal-aid.track.missing')}：${view.missingItems.join('；')}`}
            />
          )}
          {view.surveyToken && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 16 }}
              title={
                <Link
                  to={`/public/legal-aid/survey?token=${encodeURIComponent(view.surveyToken)}`}
                  data-testid="track-survey"
                >
                  {la('legal-aid.track.survey')}
                </Link>
              }
            />
          )}
          <List
            size="small"
            header={la('legal-aid.track.steps')}
            dataSource={view.steps}
            renderItem={(s) => (
              <List.Item>
                <Typography.Text type="secondary">{s.onDate}</Typography.Text> {s.label}
              </List.Item>
            )}
          />
        </div>
      )}
    </PublicCard>
  );
}
