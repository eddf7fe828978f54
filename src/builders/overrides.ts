import type { CollectionConfig, GlobalConfig } from 'payload'

import type { CollectionOverride, GlobalOverride } from '../types.ts'

import { isAccessHook } from '../access/accessHook.ts'

type Hooks = Record<string, unknown>

type CollectionHooks = NonNullable<CollectionConfig['hooks']>

/**
 * Hook lists joined key by key, in order: every list given runs, none
 * replaces another. (`{ beforeChange: [a] }` + `{ beforeChange: [b] }` runs a, then b.)
 */
export const mergeHooks = <T extends object = CollectionHooks>(...sets: (T | undefined)[]): T => {
  const merged: Hooks = {}
  for (const set of sets) {
    for (const [name, list] of Object.entries(set ?? {})) {
      if (!Array.isArray(list)) continue
      merged[name] = [...((merged[name] as unknown[] | undefined) ?? []), ...list]
    }
  }
  return merged as T
}

/**
 * A host's override applied to one of the plugin's collections or globals.
 * It adds, never removes: host hooks run after the plugin's, host endpoints
 * join the plugin's, and `admin` is merged. Access rules are the one thing an
 * override replaces, and only operation by operation, where the host names one.
 */
export const applyOverride = <T extends CollectionConfig | GlobalConfig>(
  base: T,
  override: CollectionOverride | GlobalOverride | false | undefined,
): T => {
  if (!override) return base
  const { fields, hooks, endpoints, access, admin, ...rest } = override as CollectionOverride
  const baseEndpoints = Array.isArray(base.endpoints) ? base.endpoints : []
  return {
    ...base,
    ...rest,
    slug: base.slug,
    admin: { ...base.admin, ...admin },
    access: { ...base.access, ...access },
    hooks: mergeHooks(base.hooks as Hooks, hooks as Hooks),
    endpoints: endpoints === false ? false : [...baseEndpoints, ...(endpoints ?? [])],
    fields: fields ? fields({ defaultFields: base.fields }) : base.fields,
  } as T
}

/**
 * `disabled: true`: the same schema without the plugin's behaviour. Only the
 * hooks marked as enforcing access rules (`accessHook`) stay, or the roles
 * would stop meaning anything, and the plugin's endpoints go. Applied before
 * the host's override, so the host's own hooks and endpoints are kept.
 */
export const withoutBehaviour = <T extends CollectionConfig | GlobalConfig>(config: T): T => {
  const hooks = Object.fromEntries(
    Object.entries(config.hooks ?? {}).map(([name, list]) => [
      name,
      Array.isArray(list) ? list.filter(isAccessHook) : list,
    ]),
  )
  return { ...config, hooks, endpoints: [] }
}
