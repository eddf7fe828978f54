import type { PayloadRequest } from 'payload'

import { clientError } from './clientError.ts'

/** How deep `where[and][0][or][1]…` may nest: far beyond any real filter, well short of a stack overflow. */
export const MAX_WHERE_BRACKETS = 24

const WHOLE_NUMBERS: [name: string, min: number][] = [
  ['limit', 0],
  ['page', 1],
  ['depth', 0],
]

/**
 * What is wrong with a query string's paging and filter, or null: `limit`,
 * `page` and `depth` are whole numbers, and `where` is brackets or a JSON
 * object, not nested too deep. Payload fails on some of these with a 500.
 */
export const queryShapeProblem = (search: URLSearchParams): null | string => {
  for (const [name, min] of WHOLE_NUMBERS) {
    for (const value of search.getAll(name)) {
      if (!/^\d{1,9}$/.test(value) || Number(value) < min) {
        return `${name} must be a whole number of ${min} or more, not "${value.slice(0, 40)}".`
      }
    }
  }
  for (const [key, value] of search) {
    if (!key.startsWith('where')) continue
    if ((key.match(/\[/g) ?? []).length > MAX_WHERE_BRACKETS) {
      return `where is nested too deeply: at most ${MAX_WHERE_BRACKETS} levels of brackets.`
    }
    if (key !== 'where') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      parsed = undefined
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return 'where must be brackets (where[title][equals]=Hello) or a JSON object (where={"title":{"equals":"Hello"}}).'
    }
  }
  return null
}

/** The same check on every REST operation of a collection or global, before Payload reads the query. */
export const checkQueryShape = ({ req }: { req: PayloadRequest }): void => {
  if (req.payloadAPI !== 'REST' || !req.searchParams) return
  const problem = queryShapeProblem(req.searchParams)
  if (problem) throw clientError(problem, 400)
}
