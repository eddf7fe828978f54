import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The project runs one Payload release for the whole official family: a
 * `@payloadcms/*` package of another release peer-pins a `payload` we do not
 * run, and npm either refuses the install or nests a second copy of Payload.
 * How to move to the next release: docs/contributing.md.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))

type LockEntry = { version?: string }
const lock = readJson('package-lock.json') as { packages: Record<string, LockEntry> }
const manifest = readJson('package.json') as Record<string, Record<string, string>>

const isPayloadFamily = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')

/** Every copy of a Payload package the lockfile installs, wherever it is nested. */
const installed = Object.entries(lock.packages)
  .map(([where, entry]) => ({
    where,
    name: where.replace(/^.*node_modules\//, ''),
    version: entry.version,
  }))
  .filter(({ where, name }) => where.includes('node_modules/') && isPayloadFamily(name))

describe('one Payload release for the whole official family', () => {
  const release = manifest.devDependencies.payload

  it('pins payload to an exact version', () => {
    expect(release).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('pins every @payloadcms/* package the project declares to that same version', () => {
    const declared = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter(([name]) => isPayloadFamily(name))
      .filter(([, version]) => version !== release)
    expect(declared).toEqual([])
  })

  it('installs no copy of payload or @payloadcms/* of another release (package-lock.json)', () => {
    expect(installed.length).toBeGreaterThan(3)
    const others = installed
      .filter(({ version }) => version !== release)
      .map(({ where, version }) => `${where}@${version}`)
    expect(others).toEqual([])
  })
})

describe('the Node.js the project runs on', () => {
  it('brings Node 24 LTS as a dev dependency, so npm scripts run it whatever node installed them', () => {
    expect(manifest.devDependencies.node).toMatch(/^\^?24\./)
    expect(lock.packages['node_modules/node']?.version).toMatch(/^24\./)
  })

  it('says in engines that Node 22 LTS or later is needed', () => {
    expect(manifest.engines.node).toBe('>=22.12.0')
  })
})
