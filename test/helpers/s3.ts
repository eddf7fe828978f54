import { S3 } from '@aws-sdk/client-s3'

import { listObjectKeys, s3ClientConfig, s3SettingsFromEnv } from '../../backend/config/storage.ts'
import { startLocalBucketServer } from '../../deploy/objectStorage.ts'

/** A real S3-compatible server on loopback with one bucket, and what a test asks of it. */
export type TestBucket = {
  name: string
  /** The S3_* variables that put a backend's media in this bucket (public URL included). */
  env: Record<string, string>
  /** Every object key in the bucket, sorted: what the backend left there. */
  keys: () => Promise<string[]>
  /** Store or delete an object behind the backend's back (a leftover, a file removed by hand). */
  put: (key: string, body: Buffer) => Promise<void>
  remove: (key: string) => Promise<void>
  stop: () => Promise<void>
}

/** Start s3rver (deploy/objectStorage.ts) with one empty bucket. */
export const startTestBucket = async (name = 'charity-media'): Promise<TestBucket> => {
  const server = await startLocalBucketServer([name])
  const env = server.envFor(name)
  // The test reads the bucket as the backend writes it: the same client settings.
  const client = new S3(s3ClientConfig(s3SettingsFromEnv(env)!))
  return {
    name,
    env,
    keys: async () => (await listObjectKeys(client, name)).sort(),
    put: async (key, body) => {
      await client.putObject({ Bucket: name, Key: key, Body: body, ContentType: 'image/png' })
    },
    remove: async (key) => {
      await client.deleteObject({ Bucket: name, Key: key })
    },
    stop: async () => {
      client.destroy()
      await server.stop()
    },
  }
}
