import { Divider, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ReconsiderationKey } from '../../i18n/messages';
import { useRt } from '../../i18n/use-rt';
import { ActSection, RequestsSection } from './act-section';
import { AgentsSection, ApplicantsSection, AuthoritySection } from './parties-section';
import { AttachmentsSection, SimplifiedSection } from './simplified-section';

export interface ApplicationStep {
  key: string;
  titleKey: ReconsiderationKey;
  /** Top-level form fields of the step: validated before going on, opened on a server error. */
  fields: string[];
  content: ReactNode;
}

function PartiesStep() {
  const rt = useRt();
  return (
    <>
      <AuthoritySection />
      <Typography.Title level={5}>{rt('reconsideration.apply.applicants')}</Typography.Title>
      <ApplicantsSection />
      <Divider />
      <Typography.Title level={5}>{rt('reconsideration.apply.agents')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {rt('reconsideration.apply.agentsHint')}
      </Typography.Paragraph>
      <AgentsSection />
    </>
  );
}

/** The sections of an application, in the order a citizen fills them in. */
export const APPLICATION_STEPS: ApplicationStep[] = [
  {
    key: 'parties',
    titleKey: 'reconsideration.step.parties',
    fields: ['authorityRegionCode', 'applicants', 'agents'],
    content: <PartiesStep />,
  },
  {
    key: 'act',
    titleKey: 'reconsideration.step.act',
    fields: [
      'respondentName',
      'respondentCreditCode',
      'contestedAct',
      'actDate',
      'knewDate',
      'informedOfRight',
      'learnedOfRightDate',
      'realProperty',
    ],
    content: <ActSection />,
  },
  {
    key: 'requests',
    titleKey: 'reconsideration.step.requests',
    fields: [
      'requests',
      'factsAndReasons',
      'stopExecutionRequest',
      'reviewDocument',
      'normativeDocumentReview',
      'claimCompensation',
      'compensationClaim',
    ],
    content: <RequestsSection />,
  },
  {
    key: 'simplified',
    titleKey: 'reconsideration.step.simplified',
    fields: ['simplifiedFacts'],
    content: <SimplifiedSection />,
  },
  {
    key: 'attachments',
    titleKey: 'reconsideration.step.attachments',
    fields: ['attachments'],
    content: <AttachmentsSection />,
  },
];

/** The step that holds the first of `fields`, or -1. */
export function stepOfFields(fields: readonly string[]): number {
  return APPLICATION_STEPS.findIndex((step) => step.fields.some((name) => fields.includes(name)));
}
