import type { Access } from 'payload'

/** Public content: anyone, logged in or not. */
export const anyone: Access = () => true
