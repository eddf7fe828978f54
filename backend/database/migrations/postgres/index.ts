import * as migration_20261201_072423_initial from './20261201_072423_initial.ts'
import * as migration_20261206_204325_media_storage_columns from './20261206_204325_media_storage_columns.ts'
import * as migration_20261206_232122_pages_and_publishing from './20261206_232122_pages_and_publishing.ts'
import * as migration_20261207_022058_recurring_events from './20261207_022058_recurring_events.ts'
import * as migration_20261207_033109_lowercase_emails from './20261207_033109_lowercase_emails.ts'
import * as migration_20261207_034626_group_meetings from './20261207_034626_group_meetings.ts'
import * as migration_20261207_062236_event_occurrences from './20261207_062236_event_occurrences.ts'
import * as migration_20261207_190427_upcoming_events_index from './20261207_190427_upcoming_events_index.ts'
import * as migration_20261207_193919_appeals_by_opening_index from './20261207_193919_appeals_by_opening_index.ts'

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
    up: migration_20261206_232122_pages_and_publishing.up,
    down: migration_20261206_232122_pages_and_publishing.down,
    name: '20261206_232122_pages_and_publishing',
  },
  {
    up: migration_20261207_022058_recurring_events.up,
    down: migration_20261207_022058_recurring_events.down,
    name: '20261207_022058_recurring_events',
  },
  {
    up: migration_20261207_033109_lowercase_emails.up,
    down: migration_20261207_033109_lowercase_emails.down,
    name: '20261207_033109_lowercase_emails',
  },
  {
    up: migration_20261207_034626_group_meetings.up,
    down: migration_20261207_034626_group_meetings.down,
    name: '20261207_034626_group_meetings',
  },
  {
    up: migration_20261207_062236_event_occurrences.up,
    down: migration_20261207_062236_event_occurrences.down,
    name: '20261207_062236_event_occurrences',
  },
  {
    up: migration_20261207_190427_upcoming_events_index.up,
    down: migration_20261207_190427_upcoming_events_index.down,
    name: '20261207_190427_upcoming_events_index',
  },
  {
    up: migration_20261207_193919_appeals_by_opening_index.up,
    down: migration_20261207_193919_appeals_by_opening_index.down,
    name: '20261207_193919_appeals_by_opening_index',
  },
]
