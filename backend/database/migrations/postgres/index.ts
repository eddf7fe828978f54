import * as migration_20261201_072423_initial from './20261201_072423_initial.ts'

export const migrations = [
  {
    up: migration_20261201_072423_initial.up,
    down: migration_20261201_072423_initial.down,
    name: '20261201_072423_initial',
  },
]
