// The error handler: every failure becomes { error: { code, message, details? } } with a 4xx for
// anything the client can fix, and 500 only for our own faults (logged, never detailed).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorBody } from '../errors/index.js';

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

export interface FieldProblem {
  in: string;
  path: string;
  message: string;
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  details?: unknown,
) {
  return reply.status(status).send(errorBody(code, request.locale, details));
}

export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) {
    return send(reply, request, error.status, error.code, error.details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const details: FieldProblem[] = error.validation.map((v) => ({
      in: where,
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      message: v.message ?? '',
    }));
    return send(reply, request, 400, 'VALIDATION_FAILED', details);
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped === 'BODY_TOO_LARGE') {
    return send(reply, request, 413, mapped, { limit: request.routeOptions.bodyLimit });
  }
  if (mapped === 'BAD_REQUEST')
    return send(reply, request, 400, mapped, { reason: fastifyError.message });
  if (mapped) return send(reply, request, fastifyError.statusCode ?? 400, mapped);
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return send(reply, request, status, 'BAD_REQUEST', { reason: fastifyError.message });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, request, 500, 'INTERNAL', { requestId: request.id });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  const url = request.url.split('?')[0];
  return send(reply, request, 404, 'ROUTE_NOT_FOUND', { method: request.method, url });
}
