import type { CollectionConfig, Config } from 'payload'

import { charityOptionsFromEnv } from '../../backend/config/environment.ts'
import { mediaStorage, publicFileUrl, s3SettingsFromEnv } from '../../backend/config/storage.ts'

const BUCKET_ENV = {
  S3_BUCKET: 'charity-media',
  S3_ENDPOINT: 'https://s3.example.org/',
  S3_REGION: 'eu-west-2',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_FORCE_PATH_STYLE: 'true',
  S3_PUBLIC_URL: 'https://media.example.org/',
}

const mediaOf = async (env: Record<string, string | undefined>): Promise<CollectionConfig> => {
  const config = await mediaStorage(env)({
    collections: [
      { slug: 'media', upload: { imageSizes: [{ name: 'card', width: 10 }] }, fields: [] },
    ],
  } as unknown as Config)
  return config.collections?.find((collection) => collection.slug === 'media') as CollectionConfig
}

const names = (collection: CollectionConfig) =>
  collection.fields.flatMap((field) => ('name' in field ? [field.name] : []))

describe('media storage from the environment (backend/config/storage.ts)', () => {
  it('keeps media in the local folder when S3_BUCKET is unset', async () => {
    expect(s3SettingsFromEnv({})).toBeUndefined()
    expect(charityOptionsFromEnv({ MEDIA_DIR: '/srv/media' }).mediaDir).toBe('/srv/media')
    const media = await mediaOf({})
    expect(media.upload).not.toHaveProperty('handlers')
    expect(media.upload).not.toHaveProperty('disableLocalStorage')
  })

  it('maps every S3 variable, and leaves no local folder for Payload to check names against', () => {
    expect(s3SettingsFromEnv(BUCKET_ENV)).toEqual({
      bucket: 'charity-media',
      endpoint: 'https://s3.example.org',
      region: 'eu-west-2',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      publicUrl: 'https://media.example.org',
      acl: undefined,
    })
    expect(s3SettingsFromEnv({ S3_BUCKET: 'b' })).toEqual({
      bucket: 'b',
      region: 'us-east-1',
      forcePathStyle: false,
      endpoint: undefined,
      credentials: undefined,
      publicUrl: undefined,
      acl: undefined,
    })
    expect(s3SettingsFromEnv({ S3_BUCKET: 'b', S3_ACL: 'public-read' })?.acl).toBe('public-read')
    expect(
      charityOptionsFromEnv({ ...BUCKET_ENV, MEDIA_DIR: '/srv/media' }).mediaDir,
    ).toBeUndefined()
  })

  it('refuses a half-set login, a wrong flag, an address that is not http(s) and an unknown ACL, naming the variable', () => {
    expect(() => s3SettingsFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    )
    expect(() => s3SettingsFromEnv({ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE must be "true" or "false"/,
    )
    expect(() => s3SettingsFromEnv({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(
      /S3_ENDPOINT must be an http\(s\) address/,
    )
    expect(() => s3SettingsFromEnv({ S3_BUCKET: 'b', S3_PUBLIC_URL: 'cdn.example.org' })).toThrow(
      /S3_PUBLIC_URL must be an http\(s\) address/,
    )
    expect(() => s3SettingsFromEnv({ S3_BUCKET: 'b', S3_ACL: 'public' })).toThrow(
      /S3_ACL must be "private" or "public-read"/,
    )
  })

  it('gives the media collection the same fields with or without a bucket (one schema, one set of migrations)', async () => {
    const local = await mediaOf({})
    const remote = await mediaOf(BUCKET_ENV)
    expect(names(remote)).toEqual(names(local))
    expect(names(local)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
    expect(remote.upload).toMatchObject({ disableLocalStorage: true, adapter: 's3' })
  })

  it('makes public addresses under S3_PUBLIC_URL from the object key, each segment encoded', () => {
    expect(publicFileUrl('https://cdn.example.org', '', 'a picture.png')).toBe(
      'https://cdn.example.org/a%20picture.png',
    )
    expect(publicFileUrl('https://cdn.example.org', 'media/2026', 'x#1.png')).toBe(
      'https://cdn.example.org/media/2026/x%231.png',
    )
  })
})
