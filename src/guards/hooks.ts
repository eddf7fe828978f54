import type { CollectionConfig, Endpoint, GlobalConfig, Payload } from 'payload'

import { mergeHooks } from '../builders/overrides.ts'
import { refuseWrongTypes } from './bodyShape.ts'
import { refuseImpossibleIds } from './idShape.ts'
import { checkQueryShape } from './queryShape.ts'
import { checkGlobalQueryValues, checkQueryValues } from './queryValues.ts'
import { requireObjectBody } from './requestBody.ts'

/**
 * `POST /api/<accounts>/verify/:id` on an accounts collection that does not
 * verify emails: Payload looks for a token column it never made and answers
 * 500. The plugin's endpoints come before Payload's own, so this answers first.
 */
const nothingToVerify = (slug: string): Endpoint => ({
  path: '/verify/:id',
  method: 'post',
  handler: () =>
    Response.json(
      {
        errors: [
          {
            message: `The ${slug} collection does not verify email addresses: there is nothing to verify.`,
          },
        ],
      },
      { status: 404 },
    ),
})

/** The input guards on Payload's own REST routes of a collection, in the order they run. */
export const COLLECTION_INPUT_GUARDS = [
  checkQueryShape,
  checkQueryValues,
  refuseImpossibleIds,
  requireObjectBody,
  refuseWrongTypes,
]

/**
 * A collection with its input guards first in line: bad input Payload would
 * answer with a 500 gets a 4xx that says what to send, before any other hook
 * runs. Added after the behaviour comes off, so `disabled` keeps them.
 */
export const withInputGuards = (collection: CollectionConfig): CollectionConfig => {
  const verifies = typeof collection.auth === 'object' && Boolean(collection.auth.verify)
  return {
    ...collection,
    hooks: mergeHooks({ beforeOperation: COLLECTION_INPUT_GUARDS }, collection.hooks),
    ...(collection.auth && !verifies && collection.endpoints !== false
      ? { endpoints: [...(collection.endpoints ?? []), nothingToVerify(collection.slug)] }
      : {}),
  }
}

/** The same for a global (its routes take no id). */
export const withGlobalInputGuards = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: mergeHooks<NonNullable<GlobalConfig['hooks']>>(
    {
      beforeOperation: [
        checkQueryShape,
        checkGlobalQueryValues,
        requireObjectBody,
        refuseWrongTypes,
      ],
    },
    global.hooks,
  ),
})

/**
 * Payload adds its own collections (locked documents, jobs, key-value…) after
 * every plugin has run, so `withInputGuards` cannot reach them: their REST
 * routes get the same guards when Payload starts. Preferences are left out:
 * their routes are Payload's own endpoints, keyed by name rather than id.
 */
export const guardPayloadsOwnCollections = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    if (!config.slug.startsWith('payload-') || config.slug === 'payload-preferences') continue
    const hooks = (config.hooks.beforeOperation ??= [])
    // First in line, in their order, once (an onInit run twice adds nothing).
    hooks.unshift(...COLLECTION_INPUT_GUARDS.filter((guard) => !hooks.includes(guard)))
  }
}
