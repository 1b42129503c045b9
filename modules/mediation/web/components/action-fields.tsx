import { Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCommittee } from '../api/mediation';
import type { CaseDetail, MediationMeta } from '../api/types';
import { useMt, type MediationKey } from '../i18n/use-mt';

const options = (labels: Record<string, string> | undefined) =>
  Object.entries(labels ?? {}).map(([value, label]) => ({ value, label }));

function MediatorSelect({ detail }: { detail: CaseDetail }) {
  const mt = useMt();
  const committee = useCommittee(detail.committeeId);
  const mediators = (committee.data?.mediators ?? []).filter((m) => m.active);
  return (
    <Form.Item
      name="mediatorId"
      label={mt('mediation.action.mediator')}
      rules={[{ required: true, message: mt('mediation.required') }]}
    >
      <Select
        data-testid="mediator-select"
        loading={committee.isPending}
        options={mediators.map((m) => ({
          value: m.id,
          label: `${m.name}（${m.kindLabel}${m.specialtyLabels.length ? `：${m.specialtyLabels.join('、')}` : ''}）`,
        }))}
      />
    </Form.Item>
  );
}

/** The fields of one action's form; the note is added by the modal. */
export function ActionFields({
  action,
  detail,
  meta,
}: {
  action: string;
  detail: CaseDetail;
  meta: MediationMeta | undefined;
}) {
  const mt = useMt();
  const required = [{ required: true, message: mt('mediation.required') }];
  const requiredText = [{ required: true, whitespace: true, message: mt('mediation.required') }];
  const area = (name: string, key: MediationKey, rows = 3) => (
    <Form.Item name={name} label={mt(key)} rules={requiredText}>
      <Input.TextArea rows={rows} maxLength={4000} />
    </Form.Item>
  );
  const date = (name: string | (string | number)[], key: MediationKey) => (
    <Form.Item name={name} label={mt(key)} rules={required}>
      <DatePicker style={{ width: 200 }} />
    </Form.Item>
  );
  const input = (name: string, key: MediationKey, rules = requiredText) => (
    <Form.Item name={name} label={mt(key)} rules={rules}>
      <Input maxLength={200} />
    </Form.Item>
  );
  const routes = (
    <Form.Item
      name="routes"
      label={mt('mediation.action.routes')}
      rules={[{ required: true, type: 'array', min: 1, message: mt('mediation.required') }]}
    >
      <Checkbox.Group options={options(meta?.otherRoutes)} />
    </Form.Item>
  );
  const agreement = (
    <>
      {area('content', 'mediation.agreement.content', 4)}
      {input('performanceManner', 'mediation.agreement.manner')}
      <Form.Item name="performanceDeadline" label={mt('mediation.agreement.deadline')}>
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
    </>
  );
  const fields: Record<string, ReactNode> = {
    assign: <MediatorSelect detail={detail} />,
    transfer: area('reason', 'mediation.action.reason'),
    refuse: (
      <>
        <Form.Item name="partyId" label={mt('mediation.action.party')} rules={required}>
          <Select
            options={detail.parties.map((p) => ({
              value: p.id,
              label: `${p.name}（${p.roleLabel}）`,
            }))}
          />
        </Form.Item>
        {area('reason', 'mediation.action.reason')}
        {routes}
      </>
    ),
    terminate: (
      <>
        <Form.Item name="ground" label={mt('mediation.action.ground')} rules={required}>
          <Select options={options(meta?.terminationGrounds)} />
        </Form.Item>
        {area('reason', 'mediation.action.reason')}
        {routes}
      </>
    ),
    record_session: (
      <>
        {date('heldOn', 'mediation.action.heldOn')}
        {input('place', 'mediation.action.place')}
        {input('participants', 'mediation.action.participants')}
        {area('notes', 'mediation.action.notes', 4)}
      </>
    ),
    draft_agreement: (
      <>
        {area('facts', 'mediation.agreement.facts')}
        {area('issues', 'mediation.agreement.issues', 2)}
        {area('responsibilities', 'mediation.agreement.responsibilities', 2)}
        {agreement}
      </>
    ),
    agree_oral: agreement,
    sign_agreement: (
      <>
        {detail.parties.map((p, i) => (
          <div key={p.id} data-testid={`signature-${i}`}>
            <Typography.Text strong>
              {p.name}（{p.roleLabel}）
            </Typography.Text>
            <div style={{ display: 'flex', gap: 12 }}>
              <Form.Item
                name={['signatures', i, 'manner']}
                label={mt('mediation.action.manner')}
                rules={required}
              >
                <Select style={{ width: 140 }} options={options(meta?.signatureManners)} />
              </Form.Item>
              {date(['signatures', i, 'signedOn'], 'mediation.action.signedOn')}
            </div>
          </div>
        ))}
        {date('mediatorSignedOn', 'mediation.action.mediatorSignedOn')}
        {date('sealedOn', 'mediation.action.sealedOn')}
      </>
    ),
    follow_up: (
      <>
        {date('visitedOn', 'mediation.action.visitedOn')}
        <Form.Item name="method" label={mt('mediation.action.method')} rules={required}>
          <Select options={options(meta?.followUpMethods)} />
        </Form.Item>
        <Form.Item name="performance" label={mt('mediation.action.performance')} rules={required}>
          <Select options={options(meta?.performance)} />
        </Form.Item>
      </>
    ),
    apply_confirmation: (
      <>
        {input('court', 'mediation.action.court')}
        {date('date', 'mediation.after.applied')}
      </>
    ),
    court_accept: date('date', 'mediation.after.accepted'),
    court_decline: (
      <>
        {date('date', 'mediation.action.date')}
        {area('reason', 'mediation.action.reason')}
      </>
    ),
    court_confirm: (
      <>
        {date('date', 'mediation.action.date')}
        {input('rulingNumber', 'mediation.action.rulingNumber', [])}
      </>
    ),
    court_reject: (
      <>
        {date('date', 'mediation.action.date')}
        {input('rulingNumber', 'mediation.action.rulingNumber', [])}
        {area('reason', 'mediation.action.reason')}
      </>
    ),
    record_litigation: input('court', 'mediation.action.court', []),
    record_enforcement: input('court', 'mediation.action.court'),
    flag_risk: (
      <>
        <Form.Item name="level" label={mt('mediation.action.level')} rules={required}>
          <Select options={options(meta?.riskLevels)} />
        </Form.Item>
        <Form.Item name="reportedToPolice" valuePropName="checked">
          <Checkbox>{mt('mediation.action.reportedToPolice')}</Checkbox>
        </Form.Item>
        {input('policeStation', 'mediation.action.policeStation', [])}
      </>
    ),
  };
  return <>{fields[action] ?? null}</>;
}
