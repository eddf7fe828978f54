/** What copying the seeded content into bare Payload's tables did. */
export type CopyReport = {
  tables: number
  rows: number
  /** Tables bare Payload has that the seeded database lacks (left empty). */
  skipped: string[]
  /** Columns bare Payload has that the seeded database lacks (left at their defaults). */
  columnsMissing: string[]
}
