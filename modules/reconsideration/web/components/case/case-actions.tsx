import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../api/types';
import { useRt } from '../../i18n/use-rt';
import { ActionModal, type NextAction } from './action-modal';

/** Only the steps the server lists for this user now, each behind its modal. */
export function CaseActions({
  detail,
  onUpdated,
  onStale,
}: {
  detail: CaseDetail;
  onUpdated: (detail: CaseDetail) => void;
  onStale: () => void;
}) {
  const rt = useRt();
  const [action, setAction] = useState<NextAction | null>(null);
  const [open, setOpen] = useState(false);
  // every opening gets a fresh modal (and form), so nothing of the last action remains
  const [opening, setOpening] = useState(0);

  if (detail.nextActions.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="no-actions">
        {rt('reconsideration.case.noActions')}
      </Typography.Text>
    );
  }
  return (
    <Flex wrap gap={8} data-testid="case-actions">
      {detail.nextActions.map((next, index) => (
        <Button
          key={next.action}
          type={index === 0 ? 'primary' : 'default'}
          danger={next.action === 'reject'}
          data-testid={`action-${next.action}`}
          onClick={() => {
            setAction(next);
            setOpening((count) => count + 1);
            setOpen(true);
          }}
        >
          {next.label}
        </Button>
      ))}
      <ActionModal
        key={opening}
        detail={detail}
        action={action}
        open={open}
        onClose={() => setOpen(false)}
        onUpdated={onUpdated}
        onStale={onStale}
      />
    </Flex>
  );
}
