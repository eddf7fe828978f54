/**
 * The account a login or password reset names, as Payload looks it up
 * (trimmed, lower-cased email or username), or undefined when it names none.
 */
export const accountNamed = (data: unknown): string | undefined => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const named = typeof email === 'string' && email.trim() ? email : username
  return typeof named === 'string' && named.trim() ? named.trim().toLowerCase() : undefined
}
