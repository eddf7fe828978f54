/**
 * The plan guard's eyes: EXPLAIN one captured SQL statement and say what in
 * its plan grows with content. A finding names the rule, the table and the
 * plan line, so a failure reads as "what got slow, and where".
 *
 * SQLite (EXPLAIN QUERY PLAN, works at any size: without statistics SQLite
 * plans by structure, not by row counts):
 * - a bare `SCAN <table>` (no index) of a growing table, worst inside a
 *   correlated subquery, where it runs once per row of the outer query;
 * - `USE TEMP B-TREE FOR ORDER BY` at the top of a `LIMIT`ed list of a growing
 *   table: every matching row (and its subqueries) is made and sorted before
 *   the limit applies.
 * PostgreSQL (EXPLAIN, with `enable_seqscan = off`, so a Seq Scan means "no
 * usable index" even on a small test database):
 * - `Seq Scan` on a growing table;
 * - an index scan whose condition skips the index's first column (before
 *   PostgreSQL 18 that reads the whole index);
 * - `Sort` right under `Limit` over more than a handful of rows.
 */

export type Finding = { rule: string; table: string; detail: string }

export type Exec = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>

/** Tables whose size follows content (site search's index too); lookup tables (categories, media, users, settings) are exempt. */
export const GROWING =
  /^_?(posts|events|event_occurrences|donation_appeals|campaigns|donations|groups|training_requests|charity_search)(_v)?(_|$)/

/** alias → table, from drizzle's `"table" "alias"` pairs. */
const aliases = (sql: string) => {
  const map = new Map<string, string>()
  for (const match of sql.matchAll(/(?:from|join) "([^"]+)" "([^"]+)"/gi))
    map.set(match[2], match[1])
  return map
}

/** The table of the outermost FROM (drizzle nests its relational subqueries in parentheses). */
const outerTable = (sql: string): string => {
  let depth = 0
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]
    if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (depth === 0 && /^ from "/i.test(sql.slice(i, i + 7)))
      return /^ from "([^"]+)"/i.exec(sql.slice(i))?.[1] ?? '?'
  }
  return '?'
}

/**
 * `isLarge(table)`: whether a scan of that table counts. Without statistics
 * every growing table does; with them, SQLite rightly scans a table of a few
 * rows rather than use an index, so only tables with real sizes count.
 */
export const checkSqlite = async (
  exec: Exec,
  sql: string,
  params: unknown[],
  isLarge: (table: string) => boolean = () => true,
): Promise<Finding[]> => {
  const rows = await exec(`EXPLAIN QUERY PLAN ${sql}`, params)
  const alias = aliases(sql)
  const coroutines = new Set(
    rows
      .map((row) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(String(row.detail))?.[1])
      .filter(Boolean),
  )
  const parentOf = new Map(rows.map((row) => [Number(row.id), Number(row.parent)]))
  const detailOf = new Map(rows.map((row) => [Number(row.id), String(row.detail)]))
  const inCorrelated = (id: number) => {
    for (let parent = parentOf.get(id); parent; parent = parentOf.get(parent)) {
      if (detailOf.get(parent)?.startsWith('CORRELATED')) return true
    }
    return false
  }
  const findings: Finding[] = []
  // A list cut by LIMIT; an `id in (…)` read is a lookup of known rows, sorted in memory by design.
  const limited = /\blimit \?\s*(offset \?)?$/i.test(sql.trim()) && !/"id" in \(/.test(sql)
  for (const row of rows) {
    const detail = String(row.detail)
    const scan = /^SCAN (\S+)$/.exec(detail)
    if (scan && !coroutines.has(scan[1]) && !scan[1].startsWith('(subquery')) {
      const table = alias.get(scan[1]) ?? scan[1]
      if (GROWING.test(table) && isLarge(table)) {
        findings.push({
          rule: inCorrelated(Number(row.id)) ? 'per-row full scan' : 'full scan',
          table,
          detail,
        })
      }
    }
    if (limited && Number(row.parent) === 0 && detail === 'USE TEMP B-TREE FOR ORDER BY') {
      const table = outerTable(sql)
      if (GROWING.test(table) && isLarge(table))
        findings.push({ rule: 'sort before LIMIT', table, detail })
    }
  }
  return findings
}

type PgNode = {
  'Node Type': string
  'Plan Rows'?: number
  'Relation Name'?: string
  'Index Name'?: string
  'Index Cond'?: string
  Plans?: PgNode[]
}

export const checkPostgres = async (
  exec: Exec,
  sql: string,
  params: unknown[],
  firstColumnOf: (index: string) => Promise<string>,
  isLarge: (table: string) => boolean = () => true,
): Promise<Finding[]> => {
  const [row] = await exec(`EXPLAIN (FORMAT JSON) ${sql}`, params)
  const plan = (row['QUERY PLAN'] as { Plan: PgNode }[])[0].Plan
  const findings: Finding[] = []
  const walk = async (node: PgNode, parent?: PgNode) => {
    const table = node['Relation Name'] ?? ''
    if (node['Node Type'] === 'Seq Scan' && GROWING.test(table)) {
      findings.push({ rule: 'seq scan', table, detail: 'Seq Scan' })
    }
    if (
      /Index/.test(node['Node Type']) &&
      node['Index Name'] &&
      node['Index Cond'] &&
      GROWING.test(table)
    ) {
      const lead = await firstColumnOf(node['Index Name'])
      // On a table of a few rows any index is as good as another; the planner's pick says nothing.
      if (lead && isLarge(table) && !new RegExp(`\\b${lead}\\b`).test(node['Index Cond'])) {
        findings.push({
          rule: 'non-leading index column',
          table,
          detail: `${node['Index Name']}: ${node['Index Cond']}`,
        })
      }
    }
    if (
      node['Node Type'] === 'Sort' &&
      parent?.['Node Type'] === 'Limit' &&
      (node.Plans?.[0]?.['Plan Rows'] ?? 0) > 50
    ) {
      const relation = /"Relation Name":"([^"]+)"/.exec(JSON.stringify(node))?.[1] ?? '?'
      if (GROWING.test(relation))
        findings.push({ rule: 'sort before LIMIT', table: relation, detail: 'Limit -> Sort' })
    }
    for (const child of node.Plans ?? []) await walk(child, node)
  }
  await walk(plan)
  return findings
}

/** Statements the guard explains: reads of content, not schema introspection or writes. */
export const isContentRead = (sql: string): boolean =>
  /^\s*(select|with)\b/i.test(sql) &&
  !/sqlite_master|pg_catalog|information_schema|payload_migrations/i.test(sql)
