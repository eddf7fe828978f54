import type { Access, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

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
