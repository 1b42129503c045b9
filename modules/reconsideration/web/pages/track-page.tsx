import { SearchOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { trackCase, type TrackCredentials } from '../api/public';
import type { TrackView } from '../api/types';
import { TrackResult } from '../components/public/track-result';
import { PublicCard } from '../components/public/public-card';
import { useRt } from '../i18n/use-rt';

/** Router state from the receipt (TrackCredentials): the page opens with the case looked up. */
function initialCredentials(state: unknown): TrackCredentials | null {
  const value = state as Partial<TrackCredentials> | null;
  return typeof value?.caseNumber === 'string' && typeof value.trackingCode === 'string'
    ? { caseNumber: value.caseNumber, trackingCode: value.trackingCode }
    : null;
}

const trackKey = (credentials: TrackCredentials | null) =>
  ['reconsideration', 'track', credentials] as const;

/** 复议进度查询: the case number and the tracking code show the stage and what comes next. */
export function TrackPage() {
  const rt = useRt();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [credentials, setCredentials] = useState(() => initialCredentials(location.state));
  const [form] = Form.useForm<TrackCredentials>();

  const tracking = useQuery({
    queryKey: trackKey(credentials),
    queryFn: () => trackCase(credentials!),
    enabled: credentials !== null,
    staleTime: 0,
  });

  const search = (values: TrackCredentials) => {
    const next = {
      caseNumber: values.caseNumber.trim(),
      trackingCode: values.trackingCode.trim().toUpperCase(),
    };
    const same =
      credentials?.caseNumber === next.caseNumber && credentials.trackingCode === next.trackingCode;
    if (same) void tracking.refetch();
    else setCredentials(next);
  };

  const required = [{ required: true, whitespace: true, message: rt('reconsideration.required') }];

  return (
    <>
      <PublicCard style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {rt('reconsideration.public.track')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {rt('reconsideration.track.intro')}
        </Typography.Paragraph>
        <Form<TrackCredentials>
          form={form}
          layout="vertical"
          initialValues={credentials ?? undefined}
          onFinish={search}
          autoComplete="off"
        >
          <Form.Item
            name="caseNumber"
            label={rt('reconsideration.receipt.caseNumber')}
            rules={required}
          >
            <Input placeholder={rt('reconsideration.track.caseNumberPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="trackingCode"
            label={rt('reconsideration.receipt.trackingCode')}
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
            {rt('reconsideration.track.submit')}
          </Button>
        </Form>
      </PublicCard>
      {tracking.error && <ErrorAlert error={tracking.error} testId="track-error" />}
      {tracking.data && credentials && (
        <TrackResult
          view={tracking.data}
          credentials={credentials}
          onUpdated={(view: TrackView) => queryClient.setQueryData(trackKey(credentials), view)}
        />
      )}
    </>
  );
}
