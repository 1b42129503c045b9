import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Me, Permission } from '../api/types';

const CurrentUserContext = createContext<Me | null>(null);

export function CurrentUserProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only inside the routes guarded by <RequireAuth>. */
export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireAuth>');
  return user;
}

export function hasPermission(user: Me, permission: Permission | undefined): boolean {
  return permission === undefined || user.permissions.includes(permission);
}

/** `const can = useCan(); can('user:manage')` */
export function useCan(): (permission: Permission | undefined) => boolean {
  const user = useCurrentUser();
  return useCallback((permission) => hasPermission(user, permission), [user]);
}
