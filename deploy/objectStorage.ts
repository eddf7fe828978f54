/**
 * A private S3-compatible server on loopback (the npm registry's `s3rver`,
 * files in a folder), for `npm run cluster` and the tests: the backend talks
 * to it exactly as to a real bucket, through the S3_* variables. Not for
 * production: it checks no permissions and keeps one copy on one disk.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

/** s3rver's one account (its defaults; it accepts no other). */
const ACCESS_KEY = 'S3RVER'

export type LocalBucketServer = {
  endpoint: string
  /** The S3_* variables that point a backend at `bucket` on this server (files read straight from it). */
  envFor: (bucket: string) => Record<string, string>
  stop: () => Promise<void>
}

/** Start the server on a free loopback port with the given buckets; `dir` keeps its files (default: a temporary folder, removed on stop). */
export const startLocalBucketServer = async (
  buckets: string[],
  dir?: string,
): Promise<LocalBucketServer> => {
  const directory = dir ?? mkdtempSync(path.join(tmpdir(), 'charity-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    // Path-style only: a bucket name as a host name would need DNS for <bucket>.127.0.0.1.
    vhostBuckets: false,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    envFor: (bucket) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PUBLIC_URL: `${endpoint}/${bucket}`,
    }),
    stop: async () => {
      await server.close()
      if (!dir) rmSync(directory, { force: true, recursive: true })
    },
  }
}
