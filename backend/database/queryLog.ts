import { appendFileSync } from 'node:fs'

/** Drizzle's logger interface, as Payload's SQL adapters accept it. */
export type QueryLogger = { logQuery: (query: string, params: unknown[]) => void }

/**
 * Every SQL statement the server runs, one JSON line each, appended to `file`.
 * For the plan guard (test/query-plans.test.ts), which EXPLAINs each one;
 * never set in production (it writes on every query).
 */
export const queryLogTo = (file: string | undefined): QueryLogger | undefined =>
  file
    ? {
        logQuery: (query, params) => {
          const safeParams = params.map((param) =>
            typeof param === 'bigint'
              ? Number(param)
              : param instanceof Date
                ? param.toISOString()
                : param,
          )
          appendFileSync(file, `${JSON.stringify({ sql: query, params: safeParams })}\n`)
        },
      }
    : undefined
