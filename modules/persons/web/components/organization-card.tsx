import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input } from 'antd';
import { ApiError } from '@web/api/client';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { lookupOrganization, registerOrganization } from '../api/persons';
import { usePt } from '../i18n/use-pt';
import { MattersTable } from './matters-table';

/** 组织查询: by unified social credit code; registering one when it is not on file. */
export function OrganizationCard() {
  const pt = usePt();
  const can = useCan();
  const [creditCode, setCreditCode] = useState('');
  const lookup = useMutation({ mutationFn: lookupOrganization });
  const register = useMutation({
    mutationFn: (name: string) => registerOrganization(creditCode, name),
  });
  const found = register.data ?? lookup.data;
  const missing =
    lookup.error instanceof ApiError && lookup.error.code === 'PERSONS_ORGANIZATION_NOT_FOUND';

  return (
    <Card title={pt('persons.org.title')}>
      <Form<{ creditCode: string }>
        name="organizationLookup"
        layout="inline"
        onFinish={(values) => {
          setCreditCode(values.creditCode.trim());
          register.reset();
          lookup.mutate(values.creditCode.trim());
        }}
      >
        <Form.Item
          name="creditCode"
          label={pt('persons.org.creditCode')}
          rules={[{ required: true, whitespace: true, message: pt('persons.required') }]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Button htmlType="submit" loading={lookup.isPending} data-testid="organization-lookup">
          {pt('persons.org.lookup')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        {lookup.error && !missing && <ErrorAlert error={lookup.error} />}
        {register.error && <ErrorAlert error={register.error} />}
        {found && (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={pt('persons.org.creditCode')}>
              {found.creditCode}
            </Descriptions.Item>
            <Descriptions.Item label={pt('persons.org.name')}>{found.name}</Descriptions.Item>
            {found.warnings.map((w) => (
              <Descriptions.Item key={w}>
                <Alert type="warning" title={w} />
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
        {found && (
          <div data-testid="organization-matters">
            <MattersTable
              matters={found.matters}
              linkCases
              emptyText={pt('persons.org.noMatters')}
            />
          </div>
        )}
        {missing && !register.data && (
          <>
            <Alert type="warning" showIcon title={pt('persons.org.notFound')} />
            {can('persons:register') && (
              <Form<{ name: string }>
                name="organizationRegister"
                layout="inline"
                style={{ marginTop: 12 }}
                onFinish={(values) => register.mutate(values.name.trim())}
              >
                <Form.Item
                  name="name"
                  label={pt('persons.org.name')}
                  rules={[{ required: true, whitespace: true, message: pt('persons.required') }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Button
                  htmlType="submit"
                  type="primary"
                  loading={register.isPending}
                  data-testid="organization-register"
                >
                  {pt('persons.org.register')}
                </Button>
              </Form>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
