import type { CollectionBeforeOperationHook } from 'payload'

import type { RateLimitName } from '../../../src/limits/rules.ts'

import { accessHook } from '../../../src/access/accessHook.ts'
import { charityContext } from '../../../src/context.ts'
import { addressKey } from '../../../src/limits/clientAddress.ts'
import { countAgainst } from '../../../src/limits/limiter.ts'
import { rateLimitHeaders, tooManyError } from '../../../src/limits/responses.ts'
import { accountNamed } from './accountNamed.ts'

const RULES: Record<'forgotPassword' | 'login', [RateLimitName, RateLimitName]> = {
  login: ['loginPerAddress', 'loginPerAccount'],
  forgotPassword: ['passwordResetPerAddress', 'passwordResetPerAccount'],
}

/**
 * Every login and password reset attempt counts, per client address and per
 * account, however it came: REST, GraphQL, each alias of a GraphQL request.
 * The operation is where they all meet, so this is where they are counted;
 * over a limit, 429 with `Retry-After`. Server code's own logins (the Local
 * API) come from no client and are not counted.
 */
export const limitSignInAttempts: CollectionBeforeOperationHook = accessHook(
  async ({ args, operation, req }) => {
    if ((operation !== 'login' && operation !== 'forgotPassword') || req.payloadAPI === 'local') {
      return args
    }
    const { limits } = charityContext(req.payload)
    const [perAddress, perAccount] = RULES[operation]
    const account = accountNamed((args as { data?: unknown }).data)
    const counts: [RateLimitName, string][] = [[perAddress, addressKey(req, limits)]]
    // No account named: Payload's own validation answers, and the per-address count still applies.
    if (account) counts.push([perAccount, `account:${account}`])
    for (const [name, key] of counts) {
      const verdict = await countAgainst(req, limits, name, key)
      if (!verdict) continue
      const headers = (req.responseHeaders ??= new Headers())
      rateLimitHeaders(verdict).forEach((value, header) => headers.set(header, value))
      if (!verdict.allowed) throw tooManyError(verdict)
    }
    return args
  },
)
