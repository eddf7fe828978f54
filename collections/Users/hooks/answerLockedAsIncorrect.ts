import type { AfterErrorHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

const isLocked = (error: unknown): boolean => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  return original instanceof LockedAuth || (original as Error | undefined)?.name === 'LockedAuth'
}

/**
 * A locked account's login is answered as a wrong password is: "locked"
 * said that the account exists (an unknown email is never locked). The lock
 * itself still holds, and an admin still unlocks it. REST and GraphQL alike.
 */
export const answerLockedAsIncorrect: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isLocked(error)) return
  const message = new AuthenticationError(req.t).message
  return {
    status: 401,
    response: { errors: [{ message }] },
    ...(graphqlResult
      ? {
          graphqlResult: {
            ...graphqlResult,
            message,
            extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' },
          },
        }
      : {}),
  }
}
