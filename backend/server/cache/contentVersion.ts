/**
 * A number that goes up whenever content changes: every cached response was
 * made at one version and is served only while the version is the same.
 *
 * One per process, shared by the Payload config (whose hooks bump it) and the
 * server (whose cache reads it). A cluster replaces `source` with a shared one
 * so a change on one node reaches every node.
 */
export type VersionSource = {
  current: () => number
  bump: () => void
}

const localVersion = (): VersionSource => {
  let version = 0
  return {
    current: () => version,
    bump: () => {
      version += 1
    },
  }
}

let source: VersionSource = localVersion()

export const contentVersion = {
  current: (): number => source.current(),
  bump: (): void => source.bump(),
  /** Swap where the version lives (e.g. a shared store); the count starts from that source's value. */
  use: (next: VersionSource): void => {
    source = next
  },
}
