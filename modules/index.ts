// The modules this Sifa runs. Each later module (notarization, legal aid, …) adds its
// `index.ts` export here; the server registers their routes and the web shell their pages.
import type { SifaModule } from '../platform/module.js';
import { notarizationModule } from './notarization/index.js';
import { reconsiderationModule } from './reconsideration/index.js';

export const modules: SifaModule[] = [reconsiderationModule, notarizationModule];
