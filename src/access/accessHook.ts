const ACCESS_HOOK = Symbol.for('payload-plugin-charity.accessHook')

/**
 * Marks a hook that enforces an access rule rather than adding behaviour:
 * `disabled: true` keeps it, or the roles would stop meaning anything. Marked
 * where the hook is defined, so a new one cannot be forgotten in a list.
 */
export const accessHook = <T extends (...args: never[]) => unknown>(hook: T): T =>
  Object.assign(hook, { [ACCESS_HOOK]: true })

/** Whether a hook was marked with `accessHook`. */
export const isAccessHook = (hook: unknown): boolean =>
  typeof hook === 'function' && ACCESS_HOOK in hook
