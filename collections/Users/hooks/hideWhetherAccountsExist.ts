import type { CollectionBeforeOperationHook, Where } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { accessHook } from '../../../src/access/accessHook.ts'
import { accountNamed } from './accountNamed.ts'

const hash = promisify(pbkdf2)

/** Payload's password hash (pbkdf2-sha256-v1 in Payload 3.90): checking a password costs this. */
const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

const DUMMY_SALT = randomBytes(32).toString('hex')

/**
 * A login naming an account that does not exist, or one that is locked,
 * does the work of checking a password all the same. Payload answers those
 * at once, while a real account's wrong password takes the hash's time
 * (hundreds of milliseconds): the difference told anyone which emails have
 * accounts. With `answerLockedAsIncorrect`, the answer is the same too.
 */
export const hideWhetherAccountsExist: CollectionBeforeOperationHook = accessHook(
  async ({ args, collection, operation, req }) => {
    if (operation !== 'login' || req.payloadAPI === 'local') return args
    const data = (args as { data?: { password?: unknown } }).data
    const account = accountNamed(data)
    const password = data?.password
    // Without both, Payload refuses before looking anyone up: nothing to hide.
    if (!account || typeof password !== 'string' || !password.trim()) return args
    const named: Where = collection.auth?.loginWithUsername
      ? { or: [{ email: { equals: account } }, { username: { equals: account } }] }
      : { email: { equals: account } }
    const user = (await req.payload.db.findOne({
      collection: collection.slug,
      where: collection.trash ? { and: [named, { deletedAt: { exists: false } }] } : named,
      req,
    })) as { lockUntil?: null | string } | null
    const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
    if (!user || locked) {
      await hash(
        password,
        DUMMY_SALT,
        PASSWORD_HASH.iterations,
        PASSWORD_HASH.keyLength,
        PASSWORD_HASH.digest,
      )
    }
    return args
  },
)
