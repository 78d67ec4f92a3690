/** JSON schemas the routes share: they validate requests and make the OpenAPI document. */

export const ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 512 } },
  required: ['id'],
} as const;

export const PAIR_PARAMS = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 512 },
    source: { type: 'string', minLength: 1, maxLength: 512 },
  },
  required: ['id', 'source'],
} as const;

export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
    issues: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  required: ['error'],
} as const;

/** A route that takes no query parameters. */
export const NO_QUERY = { type: 'object', additionalProperties: false } as const;

/** What a write that adds articles answers: the counts, and an issue for each record rejected. */
export const ADD_SUMMARY = {
  type: 'object',
  properties: {
    added: { type: 'integer' },
    unchanged: { type: 'integer' },
    replaced: { type: 'integer' },
    rejected: { type: 'integer' },
    comparisons: { type: 'integer' },
    stories: { type: 'integer' },
    issues: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;
