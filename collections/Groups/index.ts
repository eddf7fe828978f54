import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { groupPagesAccess } from '../../src/access/groupPages.ts'
import { isEditorOrAdminFieldLevel } from '../../src/access/isEditorOrAdmin.ts'
import { peopleOnly } from '../../src/access/websitePreview.ts'
import { editorialParts, GROUP_FIELD, whenCollection } from '../../src/builders/editorial.ts'
import { REGIONS } from '../../src/defaults.ts'
import { groupsNear } from '../../src/endpoints/groupsNear.ts'
import { jsonLdEndpoints } from '../../src/endpoints/jsonLd.ts'
import { slugField } from '../../src/fields/slug.ts'
import { meetingField, meetsFromMeeting } from './meeting.ts'

export const GROUP_STATUSES = ['forming', 'active', 'paused'] as const

/** The field on accounts that names the groups a coordinator looks after. */
export const COORDINATED_GROUPS_FIELD = 'groups'

const validateLatitude = (value: null | number | undefined) =>
  value === null || value === undefined || (value >= -90 && value <= 90)
    ? true
    : 'latitude is between -90 and 90.'
const validateLongitude = (value: null | number | undefined) =>
  value === null || value === undefined || (value >= -180 && value <= 180)
    ? true
    : 'longitude is between -180 and 180.'

/**
 * Local Active Communities against Trafficking groups: where they meet, how to
 * reach them, and the posts and events they publish. Websites list them and
 * find the nearest with `GET /api/groups/near`.
 */
export const groupsCollection = (ctx: CharityContext, slug: string): CollectionConfig<'groups'> => {
  const editorial = editorialParts(ctx, { ownerFields: [] })
  const { slugs } = ctx
  return {
    slug,
    labels: { singular: 'Group', plural: 'Groups' },
    admin: {
      group: 'Content',
      useAsTitle: 'name',
      defaultColumns: ['name', 'town', 'region', 'groupStatus', '_status'],
      listSearchableFields: ['name', 'slug', 'town'],
      description: 'Local ACT groups. Coordinators keep their own group’s page up to date.',
    },
    access: groupPagesAccess(),
    defaultPopulate: {
      name: true,
      title: true,
      slug: true,
      town: true,
      region: true,
      groupStatus: true,
      heroImage: true,
    },
    versions: editorial.versions,
    endpoints: [groupsNear(slug), ...jsonLdEndpoints(ctx, 'groups', slug)],
    // "Near me" asks for a latitude range first, then longitude: one index answers both.
    // The near-me bounding box; public lists of published groups in Payload's default order.
    indexes: [
      { fields: ['location.latitude', 'location.longitude'] },
      { fields: ['_status', 'createdAt'] },
    ],
    fields: [
      { name: 'name', type: 'text', required: true, localized: true },
      {
        // Every other public collection calls its heading `title`: the same here, so one
        // component renders any of them. Read-only; filters and sorts by it use `name`.
        name: 'title',
        type: 'text',
        virtual: 'name',
        admin: { hidden: true },
      },
      {
        name: 'summary',
        type: 'textarea',
        localized: true,
        maxLength: 400,
        admin: { description: 'One or two sentences for lists and maps.' },
      },
      ...editorial.heroImage,
      editorial.richText('description'),
      {
        type: 'row',
        fields: [
          {
            name: 'region',
            type: 'select',
            required: true,
            index: true,
            options: REGIONS.map((region) => ({ ...region })),
            // Which training requests a coordinator reads is worked out from it: not theirs to change.
            access: { update: isEditorOrAdminFieldLevel },
          },
          {
            name: 'town',
            type: 'text',
            maxLength: 100,
            admin: { description: 'The town or city; empty for a group that meets online.' },
          },
          {
            name: 'groupStatus',
            type: 'select',
            required: true,
            index: true,
            defaultValue: 'forming',
            options: [
              { label: 'Forming', value: 'forming' },
              { label: 'Active', value: 'active' },
              { label: 'Paused', value: 'paused' },
            ],
          },
        ],
      },
      {
        // Numbers rather than a point field: points are not available on SQLite.
        name: 'location',
        type: 'group',
        admin: {
          description:
            'Where the town is, for maps and "near me": the town centre, never anyone’s home address.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'latitude', type: 'number', validate: validateLatitude },
              { name: 'longitude', type: 'number', validate: validateLongitude },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'meets',
            type: 'text',
            localized: true,
            maxLength: 200,
            admin: {
              description:
                'e.g. "Second Tuesday of the month, 7pm". With a meeting chosen, readers see the text made from its rule instead.',
            },
            hooks: { afterRead: slugs.events ? [meetsFromMeeting(slugs.events)] : [] },
          },
          {
            name: 'contactEmail',
            type: 'email',
            admin: {
              description:
                'Shown to the public: a group or role address (e.g. london@…), not a personal one.',
            },
          },
        ],
      },
      ...whenCollection(slugs.events, meetingField),
      {
        // Who coordinates the group is set on their accounts (by editors and admins), so it is read here.
        name: 'coordinators',
        type: 'join',
        collection: slugs.users,
        on: COORDINATED_GROUPS_FIELD,
        // Staff see who looks after a group; the website's preview key is not staff.
        access: { read: peopleOnly },
        defaultLimit: 10,
        admin: {
          defaultColumns: ['name', 'email'],
          description: 'Set on each coordinator’s account (Users), by an editor or admin.',
        },
      },
      ...whenCollection(slugs.events, (events) => ({
        name: 'events',
        type: 'join',
        collection: events,
        on: GROUP_FIELD,
        defaultSort: 'startsAt',
        defaultLimit: 10,
      })),
      ...whenCollection(slugs.posts, (posts) => ({
        name: 'posts',
        type: 'join',
        collection: posts,
        on: GROUP_FIELD,
        defaultSort: '-publishedAt',
        defaultLimit: 10,
      })),
      slugField('name'),
    ],
  }
}
