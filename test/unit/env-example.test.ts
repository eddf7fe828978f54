import { readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

/** The variables docs/operators.md documents in its tables: each row's, and the windows named beside a limit. */
const documented = (): string[] => {
  const rows = read('docs/operators.md')
    .split('\n')
    .filter((line) => /^\| `[A-Z][A-Z0-9_]+`/.test(line))
  return [
    ...new Set(
      rows.flatMap((row) => [...row.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map(([, name]) => name)),
    ),
  ]
}

/** `NAME=value` for each variable .env.example sets or shows commented out. */
const example = (): Map<string, string> =>
  new Map(
    [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map(([, name, value]) => [
      name,
      value,
    ]),
  )

describe('.env.example', () => {
  it('lists every environment variable docs/operators.md documents', () => {
    const listed = example()
    expect(documented().length).toBeGreaterThan(40)
    expect(documented().filter((name) => !listed.has(name))).toEqual([])
  })

  it('lists nothing the operators guide does not document', () => {
    const known = new Set(documented())
    expect([...example().keys()].filter((name) => !known.has(name))).toEqual([])
  })

  it('holds no secret: every secret and password is left empty', () => {
    const secrets = [...example()].filter(([name]) => /(SECRET|PASSWORD)(_ACCESS_KEY)?$/.test(name))
    expect(secrets.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'PAYLOAD_SECRET',
        'DONATIONS_WEBHOOK_SECRET',
        'SEED_ADMIN_PASSWORD',
        'S3_SECRET_ACCESS_KEY',
      ]),
    )
    expect(secrets.filter(([, value]) => value !== '')).toEqual([])
  })
})
