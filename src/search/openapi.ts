import type { CharityContext } from '../context.ts'

import { SEARCH_BOUNDS } from './query.ts'

const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } })
const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }

/** `GET /api/search` in the OpenAPI document (src/openapi/document.ts adds it to its paths). */
export const searchPaths = (
  api: string,
  ctx: Pick<CharityContext, 'search'>,
  locales: string[],
): Record<string, unknown> => {
  if (!ctx.search.length) return {}
  const types = ctx.search.map(({ slug }) => slug)
  const integer = (max: number, fallback: number, description: string) => ({
    type: 'integer',
    minimum: 1,
    maximum: max,
    default: fallback,
    description,
  })
  return {
    [`${api}/search`]: {
      get: {
        operationId: 'search',
        summary: `Site search over published ${types.join(', ')}: title matches first, then relevance`,
        tags: ['search'],
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            description:
              'The words to find; each matches the start of a word, whatever its case and accents. Punctuation is ignored.',
            schema: { type: 'string', minLength: 1, maxLength: SEARCH_BOUNDS.maxQueryLength },
          },
          { name: 'locale', in: 'query', schema: { type: 'string', enum: locales } },
          {
            name: 'type',
            in: 'query',
            description: `Comma-separated: ${types.join(', ')}.`,
            schema: { type: 'string' },
          },
          {
            name: 'limit',
            in: 'query',
            schema: integer(
              SEARCH_BOUNDS.maxLimit,
              SEARCH_BOUNDS.defaultLimit,
              'Results per page.',
            ),
          },
          { name: 'page', in: 'query', schema: integer(SEARCH_BOUNDS.maxPage, 1, 'The page.') },
        ],
        responses: {
          200: {
            description: 'One page of results, best first.',
            content: json({
              type: 'object',
              required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages'],
              properties: {
                docs: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['type', 'id', 'title', 'snippet', 'path'],
                    properties: {
                      type: { type: 'string', enum: types },
                      id: { type: ['integer', 'string'] },
                      slug: nullableString,
                      title: string,
                      snippet: {
                        type: 'string',
                        description: 'HTML: the text escaped, matching words in <mark>.',
                      },
                      path: nullableString,
                      url: nullableString,
                    },
                  },
                },
                totalDocs: { type: 'integer' },
                limit: { type: 'integer' },
                page: { type: 'integer' },
                totalPages: { type: 'integer' },
                hasPrevPage: { type: 'boolean' },
                hasNextPage: { type: 'boolean' },
              },
            }),
          },
          400: {
            description:
              'A missing or over-long q, or a parameter out of range (the message names it).',
            content: json({ $ref: '#/components/schemas/Errors' }),
          },
          429: {
            description: 'Too many searches from this address; Retry-After says when to try again.',
            content: json({ $ref: '#/components/schemas/Errors' }),
          },
        },
      },
    },
  }
}
