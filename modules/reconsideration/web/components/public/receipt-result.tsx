import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { TrackCredentials } from '../../api/public';
import type { ApplicationReceipt } from '../../api/types';
import { useRt } from '../../i18n/use-rt';

/** After an application: the case number and the tracking code, shown once. */
export function ReceiptResult({
  receipt,
  onAnother,
}: {
  receipt: ApplicationReceipt;
  onAnother: () => void;
}) {
  const rt = useRt();
  const navigate = useNavigate();
  const track = () => {
    const state: TrackCredentials = {
      caseNumber: receipt.caseNumber,
      trackingCode: receipt.trackingCode,
    };
    void navigate('/public/reconsideration/track', { state });
  };
  const big = { fontSize: 22, fontWeight: 600, letterSpacing: 1 } as const;
  return (
    <Result
      status="success"
      title={rt('reconsideration.receipt.title')}
      subTitle={rt('reconsideration.receipt.subTitle', { state: receipt.stateLabel })}
      style={{ padding: '24px 0' }}
      extra={
        <Flex vertical gap={16} style={{ textAlign: 'left', maxWidth: 520, margin: '0 auto' }}>
          <Card size="small">
            <Descriptions
              column={1}
              layout="vertical"
              items={[
                {
                  key: 'caseNumber',
                  label: rt('reconsideration.receipt.caseNumber'),
                  children: (
                    <Typography.Text copyable style={big} data-testid="receipt-case-number">
                      {receipt.caseNumber}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'trackingCode',
                  label: rt('reconsideration.receipt.trackingCode'),
                  children: (
                    <Typography.Text copyable code style={big} data-testid="receipt-tracking-code">
                      {receipt.trackingCode}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
          <Alert type="warning" showIcon title={rt('reconsideration.receipt.keepCode')} />
          {receipt.late && (
            <Alert type="error" showIcon title={rt('reconsideration.receipt.late')} />
          )}
          <Flex gap={12} wrap justify="center">
            <Button
              type="primary"
              icon={<SearchOutlined />}
              onClick={track}
              data-testid="receipt-track"
            >
              {rt('reconsideration.receipt.track')}
            </Button>
            <Button onClick={onAnother}>{rt('reconsideration.receipt.another')}</Button>
          </Flex>
        </Flex>
      }
    />
  );
}
