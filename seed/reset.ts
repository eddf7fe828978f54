import type { CollectionSlug, Payload } from 'payload'

import { removeStoredFiles, storedFileNames } from './mediaFiles.ts'

/** Payload's own bookkeeping that a reset must not touch. */
const KEEP = new Set(['payload-migrations', 'payload-kv'])

/**
 * `--reset`: delete every document of every collection (content, uploads and
 * their files, accounts, preferences, jobs) so the seed starts from nothing.
 * Uploads go through the Local API so their files are removed too (from disk
 * or the bucket), and any still stored afterwards are deleted once more;
 * everything else is deleted in bulk at the database level, versions included.
 */
export const wipe = async (payload: Payload): Promise<void> => {
  // Last registered first: the ledger goes before the appeals its rows must point at.
  for (const collection of [...payload.config.collections].reverse()) {
    const slug = collection.slug as CollectionSlug
    if (KEEP.has(slug)) continue
    if (collection.upload) {
      const files = await storedFileNames(payload, slug)
      // A system task with no visitor: nothing to check access against.
      const { errors } = await payload.delete({
        collection: slug,
        where: { id: { exists: true } },
        overrideAccess: true,
        depth: 0,
      })
      // A bulk delete reports a failed document instead of throwing: one left behind keeps its files.
      if (errors.length > 0) {
        throw new Error(
          `Resetting could not delete ${errors.length} ${slug} document(s): ${errors[0].message}`,
        )
      }
      await removeStoredFiles(payload, slug, files)
      continue
    }
    await payload.db.deleteMany({ collection: slug, where: {} })
    if (collection.versions) {
      await payload.db.deleteVersions({ collection: slug, where: {} })
    }
  }
}
