// What a module gives the server: its routes (a Fastify plugin). Roles, permissions and error
// codes are registered when the module's index.ts is imported.
import type { FastifyPluginAsync } from 'fastify';

export interface SifaModule {
  /** The folder name under modules/, e.g. `reconsideration`. */
  name: string;
  routes: FastifyPluginAsync;
}
