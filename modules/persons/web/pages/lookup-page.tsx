import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { ApiError } from '@web/api/client';
import { useCan } from '@web/app/current-user';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { lookupPerson, registerPerson } from '../api/persons';
import type { RegisterInput } from '../api/types';
import { OrganizationCard } from '../components/organization-card';
import { PersonListCard } from '../components/person-list-card';
import { PurposeSelect } from '../components/purpose-select';
import { usePt } from '../i18n/use-pt';

interface LookupValues {
  idNumber: string;
  purpose: string;
}

/** 个人档案查询: by ID number with a purpose; create the file when there is none; lists. */
export function LookupPage() {
  const pt = usePt();
  const can = useCan();
  const navigate = useNavigate();
  const [asked, setAsked] = useState<LookupValues | null>(null);
  const open = (personId: string, purpose: string) =>
    navigate(`/persons/${personId}?purpose=${encodeURIComponent(purpose)}`);
  const lookup = useMutation({
    mutationFn: (v: LookupValues) => lookupPerson(v.idNumber.trim(), v.purpose),
    onSuccess: (person, v) => open(person.id, v.purpose),
  });
  const register = useMutation({
    mutationFn: (body: RegisterInput) => registerPerson(body),
    onSuccess: (person) => open(person.id, asked?.purpose ?? 'handling'),
  });
  const notRegistered =
    lookup.error instanceof ApiError && lookup.error.code === 'PERSONS_NOT_REGISTERED';

  return (
    <Flex vertical gap={16}>
      <Card title={pt('persons.lookup.title')}>
        <Typography.Paragraph type="secondary">{pt('persons.lookup.intro')}</Typography.Paragraph>
        <Form<LookupValues>
          name="lookup"
          layout="inline"
          onFinish={(values) => {
            setAsked(values);
            register.reset();
            lookup.mutate(values);
          }}
        >
          <Form.Item
            name="idNumber"
            label={pt('persons.lookup.idNumber')}
            rules={[{ required: true, whitespace: true, message: pt('persons.required') }]}
          >
            <Input maxLength={20} autoComplete="off" data-testid="lookup-id-number" />
          </Form.Item>
          <Form.Item
            name="purpose"
            label={pt('persons.purpose')}
            rules={[{ required: true, message: pt('persons.required') }]}
          >
            <PurposeSelect />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={lookup.isPending}
            data-testid="lookup-submit"
          >
            {pt('persons.lookup.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          {lookup.error && !notRegistered && <ErrorAlert error={lookup.error} />}
          {notRegistered && asked && (
            <>
              <Alert type="warning" showIcon title={pt('persons.lookup.notRegistered')} />
              {can('persons:register') && (
                <Form<Omit<RegisterInput, 'idNumber'>>
                  layout="vertical"
                  style={{ maxWidth: 480, marginTop: 16 }}
                  onFinish={(values) =>
                    register.mutate({
                      idNumber: asked.idNumber.trim(),
                      name: values.name,
                      phone: values.phone || undefined,
                      regionCode: values.regionCode || undefined,
                    })
                  }
                >
                  <Typography.Title level={5}>{pt('persons.register.title')}</Typography.Title>
                  {register.error && <ErrorAlert error={register.error} />}
                  <Form.Item
                    name="name"
                    label={pt('persons.register.name')}
                    rules={[{ required: true, whitespace: true, message: pt('persons.required') }]}
                  >
                    <Input maxLength={50} data-testid="register-name" />
                  </Form.Item>
                  <Form.Item name="phone" label={pt('persons.register.phone')}>
                    <Input maxLength={11} />
                  </Form.Item>
                  <Form.Item name="regionCode" label={pt('persons.register.region')}>
                    <Input maxLength={12} />
                  </Form.Item>
                  <Button
                    htmlType="submit"
                    type="primary"
                    loading={register.isPending}
                    data-testid="register-submit"
                  >
                    {pt('persons.register.submit')}
                  </Button>
                </Form>
              )}
            </>
          )}
        </div>
      </Card>
      <PersonListCard />
      <OrganizationCard />
    </Flex>
  );
}
