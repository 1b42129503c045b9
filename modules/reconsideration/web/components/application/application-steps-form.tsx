import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Form, Steps, Typography } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { useState } from 'react';
import { submitApplication } from '../../api/public';
import type { ApplicationReceipt } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { showServerErrors } from '../../lib/form-errors';
import { APPLICATION_STEPS, stepOfFields } from './application-steps';
import {
  INITIAL_VALUES,
  KNOWN_FIELDS,
  toApplicationBody,
  type ApplicationValues,
} from './application-values';

interface ValidationFailure {
  errorFields?: { name: (string | number)[] }[];
}

const scrollToTop = () => window.scrollTo({ top: 0, behavior: 'smooth' });

/**
 * The online application as steps. Every step stays mounted (only hidden), so the last step can
 * validate the whole form and a server error can open the step of its field.
 */
export function ApplicationStepsForm({
  onSubmitted,
}: {
  onSubmitted: (receipt: ApplicationReceipt) => void;
}) {
  const rt = useRt();
  const [form] = Form.useForm<ApplicationValues>();
  const [current, setCurrent] = useState(0);
  const [reached, setReached] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const last = APPLICATION_STEPS.length - 1;

  const go = (step: number) => {
    setCurrent(step);
    setReached((value) => Math.max(value, step));
    scrollToTop();
  };

  const mutation = useMutation({
    mutationFn: async (values: ApplicationValues) =>
      submitApplication(await toApplicationBody(values)),
    onSuccess: onSubmitted,
    onError: (failure) => {
      const { remaining, fields } = showServerErrors(form, failure, KNOWN_FIELDS);
      setError(remaining);
      const step = stepOfFields(fields);
      if (step >= 0) go(step);
    },
  });

  const next = async () => {
    try {
      await form.validateFields(APPLICATION_STEPS[current]!.fields, { recursive: true });
      go(current + 1);
    } catch {
      // antd shows the messages under the fields
    }
  };

  const submit = async () => {
    setError(null);
    try {
      await form.validateFields({ recursive: true });
    } catch (failure) {
      const first = (failure as ValidationFailure).errorFields?.[0]?.name[0];
      const step = first === undefined ? -1 : stepOfFields([String(first)]);
      if (step >= 0 && step !== current) go(step);
      return;
    }
    mutation.mutate(form.getFieldsValue(true) as ApplicationValues);
  };

  return (
    <>
      <Steps
        size="small"
        responsive={false}
        titlePlacement="vertical"
        current={current}
        onChange={(step) => step <= reached && go(step)}
        items={APPLICATION_STEPS.map((step, index) => ({
          key: step.key,
          title: rt(step.titleKey),
          disabled: index > reached,
        }))}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={5} data-testid="apply-step-title">
        {rt('reconsideration.apply.stepOf', {
          n: current + 1,
          total: APPLICATION_STEPS.length,
          title: rt(APPLICATION_STEPS[current]!.titleKey),
        })}
      </Typography.Title>
      <Form<ApplicationValues>
        form={form}
        layout="vertical"
        initialValues={INITIAL_VALUES}
        autoComplete="off"
        scrollToFirstError
      >
        {APPLICATION_STEPS.map((step, index) => (
          <div
            key={step.key}
            data-testid={`apply-step-${step.key}`}
            style={{ display: index === current ? undefined : 'none' }}
          >
            {step.content}
          </div>
        ))}
      </Form>
      {error !== null && <ErrorAlert error={error} testId="apply-error" />}
      <Flex gap={12} justify="space-between" style={{ marginTop: 16 }}>
        <Button disabled={current === 0} onClick={() => go(current - 1)}>
          {rt('reconsideration.apply.previous')}
        </Button>
        {current < last ? (
          <Button type="primary" onClick={() => void next()} data-testid="apply-next">
            {rt('reconsideration.apply.next')}
          </Button>
        ) : (
          <Button
            type="primary"
            loading={mutation.isPending}
            onClick={() => void submit()}
            data-testid="apply-submit"
          >
            {rt('reconsideration.apply.submit')}
          </Button>
        )}
      </Flex>
    </>
  );
}
