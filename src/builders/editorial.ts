import type { CollectionConfig, Field, Where } from 'payload'

import type { CharityContext } from '../context.ts'

import { coordinatedGroupIds } from '../access/coordinatedGroups.ts'
import { editorialAccess } from '../access/editorialAccess.ts'
import { hasRole } from '../access/roles.ts'
import { GROUP_FIELD, MAX_VERSIONS_PER_DOC } from '../defaults.ts'
import { createdByField } from '../fields/createdBy.ts'
import { contentEditor } from '../fields/richText.ts'
import { keepAuthorsToDrafts } from '../hooks/keepAuthorsToDrafts.ts'
import {
  confirmCoordinatorsOwnGroup,
  keepCoordinatorsToOwnGroups,
} from '../hooks/keepCoordinatorsToOwnGroups.ts'
import { preventAuthorPublishing } from '../hooks/preventAuthorPublishing.ts'
import { requireImageAltOnPublish } from '../hooks/requireImageAlt.ts'
import { setCreatedBy } from '../hooks/setCreatedBy.ts'

/** The field when the collection it points at is in this config; nothing when the host left it out. */
export const whenCollection = (slug: null | string, field: (slug: string) => Field): Field[] =>
  slug ? [field(slug)] : []

type EditorialOptions = {
  /** Fields naming the users who own a document (an author edits only their own drafts). */
  ownerFields: string[]
  /** What else a public reader's view is held to, besides being published. */
  publicConstraint?: () => Where
  /** Documents may belong to a local group (`group`), whose coordinators then write and publish them. */
  belongsToGroups?: boolean
}

export { GROUP_FIELD }

/**
 * What every editorial collection (posts, events, campaigns, appeals, groups, pages) shares:
 * the role-based access rules, drafts with autosave, scheduled publishing and a capped history,
 * the hooks that keep authors to drafts, and `createdBy`.
 */
export const editorialParts = (ctx: CharityContext, options: EditorialOptions) => ({
  access: editorialAccess({
    ...options,
    groupField: options.belongsToGroups && ctx.slugs.groups ? GROUP_FIELD : undefined,
  }),
  versions: {
    maxPerDoc: MAX_VERSIONS_PER_DOC,
    // Editors and admins may schedule a publish or an unpublish on every editorial collection.
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  } satisfies CollectionConfig['versions'],
  hooks: {
    beforeOperation: [
      keepAuthorsToDrafts,
      ...(options.belongsToGroups && ctx.slugs.groups ? [keepCoordinatorsToOwnGroups] : []),
    ],
    beforeChange: [
      preventAuthorPublishing,
      setCreatedBy,
      ...(ctx.slugs.media ? [requireImageAltOnPublish(ctx.slugs.media)] : []),
      ...(options.belongsToGroups && ctx.slugs.groups ? [confirmCoordinatorsOwnGroup] : []),
    ],
  } as NonNullable<CollectionConfig['hooks']>,
  createdBy: createdByField(ctx.slugs.users) as Field,
  /** `heroImage`, when the media collection is in this config. */
  heroImage: whenCollection(ctx.slugs.media, (media) => ({
    name: 'heroImage',
    type: 'upload',
    relationTo: media,
  })),
  /** A long, localized text written with the content editor (links to public content, images). */
  richText: (name: string): Field => ({
    name,
    type: 'richText',
    localized: true,
    editor: contentEditor({ media: ctx.slugs.media, linkable: ctx.linkable }),
  }),
  /**
   * The local group a document belongs to (none: national content), when
   * groups are in this config. Indexed: group pages list their posts and
   * events by it, and coordinators' access filters on it.
   */
  group: whenCollection(ctx.slugs.groups, (groups) => ({
    name: GROUP_FIELD,
    type: 'relationship',
    relationTo: groups,
    index: true,
    // A coordinator's new document starts in their (first) group; they pick among their own only.
    defaultValue: ({ user }: { user?: unknown }) =>
      hasRole(user as object, 'coordinator') ? coordinatedGroupIds(user as object)[0] : undefined,
    filterOptions: ({ user }) => {
      if (!hasRole(user, 'coordinator')) return true
      const ids = coordinatedGroupIds(user)
      return ids.length ? { id: { in: ids } } : false
    },
    admin: {
      position: 'sidebar',
      description:
        "The local group this belongs to. Leave empty for the charity's own (national) content.",
    },
  })),
  /** The campaign a document belongs to, when campaigns are in this config. */
  campaign: whenCollection(ctx.slugs.campaigns, (campaigns) => ({
    name: 'campaign',
    type: 'relationship',
    relationTo: campaigns,
    index: true,
    admin: { position: 'sidebar' },
  })),
})
