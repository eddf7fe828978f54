/** Public types (`payload-plugin-charity/types`). */
export type * from '../types.ts'
