export { charityPlugin } from './plugin.ts'
export type * from './types.ts'
export { ROLES, hasRole, roleOf } from './access/roles.ts'
