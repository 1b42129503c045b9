// The notarization module (公证办证): the only file other modules import.
import type { SifaModule } from '../../platform/module.js';
import './domain/errors.js';
import './domain/permissions.js';
import { notarizationRoutes } from './routes.js';
import { personMatters } from './use-cases/person-matters.js';

export { NotarizationPermissions } from './domain/permissions.js';
export { notarizationCase } from './domain/case-type.js';
export { LEDGER_LOG as NOTARY_LEDGER_LOG } from './domain/certificate.js';

export const notarizationModule: SifaModule = {
  name: 'notarization',
  routes: notarizationRoutes,
  personMatters,
};
