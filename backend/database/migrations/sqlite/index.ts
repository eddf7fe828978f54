import * as migration_20261201_072407_initial from './20261201_072407_initial.ts'
import * as migration_20261206_204320_media_storage_columns from './20261206_204320_media_storage_columns.ts'
import * as migration_20261206_221955_add_pages_redirects_scheduling_preview_key from './20261206_221955_add_pages_redirects_scheduling_preview_key.ts'
import * as migration_20261206_223445_go_live_concurrency_key from './20261206_223445_go_live_concurrency_key.ts'

export const migrations = [
  {
    up: migration_20261201_072407_initial.up,
    down: migration_20261201_072407_initial.down,
    name: '20261201_072407_initial',
  },
  {
    up: migration_20261206_204320_media_storage_columns.up,
    down: migration_20261206_204320_media_storage_columns.down,
    name: '20261206_204320_media_storage_columns',
  },
  {
    up: migration_20261206_221955_add_pages_redirects_scheduling_preview_key.up,
    down: migration_20261206_221955_add_pages_redirects_scheduling_preview_key.down,
    name: '20261206_221955_add_pages_redirects_scheduling_preview_key',
  },
  {
    up: migration_20261206_223445_go_live_concurrency_key.up,
    down: migration_20261206_223445_go_live_concurrency_key.down,
    name: '20261206_223445_go_live_concurrency_key',
  },
]
