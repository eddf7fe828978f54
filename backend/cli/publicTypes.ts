import { compile } from 'json-schema-to-typescript'
import path from 'node:path'
import * as prettier from 'prettier'

type OpenApiDocument = { components: { schemas: Record<string, Record<string, unknown>> } }

/**
 * `PopulatedFields` (each collection's `x-populated-fields`: what a related
 * document of it brings at depth ≥ 1) and the depth-aware helpers built on it.
 */
const depthTypes = (document: OpenApiDocument): string => {
  const entries = Object.entries(document.components.schemas)
    .map(([name, schema]) => [name, schema['x-populated-fields']] as const)
    .filter((entry): entry is readonly [string, string[]] => Array.isArray(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b))
  const lines = entries.map(
    ([name, fields]) =>
      `  ${JSON.stringify(name)}: ${fields.map((field) => JSON.stringify(field)).join(' | ')}`,
  )
  return `
/**
 * The fields a related document of each collection brings when populated
 * (depth 1 or more): its collection's \`defaultPopulate\`. Others come whole.
 */
export interface PopulatedFields {
${lines.join('\n')}
}

export type { AtDepth, Depth } from '../publicTypes/depth.ts'
`
}

export const PUBLIC_TYPES_FILE = 'src/exports/publicTypes.ts'

const BANNER = `/**
 * What an anonymous reader gets from the API (payload-plugin-charity/public-types):
 * every public collection and global as REST answers it, without the
 * fields the public never sees. Generated from GET /api/openapi.json of the
 * reference backend by \`npm run generate:public-types\`; do not edit. A related
 * document is its id at depth 0 and the document at depth 1 or more, so relation
 * fields are typed as either.
 */`

/**
 * TypeScript declarations for the OpenAPI document's schemas, one interface
 * per public collection and global (named by its title, as Payload names them).
 */
export const publicTypesSource = async (document: OpenApiDocument): Promise<string> => {
  const definitions = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll(
      '"#/components/schemas/',
      '"#/definitions/',
    ),
  ) as Record<string, Record<string, unknown>>
  const names = Object.keys(definitions).sort()
  const source = await compile(
    {
      title: 'PublicApi',
      type: 'object',
      additionalProperties: false,
      required: names,
      properties: Object.fromEntries(
        names.map((name) => [name, { $ref: `#/definitions/${name}` }]),
      ),
      definitions,
    },
    'PublicApi',
    {
      bannerComment: BANNER,
      additionalProperties: false,
      unreachableDefinitions: true,
      format: true,
    },
  )
  // Formatted as the repository formats it, so the committed file passes `prettier --check`.
  const filepath = path.resolve(import.meta.dirname, '../..', PUBLIC_TYPES_FILE)
  return prettier.format(source + depthTypes(document), {
    ...(await prettier.resolveConfig(filepath)),
    filepath,
  })
}
