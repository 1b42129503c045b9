// The mediation module (人民调解): the only file other modules import.
import type { SifaModule } from '../../platform/module.js';
import './domain/errors.js';
import './domain/permissions.js';
import { mediationRoutes } from './routes.js';
import { organizationMatters, personMatters } from './use-cases/person-matters.js';

export { MediationPermissions } from './domain/permissions.js';
export { mediationCase } from './domain/case-type.js';
export { seedMediationDemo } from './use-cases/demo-seed.js';

export const mediationModule: SifaModule = {
  name: 'mediation',
  routes: mediationRoutes,
  personMatters,
  organizationMatters,
};
