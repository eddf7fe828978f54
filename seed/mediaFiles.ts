import type { Payload } from 'payload'

import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The files Payload makes from the upload name `name` (`sample-x.png`): the
 * name itself, the numbered copies it falls back to when that name is taken
 * (`sample-x-1.png`), and the generated sizes of either (`sample-x-400x300.png`,
 * `sample-x-1-400x300.png`). For each matching file in `entries`, the upload
 * name its document would have.
 */
export const filesMadeFrom = (
  name: string,
  entries: string[],
): { file: string; upload: string }[] => {
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const extension = dot > 0 ? name.slice(dot) : ''
  const pattern = new RegExp(`^${escape(base)}(-\\d+)?(-\\d+x\\d+)?${escape(extension)}$`)
  return entries.flatMap((file) => {
    const match = pattern.exec(file)
    return match ? [{ file, upload: `${base}${match[1] ?? ''}${extension}` }] : []
  })
}

/**
 * Delete the files in the media folder that were made from the seed's own
 * sample names but belong to no media document: what is left on disk when the
 * database is deleted and `.data/media` kept. Payload never reuses a name that
 * is taken on disk (it uploads `sample-x-1.png` instead), so without this each
 * fresh database would add copies and the seed's key (the file name) would no
 * longer find its picture. Files of other uploads are never looked at.
 * Returns the names removed.
 */
export const removeOrphanedSampleFiles = async (
  payload: Payload,
  names: string[],
  collection: 'media' = 'media',
): Promise<string[]> => {
  const staticDir = payload.collections[collection]?.config.upload?.staticDir
  if (!staticDir) return []
  // Resolved as Payload resolves it when it writes and deletes the files.
  const dir = path.resolve(staticDir)
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const candidates = names.flatMap((name) => filesMadeFrom(name, entries))
  if (candidates.length === 0) return []
  const uploads = [...new Set(candidates.map(({ upload }) => upload))]
  // A system task: which of these names still have a document, whoever may read it.
  const { docs } = await payload.find({
    collection,
    where: { filename: { in: uploads } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { filename: true },
  })
  const kept = new Set(docs.map((doc) => doc.filename))
  const removed: string[] = []
  for (const { file, upload } of candidates) {
    if (kept.has(upload)) continue
    await unlink(path.join(dir, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    removed.push(file)
  }
  return removed
}
