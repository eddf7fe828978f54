import type { CollectionSlug, Payload } from 'payload'

import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'

/** Where an upload collection's files are, as far as the seed needs: names listed and deleted. */
export type FileStore = {
  /** Every stored name that begins with `startingWith`. */
  list: (startingWith: string) => Promise<string[]>
  /** Delete these names; one that is not there is no error. */
  remove: (names: string[]) => Promise<void>
}

/**
 * `custom.mediaStorage` of the backend's config, set when uploads go to an S3
 * bucket (backend/config/storage.ts): read from the config, as `custom.database`
 * is, because the seed never imports the backend.
 */
type ObjectStorage = FileStore & { collections: string[] }

const localFolder = (dir: string): FileStore => ({
  list: async (startingWith) => {
    try {
      return (await readdir(dir)).filter((name) => name.startsWith(startingWith))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  },
  remove: async (names) => {
    for (const name of names) {
      await unlink(path.join(dir, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }
  },
})

/**
 * Where `collection` keeps its files: the bucket the config names, else its
 * local folder (resolved as Payload resolves it when it writes and deletes).
 * Undefined when another storage plugin keeps them: the seed cannot see those.
 */
export const fileStoreOf = (payload: Payload, collection: string): FileStore | undefined => {
  const remote = payload.config.custom?.mediaStorage as ObjectStorage | undefined
  if (remote?.collections.includes(collection)) return remote
  const upload = payload.collections[collection as CollectionSlug]?.config.upload
  if (!upload?.staticDir || upload.disableLocalStorage) return undefined
  return localFolder(path.resolve(upload.staticDir))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const splitName = (name: string) => {
  const dot = name.lastIndexOf('.')
  return dot > 0
    ? { base: name.slice(0, dot), extension: name.slice(dot) }
    : { base: name, extension: '' }
}

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
  const { base, extension } = splitName(name)
  const pattern = new RegExp(`^${escape(base)}(-\\d+)?(-\\d+x\\d+)?${escape(extension)}$`)
  return entries.flatMap((file) => {
    const match = pattern.exec(file)
    return match ? [{ file, upload: `${base}${match[1] ?? ''}${extension}` }] : []
  })
}

/**
 * Delete the stored files (in the media folder or the bucket) that were made
 * from the seed's own sample names but belong to no media document: what is
 * left when the database is deleted and the files kept. Locally Payload never
 * reuses a name that is taken on disk (it uploads `sample-x-1.png` instead),
 * so without this each fresh database would add copies and the seed's key
 * (the file name) would no longer find its picture; in a bucket the new
 * upload would overwrite the original but leave sizes of other dimensions.
 * Files of other uploads are never looked at. Returns the names removed.
 */
export const removeOrphanedSampleFiles = async (
  payload: Payload,
  names: string[],
  collection: 'media' = 'media',
): Promise<string[]> => {
  const store = fileStoreOf(payload, collection)
  if (!store) return []
  const listed = await Promise.all(names.map((name) => store.list(splitName(name).base)))
  const entries = [...new Set(listed.flat())]
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
  const orphans = [
    ...new Set(candidates.filter(({ upload }) => !kept.has(upload)).map(({ file }) => file)),
  ]
  await store.remove(orphans)
  return orphans
}

type StoredNames = { filename?: null | string; sizes?: null | Record<string, unknown> }

/** The stored names of every document of an upload collection: each file and its sizes'. */
export const storedFileNames = async (
  payload: Payload,
  collection: CollectionSlug,
): Promise<string[]> => {
  // A system task (a reset): every document, whoever may read it.
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { filename: true, sizes: true },
  })
  return (docs as StoredNames[]).flatMap((doc) => [
    ...(doc.filename ? [doc.filename] : []),
    ...Object.values(doc.sizes ?? {}).flatMap((size) => {
      const filename = (size as null | StoredNames)?.filename
      return filename ? [filename] : []
    }),
  ])
}

/**
 * After the documents of `collection` are deleted: delete any of `names`
 * still stored. Payload deletes a document's files itself, but its cloud
 * storage plugin only logs a delete the bucket refused; this makes such a
 * reset fail, saying why, instead of leaving files without a document.
 */
export const removeStoredFiles = async (
  payload: Payload,
  collection: CollectionSlug,
  names: string[],
): Promise<void> => {
  await fileStoreOf(payload, collection)?.remove(names)
}
