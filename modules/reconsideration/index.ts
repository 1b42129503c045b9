// The reconsideration module (行政复议 / 行政应诉): the only file other modules import.
import type { SifaModule } from '../../platform/module.js';
import './domain/errors.js';
import './domain/permissions.js';
import { reconsiderationRoutes } from './routes.js';
import { organizationMatters, personMatters } from './use-cases/person-matters.js';

export { ReconsiderationPermissions } from './domain/permissions.js';
export { reconsiderationCase } from './domain/case-type.js';
export { runTimers as runReconsiderationTimers } from './use-cases/run-timers.js';

export const reconsiderationModule: SifaModule = {
  name: 'reconsideration',
  routes: reconsiderationRoutes,
  personMatters,
  organizationMatters,
};
