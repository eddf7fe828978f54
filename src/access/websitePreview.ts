import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionConfig,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'

import { hasRole } from './roles.ts'

/**
 * The website's preview account (role `website-preview`, signed in with an
 * API key): it reads content as editors see it, drafts included, so a
 * website in draft mode shows unpublished changes without anyone's password.
 * It writes nothing, never opens the admin, and reads nothing personal:
 * every rule that names the roles allowed to see people's details (training
 * requests, donations, declarations, accounts) leaves it out.
 */
export const isWebsitePreview = (user: object | null | undefined): boolean =>
  hasRole(user, 'website-preview')

/** A rule, except that the preview account is refused. */
export const exceptWebsitePreview =
  (rule: Access): Access =>
  (args) =>
    isWebsitePreview(args.req.user) ? false : rule(args)

/** Payload's rule where a config names none: any signed-in account. */
const signedIn: Access = ({ req: { user } }) => Boolean(user)

/**
 * The preview account writes nothing, whatever a collection's own rules say
 * (media, for one, lets any signed-in account upload): the plugin wraps the
 * writes of every collection it adds or extends here, once, rather than
 * trusting each rule to remember the role.
 */
export const readOnlyForWebsitePreview = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    create: exceptWebsitePreview(collection.access?.create ?? signedIn),
    update: exceptWebsitePreview(collection.access?.update ?? signedIn),
    delete: exceptWebsitePreview(collection.access?.delete ?? signedIn),
  },
})

/** The same for a global: the preview account reads it and never saves it. */
export const globalReadOnlyForWebsitePreview = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  access: { ...global.access, update: exceptWebsitePreview(global.access?.update ?? signedIn) },
})

/** The admin panel is for people: the preview account's key reads the API only. */
export const peopleOnly = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  Boolean(user) && !isWebsitePreview(user)

/**
 * API keys are for the preview account only: a person's key would outlive
 * their password and sessions, so enabling one on any other account is refused.
 */
export const keepApiKeysToWebsitePreview: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const enabling = data?.enableAPIKey === true
  const role = data?.role ?? originalDoc?.role
  if (enabling && role !== 'website-preview') {
    throw new APIError(
      'API keys are only for the website preview account: give the account the "website-preview" role, or sign in with a password.',
      400,
      undefined,
      true,
    )
  }
  return data
}
