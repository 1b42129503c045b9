// The legal-aid module (法律援助): the only file other modules import.
import type { SifaModule } from '../../platform/module.js';
import './domain/errors.js';
import './domain/permissions.js';
import { legalAidRoutes } from './routes.js';
import { personMatters } from './use-cases/person-matters.js';

export { LegalAidPermissions } from './domain/permissions.js';
export { legalAidCase } from './domain/case-type.js';
export { checkEligibility } from './domain/eligibility.js';

export const legalAidModule: SifaModule = {
  name: 'legal-aid',
  routes: legalAidRoutes,
  personMatters,
};
