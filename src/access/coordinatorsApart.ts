import type { Access } from 'payload'

import { hasRole } from './roles.ts'

/**
 * One rule for coordinators, another for everyone else: coordinators' rights
 * follow their groups, so they never fall into the author, editor or admin
 * rules by accident (and those rules stay exactly as they were).
 */
export const coordinatorsApart =
  (coordinators: Access, everyoneElse: Access): Access =>
  (args) =>
    hasRole(args.req.user, 'coordinator') ? coordinators(args) : everyoneElse(args)
