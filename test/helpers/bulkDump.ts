/**
 * Seeds the sample, then `--count` generated posts, events and appeals through
 * one path of the bulk seed (`--path local-api|sql`), and prints what Payload
 * returns for them as one JSON line: drafts and published views, every
 * locale, and their versions. test/seed-bulk-equivalence.test.ts runs it once
 * per path on two fresh databases and compares the two.
 *
 *   node --conditions=development --import tsx test/helpers/bulkDump.ts --path sql --count 10 --now 2026-06-01T12:00:00Z
 */
import type { CollectionSlug } from 'payload'

import { getPayload } from 'payload'

import config from '../../payload.config.ts'
import { type BulkPath, generateBulk, planBulk } from '../../seed/bulk.ts'
import { seedSampleContent } from '../../seed/run.ts'

const arg = (name: string): string => {
  const at = process.argv.indexOf(`--${name}`)
  if (at < 0 || !process.argv[at + 1]) throw new Error(`usage: bulkDump.ts --${name} <value>`)
  return process.argv[at + 1]
}

const path = arg('path') as BulkPath
const count = Number(arg('count'))
const now = new Date(arg('now'))
const SEED = 7

const payload = await getPayload({ config })
const report = await seedSampleContent(payload, { adminPassword: 'bulk-dump-password-1' })
// Every read the database adapter answers while the documents are generated, by collection: the
// test holds the bulk path to one lookup per distinct staff account and image (seed/bulkPrepare.ts).
const reads: Record<string, number> = {}
const find = payload.db.find.bind(payload.db)
payload.db.find = (args) => {
  reads[args.collection] = (reads[args.collection] ?? 0) + 1
  return find(args)
}
const result = await generateBulk(payload, report.refs, { count, seed: SEED, now, path })
payload.db.find = find
if (result.path !== path) throw new Error(`asked for the ${path} path, ran ${result.path}`)

const dump: Record<string, unknown> = {
  created: result.created,
  reads,
  sampleImages: Object.keys(report.refs.media).length,
}
for (const collection of ['posts', 'events', 'donation-appeals'] as CollectionSlug[]) {
  const slugs = planBulk(count, SEED, report.refs, now)
    .filter((item) => item.collection === collection)
    .map((item) => item.slug)
  const read = (draft: boolean) =>
    payload.find({
      collection,
      where: { slug: { in: slugs } },
      sort: 'slug',
      draft,
      depth: 0,
      locale: 'all',
      pagination: false,
      overrideAccess: true,
    })
  const drafts = await read(true)
  const published = await read(false)
  const slugById = new Map(drafts.docs.map((doc) => [String(doc.id), String(doc.slug)]))
  const versions = await payload.findVersions({
    collection,
    where: { parent: { in: [...slugById.keys()] } },
    depth: 0,
    locale: 'all',
    pagination: false,
    overrideAccess: true,
  })
  dump[collection] = {
    drafts: drafts.docs,
    published: published.docs,
    versions: versions.docs
      .map((version) => ({ ...version, parent: slugById.get(String(version.parent)) }))
      .sort((a, b) => String(a.parent).localeCompare(String(b.parent))),
  }
}
await payload.destroy()
// Exit only once the line has left: a pipe may take a large write in several pieces.
process.stdout.write(`BULK-DUMP ${JSON.stringify(dump)}\n`, () => process.exit(0))
