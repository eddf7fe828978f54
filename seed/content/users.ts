import type { TypedUser } from 'payload'

import type { SeedContext, StaffKey } from '../context.ts'

import { randomBytes } from 'node:crypto'

import { count, findOneBy } from '../context.ts'

type StaffAccount = {
  key: StaffKey
  role: StaffKey
  name: string
  email: (ctx: SeedContext) => string
}

/** One account of each role, so an evaluator can see what each may do. */
const STAFF: StaffAccount[] = [
  { key: 'admin', role: 'admin', name: 'Charity Admin', email: (ctx) => ctx.adminEmail },
  { key: 'editor', role: 'editor', name: 'Rhian Evans', email: () => 'editor@example.org' },
  { key: 'author', role: 'author', name: 'Tom Hughes', email: () => 'author@example.org' },
]

/** Long enough to be strong, and only characters that survive copying from a terminal. */
export const generatePassword = () => randomBytes(15).toString('base64url')

/**
 * The sample's staff accounts. An account that exists keeps its password and
 * role; a new one gets the configured admin password, or a random one that is
 * reported once.
 */
export const seedUsers = async (ctx: SeedContext): Promise<Record<StaffKey, TypedUser>> => {
  const users = {} as Record<StaffKey, TypedUser>
  for (const account of STAFF) {
    const email = account.email(ctx).toLowerCase()
    const existing = await findOneBy(ctx.payload, 'users', 'email', email)
    if (existing) {
      count(ctx, 'users', 'existing')
      users[account.key] = { ...existing, collection: 'users' } as TypedUser
      continue
    }
    const explicit = account.key === 'admin' ? ctx.adminPassword : undefined
    const password = explicit || generatePassword()
    const created = await ctx.payload.create({
      collection: 'users',
      data: { email, password, name: account.name, role: account.role },
      overrideAccess: true,
      depth: 0,
    })
    count(ctx, 'users', 'created')
    ctx.credentials.push({ email, role: account.role, password, generated: !explicit })
    users[account.key] = { ...created, collection: 'users' } as TypedUser
  }
  return users
}

/** The regional coordinators, each looking after one group (made-up people). */
const COORDINATORS = [
  { key: 'london', name: 'Amara Okafor', email: 'london.coordinator@example.org' },
  { key: 'sheffield', name: 'Dan Whitfield', email: 'sheffield.coordinator@example.org' },
] as const

/**
 * The London and Sheffield coordinators, made after their groups (an account
 * names the groups it looks after). Like the staff accounts: an existing
 * account is left as it is; a new one gets a random password, reported once.
 */
export const seedCoordinators = async (
  ctx: SeedContext,
  groups: Record<string, number | string>,
): Promise<Record<string, TypedUser>> => {
  const coordinators: Record<string, TypedUser> = {}
  for (const account of COORDINATORS) {
    const existing = await findOneBy(ctx.payload, 'users', 'email', account.email)
    if (existing) {
      count(ctx, 'users', 'existing')
      coordinators[account.key] = { ...existing, collection: 'users' } as TypedUser
      continue
    }
    const password = generatePassword()
    const created = await ctx.payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password,
        name: account.name,
        role: 'coordinator',
        groups: [groups[account.key]],
      },
      overrideAccess: true,
      depth: 0,
    })
    count(ctx, 'users', 'created')
    ctx.credentials.push({ email: account.email, role: 'coordinator', password, generated: true })
    coordinators[account.key] = { ...created, collection: 'users' } as TypedUser
  }
  return coordinators
}
