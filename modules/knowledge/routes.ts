// HTTP routes of the knowledge module: one plugin per area, each in routes/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { graphRoutes } from './routes/graph.js';
import { staffRoutes } from './routes/staff.js';
import { termRoutes } from './routes/terms.js';
import { vocabularyRoutes } from './routes/vocabulary.js';

export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(graphRoutes);
  await app.register(termRoutes);
  await app.register(staffRoutes);
  await app.register(vocabularyRoutes);
};
