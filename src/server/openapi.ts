import type { RouteOptions } from 'fastify';

/** The routes' own schemas as an OpenAPI 3.1 document: what validates a request is what is documented. */
export function openApiDocument(routes: readonly RouteOptions[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    if (schema.hide === true) continue;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    const operations = paths[path] ?? {};
    paths[path] = operations;
    for (const method of methods) {
      operations[method.toLowerCase()] = {
        summary: schema.summary ?? '',
        parameters: [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')],
        ...(method === 'POST' || method === 'PUT' ? { requestBody: requestBody(schema.body) } : {}),
        responses: responses(schema.response),
        ...(method === 'GET' ? {} : { security: [{ bearer: [] }] }),
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'storytrace', version },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

/** A route with a body schema takes JSON of that shape; one without (POST /articles) JSON or JSON Lines. */
function requestBody(schema: unknown): Record<string, unknown> {
  if (schema === undefined) return { content: { 'application/json': {}, 'application/x-ndjson': {} } };
  return { required: true, content: { 'application/json': { schema } } };
}

function parameters(schema: unknown, where: 'path' | 'query'): Record<string, unknown>[] {
  const object = schema as { properties?: Record<string, unknown>; required?: string[] } | undefined;
  return Object.entries(object?.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object?.required ?? []).includes(name),
    schema: property,
  }));
}

function responses(schema: unknown): Record<string, unknown> {
  const byStatus = (schema ?? {}) as Record<string, unknown>;
  const described: Record<string, unknown> = { default: { description: 'an error: {error: {code, message}}' } };
  for (const [status, body] of Object.entries(byStatus)) {
    described[status.toUpperCase()] = { description: status, content: { 'application/json': { schema: body } } };
  }
  if (!('200' in byStatus)) described['200'] = { description: 'ok' };
  return described;
}
