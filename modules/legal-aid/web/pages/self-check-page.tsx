import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, List, Result, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { PageSpin } from '@web/components/page-spin';
import { Link } from 'react-router-dom';
import { selfCheck, useMeta } from '../api/legal-aid';
import { EligibilityTable } from '../components/eligibility-table';
import { FACTS_DEFAULTS, FactsFields, type FactsValues, toFacts } from '../components/facts-fields';
import { PublicCard } from '../components/public-card';
import { useLa } from '../i18n/use-la';

/** 我能申请法律援助吗？ The rules answer on the spot; nothing entered is stored. */
export function SelfCheckPage() {
  const la = useLa();
  const meta = useMeta();
  const [form] = Form.useForm<FactsValues>();
  const check = useMutation({ mutationFn: (values: FactsValues) => selfCheck(toFacts(values)) });

  if (meta.isPending) return <PageSpin />;
  if (meta.error) return <ErrorAlert error={meta.error} onRetry={() => void meta.refetch()} />;
  const result = check.data;

  return (
    <PublicCard title={la('legal-aid.public.selfCheck')}>
      <Typography.Paragraph type="secondary">{la('legal-aid.self.intro')}</Typography.Paragraph>
      <Form<FactsValues>
        form={form}
        layout="vertical"
        initialValues={FACTS_DEFAULTS}
        onFinish={(values) => check.mutate(values)}
        onValuesChange={() => check.reset()}
        data-testid="selfcheck-form"
      >
        <FactsFields meta={meta.data} placeRequired={false} />
        {check.error && <ErrorAlert error={check.error} />}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={check.isPending}
          data-testid="selfcheck-submit"
        >
          {la('legal-aid.self.submit')}
        </Button>
      </Form>
      {result && (
        <div
          data-testid="selfcheck-result"
          data-passed={String(result.passed)}
          style={{ marginTop: 24 }}
        >
          <Result
            status={result.passed ? 'success' : 'warning'}
            title={la(result.passed ? 'legal-aid.self.passed' : 'legal-aid.self.failed')}
            subTitle={result.routeLabel ?? undefined}
            extra={
              result.passed ? (
                <Link to="/public/legal-aid/apply" data-testid="selfcheck-apply">
                  <Button type="primary">{la('legal-aid.self.applyNow')}</Button>
                </Link>
              ) : undefined
            }
          />
          {result.centre && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="selfcheck-centre"
              title={la('legal-aid.self.applyAt', {
                centre: result.centre.name,
                reason: result.centre.reason,
              })}
            />
          )}
          {result.placeMessage && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={result.placeMessage}
            />
          )}
          <EligibilityTable result={result} />
          <List
            size="small"
            header={la('legal-aid.self.nextSteps')}
            dataSource={result.nextSteps}
            renderItem={(item) => <List.Item>{item}</List.Item>}
          />
        </div>
      )}
    </PublicCard>
  );
}
