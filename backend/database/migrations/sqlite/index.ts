import * as migration_20261201_072407_initial from './20261201_072407_initial.ts'

export const migrations = [
  {
    up: migration_20261201_072407_initial.up,
    down: migration_20261201_072407_initial.down,
    name: '20261201_072407_initial',
  },
]
