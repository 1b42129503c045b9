// The modules this Sifa runs. Each later module (reconsideration, notarization, …) adds its
// `index.ts` export here; the server registers their routes and the web shell their pages.
import type { SifaModule } from '../platform/module.js';

export const modules: SifaModule[] = [];
