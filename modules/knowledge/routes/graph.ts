// Public routes of the citation graph: a document's superior laws and the documents it cites or
// that cite it, the graph view's nodes and links, an article's citations both ways.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/http/session-plugin.js';
import * as c from '../contract.js';
import { articleLinks } from '../use-cases/article-links.js';
import { citationsBetween, documentGraph, documentLinks } from '../use-cases/document-links.js';
import { readScope } from './scope.js';

const tags = ['knowledge (public)'];

export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/knowledge/documents/links',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '文件的上位法、所引用的文件和引用它的文件',
        querystring: c.documentQuery,
        response: { 200: c.documentLinks },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      return documentLinks(ctx.db, request.query.version, readScope(ctx));
    },
  );
  app.get(
    '/api/knowledge/documents/graph',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '以某文件为中心的引用关系图（节点与连线）',
        querystring: c.graphQuery,
        response: { 200: c.documentGraph },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      return documentGraph(ctx.db, request.query.version, request.query.limit, readScope(ctx));
    },
  );
  app.get(
    '/api/knowledge/documents/citations',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '两个文件之间的条文引用（双向）',
        querystring: c.betweenQuery,
        response: { 200: c.citationsBetween },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      const { version, other } = request.query;
      return citationsBetween(ctx.db, version, other, readScope(ctx));
    },
  );
  app.get(
    '/api/knowledge/articles/links',
    {
      config: { public: true },
      schema: {
        tags,
        summary: '条文引用的条文和引用该条文的条文',
        querystring: c.articleQuery,
        response: { 200: c.articleLinks },
      },
    },
    async (request) => {
      const ctx = contextOf(app, request);
      return articleLinks(ctx.db, request.query.article, readScope(ctx));
    },
  );
};
