// The knowledge module (法律专业词库 / 知识图谱): the only file other modules import.
// Importing it registers the graph update as a listener of every law import and the everyday-words
// vocabulary as an expander of the library search.
import type { SifaModule } from '../../platform/module.js';
import { onVersionsImported, registerQueryExpander } from '../regulations/index.js';
import './domain/errors.js';
import './domain/permissions.js';
import { knowledgeRoutes } from './routes.js';
import { updateGraph } from './use-cases/update-graph.js';
import { vocabularyExpander } from './use-cases/vocabulary.js';

export { KnowledgePermissions } from './domain/permissions.js';
export { citingDocuments } from './use-cases/document-links.js';
export { getImpactAlert, listImpactAlerts as impactAlerts } from './use-cases/impact-alerts.js';
export { rebuildGraph, updateGraph, type GraphUpdate } from './use-cases/update-graph.js';
export type {
  ImpactAlertDetail,
  ImpactAlertItem,
  ImpactAlertSummary,
  LinkedDocument,
} from './contract.js';

onVersionsImported(async (db, versionIds) => {
  await updateGraph(db, versionIds);
}, 'knowledge');
// Everyday words (几天, 交钱, 不服) expand the library search's queries with statutory terms.
registerQueryExpander(vocabularyExpander);

export const knowledgeModule: SifaModule = {
  name: 'knowledge',
  routes: knowledgeRoutes,
};
