import * as migration_20261201_072423_initial from './20261201_072423_initial.ts'
import * as migration_20261206_204325_media_storage_columns from './20261206_204325_media_storage_columns.ts'
import * as migration_20261206_222005_add_pages_redirects_scheduling_preview_key from './20261206_222005_add_pages_redirects_scheduling_preview_key.ts'
import * as migration_20261206_223454_go_live_concurrency_key from './20261206_223454_go_live_concurrency_key.ts'

export const migrations = [
  {
    up: migration_20261201_072423_initial.up,
    down: migration_20261201_072423_initial.down,
    name: '20261201_072423_initial',
  },
  {
    up: migration_20261206_204325_media_storage_columns.up,
    down: migration_20261206_204325_media_storage_columns.down,
    name: '20261206_204325_media_storage_columns',
  },
  {
    up: migration_20261206_222005_add_pages_redirects_scheduling_preview_key.up,
    down: migration_20261206_222005_add_pages_redirects_scheduling_preview_key.down,
    name: '20261206_222005_add_pages_redirects_scheduling_preview_key',
  },
  {
    up: migration_20261206_223454_go_live_concurrency_key.up,
    down: migration_20261206_223454_go_live_concurrency_key.down,
    name: '20261206_223454_go_live_concurrency_key',
  },
]
