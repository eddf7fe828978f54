import type { Payload } from 'payload'

/** A missing table, in the words SQLite and PostgreSQL use. */
const MISSING_TABLE = /no such table|does not exist/i

/**
 * Outside production Payload creates and updates SQL tables by itself; in
 * production it never does. So a first production start on an empty SQLite or
 * PostgreSQL database creates the tables once. A database that already has
 * tables is left alone: changing a live schema is a migration's job.
 */
export const createSchemaIfEmpty = async (payload: Payload): Promise<void> => {
  if (process.env.NODE_ENV !== 'production') return
  const kind = (payload.db as { name?: string }).name
  if (kind !== 'sqlite' && kind !== 'postgres') return
  try {
    // Payload's own bookkeeping table exists in every database it has set up.
    await payload.count({ collection: 'payload-migrations', overrideAccess: true })
    return
  } catch (error) {
    if (
      !MISSING_TABLE.test(
        error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error),
      )
    ) {
      throw error
    }
  }
  payload.logger.info('Empty database: creating the tables for this first production start.')
  const { pushDevSchema } = await import('@payloadcms/drizzle')
  await pushDevSchema(payload.db as unknown as Parameters<typeof pushDevSchema>[0])
}
