// The modules this Sifa runs. Each later module (notarization, legal aid, …) adds its
// `index.ts` export here; the server registers their routes and the web shell their pages.
import type { SifaModule } from '../platform/module.js';
import { knowledgeModule } from './knowledge/index.js';
import { legalAidModule } from './legal-aid/index.js';
import { mediationModule } from './mediation/index.js';
import { notarizationModule } from './notarization/index.js';
import { personsModule } from './persons/index.js';
import { reconsiderationModule } from './reconsideration/index.js';
import { regulationsModule } from './regulations/index.js';

export const modules: SifaModule[] = [
  reconsiderationModule,
  notarizationModule,
  personsModule,
  regulationsModule,
  knowledgeModule,
  mediationModule,
  legalAidModule,
];
