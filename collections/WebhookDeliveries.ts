import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../src/context.ts'

import { isAdmin } from '../src/access/isAdmin.ts'
import { hasRole } from '../src/access/roles.ts'
import { slugInConfig } from '../src/context.ts'

export const DELIVERY_STATUSES = [
  'pending',
  'sending',
  'retrying',
  'succeeded',
  'failed',
  'cancelled',
] as const

const nobodyWrites = () => false

/**
 * The outbound webhook log (and outbox): one row per message and endpoint,
 * written by the system in the same transaction as the change it announces,
 * updated around every attempt, kept 30 days. Admins read it; nobody writes it.
 */
export const webhookDeliveriesCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig => ({
  slug,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    group: 'Settings',
    useAsTitle: 'event',
    defaultColumns: [
      'event',
      'endpoint',
      'status',
      'attempts',
      'statusCode',
      'durationMs',
      'nextAttemptAt',
      'createdAt',
    ],
    description: 'Every webhook sent or waiting, with each one’s last answer. Kept for 30 days.',
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: { read: isAdmin, create: nobodyWrites, update: nobodyWrites, delete: isAdmin },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  // Written by the system only: there is no editing to lock.
  lockDocuments: false,
  // The throttle for appeal totals looks up the latest message about one subject.
  indexes: [{ fields: ['subject', 'scheduledFor'] }],
  fields: [
    {
      name: 'endpoint',
      type: 'relationship',
      // Not required: the log outlives a deleted endpoint.
      // The registry entry requires endpoints: start-up refuses the log without them.
      relationTo: slugInConfig(ctx, 'webhookEndpoints'),
      index: true,
      maxDepth: 0,
    },
    { name: 'event', type: 'text', required: true, index: true },
    { name: 'subject', type: 'text', required: true },
    {
      name: 'messageId',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The webhook-id header: the same on every attempt.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: [...DELIVERY_STATUSES],
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'scheduledFor', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'statusCode', type: 'number' },
    { name: 'durationMs', type: 'number', label: 'Duration (ms)' },
    { name: 'error', type: 'text' },
    { name: 'payload', type: 'json', admin: { description: 'The body sent (public data only).' } },
  ],
})
