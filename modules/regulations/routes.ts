// HTTP routes of the regulations module: one plugin per area, each in routes/. Another area
// (search, filing review, portal) adds its file there and one line here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cleanupRoutes } from './routes/cleanup.js';
import { filingRoutes } from './routes/filings.js';
import { libraryRoutes } from './routes/library.js';
import { searchRoutes } from './routes/search.js';
import { portalRoutes } from './routes/portal.js';

export const regulationsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(libraryRoutes);
  await app.register(searchRoutes);
  await app.register(filingRoutes);
  await app.register(cleanupRoutes);
  await app.register(portalRoutes);
};
