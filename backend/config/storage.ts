import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { Config, Field, FieldAccess, Plugin } from 'payload'

import { S3 } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'

/** The upload collection whose files go to the bucket (the plugin's media collection). */
const MEDIA = 'media'

/** Where media goes when `S3_BUCKET` is set: the environment, checked. */
export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  /** Unset: the AWS SDK's own chain (AWS_* variables, an instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** Where the bucket's objects are read by the public (its own address or a CDN in front of it). */
  publicUrl?: string
  acl?: 'private' | 'public-read'
}

/**
 * What the seed may do with files in the bucket, read from the config as
 * `custom.mediaStorage` (the seed never imports the backend): list the keys
 * that begin with a name, and delete keys. Set only when media is on S3.
 */
export type MediaObjectStorage = {
  collections: string[]
  list: (startingWith: string) => Promise<string[]>
  remove: (keys: string[]) => Promise<void>
}

const flag = (name: string, value: string | undefined): boolean => {
  const text = value?.trim().toLowerCase()
  if (!text || text === 'false') return false
  if (text === 'true') return true
  throw new Error(`${name} must be "true" or "false", not "${value}".`)
}

const httpUrl = (name: string, value: string | undefined): string | undefined => {
  const text = value?.trim()
  if (!text) return undefined
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(
      `${name} must be an http(s) address such as https://media.example.org, not "${text}".`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http(s) address, not "${url.protocol}".`)
  }
  return text.replace(/\/+$/, '')
}

/**
 * The S3_* variables, checked (a wrong value stops the start with a message
 * naming the variable). Undefined when `S3_BUCKET` is unset: uploads stay in
 * the local folder (MEDIA_DIR).
 */
export const s3SettingsFromEnv = (
  env: Record<string, string | undefined> = process.env,
): S3Settings | undefined => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS SDK then finds credentials itself, e.g. an instance role).',
    )
  }
  const acl = env.S3_ACL?.trim() || undefined
  if (acl !== undefined && acl !== 'private' && acl !== 'public-read') {
    throw new Error(`S3_ACL must be "private" or "public-read" (or unset), not "${acl}".`)
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint: httpUrl('S3_ENDPOINT', env.S3_ENDPOINT),
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    publicUrl: httpUrl('S3_PUBLIC_URL', env.S3_PUBLIC_URL),
    acl,
  }
}

/** The AWS SDK client's settings for the bucket. */
export const s3ClientConfig = (settings: S3Settings): S3ClientConfig => ({
  region: settings.region,
  endpoint: settings.endpoint,
  forcePathStyle: settings.forcePathStyle,
  credentials: settings.credentials,
  // Checksums only where S3 requires them: several S3-compatible servers refuse the SDK's newer default.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})

/** A file's public address under `S3_PUBLIC_URL`: its object key, each segment encoded. */
export const publicFileUrl = (publicUrl: string, prefix: string | undefined, filename: string) =>
  `${publicUrl}/${[...(prefix ? prefix.split('/') : []), filename]
    .filter(Boolean)
    .map(encodeURIComponent)
    .join('/')}`

/** Every key in `bucket` that begins with `startingWith`, page after page. */
export const listObjectKeys = async (
  s3: S3,
  bucket: string,
  startingWith = '',
): Promise<string[]> => {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await s3.listObjectsV2({
      Bucket: bucket,
      Prefix: startingWith || undefined,
      ContinuationToken: token,
    })
    keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])))
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return keys
}

const objectStorage = (settings: S3Settings): MediaObjectStorage => {
  let client: S3 | undefined
  const s3 = () => (client ??= new S3(s3ClientConfig(settings)))
  return {
    collections: [MEDIA],
    list: (startingWith) => listObjectKeys(s3(), settings.bucket, startingWith),
    // One request per key: a seed deletes a handful, and multi-object delete is where S3-compatible servers differ most.
    remove: async (keys) => {
      for (const key of keys) await s3().deleteObject({ Bucket: settings.bucket, Key: key })
    },
  }
}

/** Where the storage keeps a file: the admin and the adapter need them, a website never does. */
const STORAGE_KEYS = new Set(['prefix', '_objectKey'])

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * The storage plugin's `prefix` and `_objectKey` fields, readable only by
 * signed-in accounts: anonymous REST and GraphQL answers (and so the OpenAPI
 * document and the public types) leave them out, while the admin and the
 * adapter's own reads (which override access) keep them. Set here, after the
 * storage plugin: it adds `_objectKey` afresh, so the collection cannot.
 */
const keepStorageKeysFromPublic = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug !== MEDIA
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field): Field =>
            field.type === 'text' && STORAGE_KEYS.has(field.name)
              ? { ...field, access: { ...field.access, read: signedIn } }
              : field,
          ),
        },
  ),
})

/**
 * The reference backend's media storage: with `S3_BUCKET`, Payload's
 * `@payloadcms/storage-s3` keeps the media collection's files (and every image
 * size) in the bucket; without it they stay in MEDIA_DIR. Either way the
 * collection has the same columns (the plugin's `prefix` and `_objectKey`), so
 * one set of migrations serves both and a deployment can move to a bucket
 * without a schema change.
 *
 * Files are read through the API (`/api/media/file/<name>`, streamed from the
 * bucket) unless `S3_PUBLIC_URL` is set; then a document's `url` and its
 * sizes' point straight at the bucket or the CDN in front of it, and the API
 * route keeps working for old links (docs/operators.md, "Media in an S3 bucket").
 */
export const mediaStorage = (env: Record<string, string | undefined> = process.env): Plugin => {
  const settings = s3SettingsFromEnv(env)
  const publicUrl = settings?.publicUrl
  const storage = s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings ? s3ClientConfig(settings) : {},
    acl: settings?.acl,
    collections: {
      [MEDIA]: {
        // Keys are the file names themselves. Given (even empty), the `prefix` column exists with or without a bucket.
        prefix: '',
        ...(publicUrl && {
          generateFileURL: ({ filename, prefix }) => publicFileUrl(publicUrl, prefix, filename),
        }),
      },
    },
  })
  return async (config: Config): Promise<Config> => {
    const stored = keepStorageKeysFromPublic(await storage(config))
    if (!settings) return stored
    return { ...stored, custom: { ...stored.custom, mediaStorage: objectStorage(settings) } }
  }
}
