import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import type { CharityPluginOptions, CollectionOverride } from './types.ts'

import { Media } from '../collections/Media.ts'
import { Users } from '../collections/Users/index.ts'
import { roleField } from './fields/role.ts'

/** Apply a user's override to one of the plugin's collections. */
const applyCollectionOverride = (
  base: CollectionConfig,
  override: CollectionOverride | undefined,
): CollectionConfig => {
  if (!override) return base
  const { fields, ...rest } = override
  return {
    ...base,
    ...rest,
    admin: { ...base.admin, ...rest.admin },
    access: { ...base.access, ...rest.access },
    hooks: { ...base.hooks, ...rest.hooks },
    fields: fields ? fields({ defaultFields: base.fields }) : base.fields,
  }
}

const hasField = (fields: Field[], name: string): boolean =>
  fields.some((field) => 'name' in field && field.name === name)

/**
 * `charityPlugin(options)(config)`: adds the charity's collections, globals,
 * access rules, hooks and endpoints to any Payload config, keeping what the
 * host already has.
 */
export const charityPlugin =
  (options: CharityPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const usersSlug = options.usersCollection ?? 'users'
    const collections = [...(incomingConfig.collections ?? [])]

    // Users: add `role` to the host's auth collection, or bring our own.
    const existingUsers = collections.findIndex((collection) => collection.slug === usersSlug)
    if (existingUsers >= 0) {
      const host = collections[existingUsers]
      collections[existingUsers] = {
        ...host,
        fields: hasField(host.fields, 'role') ? host.fields : [...host.fields, roleField()],
      }
    } else if (options.collections?.users !== false) {
      const users = applyCollectionOverride(
        { ...Users, slug: usersSlug },
        options.collections?.users || undefined,
      )
      collections.push({ ...users, fields: [...users.fields, roleField()] })
    }

    if (options.collections?.media !== false) {
      collections.push(applyCollectionOverride(Media, options.collections?.media || undefined))
    }

    return {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        user: incomingConfig.admin?.user ?? usersSlug,
      },
      collections,
    }
  }
