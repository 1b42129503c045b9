import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Timeline, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useSearchParams } from 'react-router-dom';
import { trackCase } from '../api/notary';
import { PublicCard } from '../components/public-card';
import { useNt } from '../i18n/use-nt';

interface TrackValues {
  caseNumber: string;
  trackingCode: string;
}

/** 办理进度查询: by the case number and the tracking code of the receipt; the public steps only. */
export function TrackPage() {
  const nt = useNt();
  const [params] = useSearchParams();
  const track = useMutation({
    mutationFn: (values: TrackValues) =>
      trackCase(values.caseNumber.trim(), values.trackingCode.trim()),
  });
  const view = track.data;
  const required = [{ required: true, whitespace: true, message: nt('notarization.required') }];
  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <PublicCard title={nt('notarization.track.title')}>
        <Typography.Paragraph type="secondary">
          {nt('notarization.track.intro')}
        </Typography.Paragraph>
        <Form<TrackValues>
          layout="vertical"
          autoComplete="off"
          initialValues={{ caseNumber: params.get('caseNumber') ?? '', trackingCode: '' }}
          onFinish={(values) => track.mutate(values)}
          data-testid="track-form"
        >
          <Form.Item name="caseNumber" label={nt('notarization.apply.caseNumber')} rules={required}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="trackingCode" label={nt('notarization.track.code')} rules={required}>
            <Input maxLength={40} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={track.isPending}
            data-testid="track-submit"
          >
            {nt('notarization.track.submit')}
          </Button>
        </Form>
        {track.error && <ErrorAlert error={track.error} testId="track-error" />}
        {view && (
          <div style={{ marginTop: 16 }} data-testid="track-result">
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={nt('notarization.col.matter')}>
                {view.matterLabel}
              </Descriptions.Item>
              <Descriptions.Item label={nt('notarization.col.state')}>
                <span data-testid="track-state">{view.stateLabel}</span>
              </Descriptions.Item>
              <Descriptions.Item label={nt('notarization.col.applied')}>
                {view.appliedDate}
              </Descriptions.Item>
              {view.nextDeadline && (
                <Descriptions.Item label={view.nextDeadline.label}>
                  {view.nextDeadline.dueDate ?? nt('notarization.deadline.stopped')}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={nt('notarization.case.fee')}>
                {nt('notarization.track.fee', {
                  payable: view.fee.payableYuan,
                  paid: view.fee.paidYuan,
                  outstanding: view.fee.outstandingYuan,
                })}
              </Descriptions.Item>
              {view.certificateNumber && (
                <Descriptions.Item label={nt('notarization.case.certificate')}>
                  {view.certificateNumber}
                </Descriptions.Item>
              )}
            </Descriptions>
            {view.supplementItems.length > 0 && (
              <Alert
                style={{ marginTop: 12 }}
                type="warning"
                showIcon
                title={nt('notarization.track.supplement', {
                  items: view.supplementItems.join('、'),
                })}
              />
            )}
            <Timeline
              style={{ marginTop: 16 }}
              data-testid="track-steps"
              items={view.steps.map((s, i) => ({ key: i, children: `${s.onDate} ${s.label}` }))}
            />
          </div>
        )}
      </PublicCard>
    </div>
  );
}
