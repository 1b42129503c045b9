// The persons module (一人一档, the person file): the only file other modules import.
import type { SifaModule } from '../../platform/module.js';
import './domain/errors.js';
import './domain/permissions.js';
import { personsRoutes } from './routes.js';

export { PersonsPermissions } from './domain/permissions.js';
export type { IdentityVerifier, IdentityClaim, VerifiedIdentity } from './domain/identity.js';
export { useIdentityVerifier } from './use-cases/citizen.js';

export const personsModule: SifaModule = {
  name: 'persons',
  routes: personsRoutes,
};
