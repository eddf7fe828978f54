import type { SeedContext } from '../context.ts'
import type { ArtworkKey } from '../images.ts'

import { count, findOneBy, inTransaction } from '../context.ts'
import { renderArtwork, SAMPLE_ARTWORK } from '../images.ts'
import { removeOrphanedSampleFiles } from '../mediaFiles.ts'

/** The sample pictures, drawn locally and uploaded once each (the file name is the key). */
export const seedMedia = async (ctx: SeedContext): Promise<Record<ArtworkKey, number | string>> => {
  const ids = {} as Record<ArtworkKey, number | string>
  for (const [key, art] of Object.entries(SAMPLE_ARTWORK) as [
    ArtworkKey,
    (typeof SAMPLE_ARTWORK)[ArtworkKey],
  ][]) {
    const existing = await findOneBy(ctx.payload, 'media', 'filename', art.filename)
    if (existing) {
      count(ctx, 'media', 'existing')
      ids[key] = existing.id
      continue
    }
    // Files of this name left without a document (a deleted database, media folder kept) would make
    // Payload upload `…-1.png` instead, and the next run would not find it by its name.
    const orphans = await removeOrphanedSampleFiles(ctx.payload, [art.filename])
    if (orphans.length > 0) {
      ctx.log.info(`Removed ${orphans.length} file(s) of ${art.filename} that no document used.`)
    }
    const file = await renderArtwork(art)
    ids[key] = await inTransaction(ctx.payload, null, async (req) => {
      const created = await ctx.payload.create({
        collection: 'media',
        data: {
          alt: art.alt,
          caption: 'caption' in art ? art.caption : undefined,
          credit: 'Sample artwork drawn by the seed script',
        },
        file,
        locale: 'en',
        overrideAccess: true,
        depth: 0,
        req,
      })
      if ('altCy' in art) {
        await ctx.payload.update({
          collection: 'media',
          id: created.id,
          data: { alt: art.altCy },
          locale: 'cy',
          overrideAccess: true,
          depth: 0,
          req,
        })
      }
      return created.id
    })
    count(ctx, 'media', 'created')
  }
  return ids
}
