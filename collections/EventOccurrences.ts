import type { Access, CollectionConfig } from 'payload'

import type { CharityContext } from '../src/context.ts'

import { slugInConfig } from '../src/context.ts'
import { asOccurrenceConstraint } from '../src/recurrence/constraint.ts'

const nobodyWrites = () => false

/**
 * Whoever may read an event may read its occurrences: the events' own read
 * rule (the host's, if it replaced ours), its constraint moved onto the rows.
 */
const readAsEvents =
  (eventsSlug: string): Access =>
  async (args) => {
    const read = args.req.payload.collections[eventsSlug]?.config.access.read
    if (!read) return false
    const verdict = await read(args)
    return typeof verdict === 'boolean' ? verdict : asOccurrenceConstraint(verdict)
  }

/**
 * The stored occurrences of events (src/recurrence/store.ts): one row per
 * occurrence of each event as its published row stands (a single event's
 * one, a bounded series' all, an open-ended series' up to its horizon),
 * with the columns the occurrences list filters and sorts on. Written by
 * the events' hooks in the save's transaction; nobody writes it over the API.
 */
export const eventOccurrencesCollection = (ctx: CharityContext, slug: string): CollectionConfig => {
  const events = slugInConfig(ctx, 'events')
  return {
    slug,
    labels: { singular: 'Event occurrence', plural: 'Event occurrences' },
    admin: { hidden: true, useAsTitle: 'startsAt', group: 'Content' },
    access: {
      read: readAsEvents(events),
      create: nobodyWrites,
      update: nobodyWrites,
      delete: nobodyWrites,
    },
    // Read over GraphQL as EventOccurrences (src/recurrence/graphql.ts), not as a collection.
    graphQL: false,
    disableDuplicate: true,
    lockDocuments: false,
    timestamps: false,
    defaultSort: 'startsAt',
    indexes: [
      // A range in start order, for the public (published); `endsAt` too, so the page's count of a
      // year (tens of thousands of rows) reads the index alone.
      { fields: ['_status', 'startsAt', 'endsAt'] },
      // One row per occurrence: a second writer racing to extend a series fails instead of doubling it.
      { fields: ['event', 'originalStartsAt'], unique: true },
    ],
    fields: [
      { name: 'event', type: 'relationship', relationTo: events, required: true, maxDepth: 0 },
      { name: 'startsAt', type: 'date', required: true, index: true },
      { name: 'endsAt', type: 'date', required: true },
      {
        name: 'originalStartsAt',
        type: 'date',
        required: true,
        admin: { description: 'The start the rule gives it (its RECURRENCE-ID).' },
      },
      { name: 'status', type: 'text', required: true },
      {
        // The event's own `_status`, under its name: the events' read rule applies as it is.
        name: '_status',
        type: 'select',
        required: true,
        options: ['draft', 'published'],
      },
      { name: 'eventType', type: 'text' },
      ...(ctx.slugs.groups
        ? [
            {
              name: 'group',
              type: 'relationship',
              relationTo: ctx.slugs.groups,
              maxDepth: 0,
            } as const,
          ]
        : []),
      ...(ctx.slugs.campaigns
        ? [
            {
              name: 'campaign',
              type: 'relationship',
              relationTo: ctx.slugs.campaigns,
              maxDepth: 0,
            } as const,
          ]
        : []),
    ],
  }
}
