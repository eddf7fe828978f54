import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  describeSchemaChanges,
  latestSnapshotFile,
  type Snapshot,
} from '../../backend/database/migrations/snapshots.ts'

const posts = (columns: Snapshot['tables'][string]['columns'], indexes = {}) => ({
  name: 'posts',
  columns,
  indexes,
})

const before: Snapshot = {
  tables: {
    posts: posts(
      {
        id: { name: 'id', type: 'integer', notNull: true },
        title: { name: 'title', type: 'text' },
        legacy: { name: 'legacy', type: 'text' },
      },
      { posts_title_idx: { name: 'posts_title_idx', columns: ['title'], isUnique: false } },
    ),
    old_table: { name: 'old_table', columns: { id: { name: 'id', type: 'integer' } } },
  },
}

describe('what migrate:check reports about a changed schema', () => {
  it('names every table, column and index that was added, changed or removed', () => {
    const after: Snapshot = {
      tables: {
        posts: posts(
          {
            id: { name: 'id', type: 'integer', notNull: true },
            title: { name: 'title', type: 'text', notNull: true },
            subtitle: { name: 'subtitle', type: 'text' },
          },
          { posts_title_idx: { name: 'posts_title_idx', columns: ['title'], isUnique: true } },
        ),
        groups: { name: 'groups', columns: { id: { name: 'id', type: 'integer' } } },
      },
    }
    expect(describeSchemaChanges(before, after).sort()).toEqual(
      [
        'groups: table added (1 columns)',
        'old_table: table removed',
        'posts.legacy: column removed',
        'posts.subtitle: column added (text)',
        'posts.title: column changed (text → text not null)',
        'posts: index posts_title_idx changed',
      ].sort(),
    )
  })

  it('reports nothing for the same schema, whatever the keys (PostgreSQL keys tables by schema)', () => {
    const keyedBySchema: Snapshot = {
      tables: Object.fromEntries(
        Object.values(before.tables).map((table) => [`public.${table.name}`, table]),
      ),
    }
    expect(describeSchemaChanges(before, keyedBySchema)).toEqual([])
  })

  it('compares against the newest snapshot of a folder, by its timestamped name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charity-snapshots-'))
    try {
      expect(latestSnapshotFile(dir)).toBeUndefined()
      for (const file of ['20261201_072407_initial', '20270105_101500_groups', 'index']) {
        writeFileSync(path.join(dir, `${file}.ts`), '')
      }
      writeFileSync(path.join(dir, '20261201_072407_initial.json'), '{}')
      writeFileSync(path.join(dir, '20270105_101500_groups.json'), '{}')
      expect(latestSnapshotFile(dir)).toBe(path.join(dir, '20270105_101500_groups.json'))
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  })
})
