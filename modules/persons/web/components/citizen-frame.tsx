import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Segmented, Typography } from 'antd';
import { PageSpin } from '@web/components/page-spin';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { citizenLogout, useCitizenMe } from '../api/persons';
import { usePt } from '../i18n/use-pt';

const MATTERS = '/public/persons/matters';
const ACCESS = '/public/persons/access-log';
export const CITIZEN_VERIFY = '/public/persons';

/** The verified person's pages: who they are, the two views, and finishing. */
export function CitizenFrame({ children }: { children: ReactNode }) {
  const pt = usePt();
  const me = useCitizenMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: citizenLogout,
    onSettled: () => {
      queryClient.removeQueries({ queryKey: ['persons', 'citizen'] });
      navigate(CITIZEN_VERIFY, { replace: true });
    },
  });
  if (me.isLoading) return <PageSpin />;
  if (!me.data) return <Navigate to={CITIZEN_VERIFY} replace />;
  return (
    <Card
      styles={{ title: { whiteSpace: 'normal' } }}
      title={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text data-testid="citizen-hello">
            {pt('persons.citizen.hello', {
              name: me.data.name ?? '',
              idNumber: me.data.idNumberMasked,
              time: new Date(me.data.expiresAt).toLocaleTimeString(),
            })}
          </Typography.Text>
          <Button size="small" onClick={() => logout.mutate()} loading={logout.isPending}>
            {pt('persons.citizen.logout')}
          </Button>
        </Flex>
      }
    >
      <Segmented
        block
        value={pathname}
        onChange={(value) => navigate(String(value))}
        options={[
          { value: MATTERS, label: pt('persons.public.matters') },
          { value: ACCESS, label: pt('persons.public.access') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {children}
    </Card>
  );
}
