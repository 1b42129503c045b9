import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { Navigate, useNavigate } from 'react-router-dom';
import { citizenMeKey, useCitizenMe, verifyCitizen } from '../api/persons';
import { usePt } from '../i18n/use-pt';

interface VerifyValues {
  idNumber: string;
  code: string;
}

/** 我的法律服务: the person proves who they are with their ID number and a one-time code. */
export function CitizenVerifyPage() {
  const pt = usePt();
  const me = useCitizenMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: (v: VerifyValues) => verifyCitizen(v.idNumber.trim(), v.code.trim()),
    onSuccess: (data) => {
      queryClient.setQueryData(citizenMeKey, data);
      navigate('/public/persons/matters');
    },
  });
  if (me.data) return <Navigate to="/public/persons/matters" replace />;
  return (
    <Card title={pt('persons.citizen.verifyTitle')} style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Paragraph type="secondary">
        {pt('persons.citizen.verifyIntro')}
      </Typography.Paragraph>
      {verify.error && <ErrorAlert error={verify.error} testId="citizen-verify-error" />}
      <Form<VerifyValues> layout="vertical" onFinish={(values) => verify.mutate(values)}>
        <Form.Item
          name="idNumber"
          label={pt('persons.lookup.idNumber')}
          rules={[{ required: true, whitespace: true, message: pt('persons.required') }]}
        >
          <Input maxLength={20} autoComplete="off" data-testid="citizen-id-number" />
        </Form.Item>
        <Form.Item
          name="code"
          label={pt('persons.citizen.code')}
          rules={[{ required: true, whitespace: true, message: pt('persons.required') }]}
        >
          <Input
            maxLength={6}
            inputMode="numeric"
            autoComplete="one-time-code"
            placeholder={pt('persons.citizen.codePlaceholder')}
            data-testid="citizen-code"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={verify.isPending}
          data-testid="citizen-verify"
        >
          {pt('persons.citizen.verify')}
        </Button>
      </Form>
    </Card>
  );
}
