/**
 * The access matrix: ONE table of who may do what. test/access-matrix.test.ts
 * turns every cell into an assertion over REST and over GraphQL on every
 * adapter, and renders the same table to test/access-matrix.md for review.
 * Change a rule here and both the proof and the document follow.
 */

export const ACTORS = [
  'anonymous',
  'author',
  'otherAuthor',
  'coordinator',
  'otherCoordinator',
  'editor',
  'admin',
  'websitePreview',
] as const
export type Actor = (typeof ACTORS)[number]

export const ACTOR_LABELS: Record<Actor, string> = {
  anonymous: 'anonymous',
  author: 'author',
  otherAuthor: 'another author',
  coordinator: 'coordinator',
  otherCoordinator: "another group's coordinator",
  editor: 'editor',
  admin: 'admin',
  websitePreview: 'website preview key',
}

export const TRANSPORTS = ['REST', 'GraphQL'] as const
export type Transport = (typeof TRANSPORTS)[number]

/** What a cell expects. Reads of lists and drafts have more than yes or no. */
export type Outcome =
  | 'allowed'
  | 'denied'
  /** list: every fixture */
  | 'all'
  /** list: published fixtures only */
  | 'published'
  /** list: published fixtures and the actor's own drafts */
  | 'published+own'
  /** list: published fixtures and the drafts of the groups the actor coordinates */
  | 'published+group'
  /** list: the training requests from the regions of the actor's groups */
  | 'region'
  /** list: the actor's own account only */
  | 'self'
  /** read draft: the unpublished changes */
  | 'draft'
  /** read draft: the live version, never the unpublished changes */
  | 'live'
  /** the cell does not apply to this actor (say why in `naReason`) */
  | 'n/a'

export type Operation =
  | 'list'
  | 'listOccurrences'
  | 'listOccurrenceRows'
  | 'writeOccurrenceRows'
  | 'readById'
  | 'readDraft'
  | 'readVersions'
  | 'readDonorDetails'
  | 'readGiftAidFigures'
  | 'create'
  | 'update'
  | 'updatePublished'
  | 'publish'
  | 'unpublish'
  | 'delete'
  | 'deletePublished'
  | 'changeRole'
  | 'changeOwnRole'
  | 'read'
  | 'readGroupDraft'
  | 'createForGroup'
  | 'createPublishedForGroup'
  | 'updateGroup'
  | 'updateGroupPublished'
  | 'publishGroup'
  | 'unpublishGroup'
  | 'moveGroup'
  | 'deleteGroup'
  | 'readCoordinators'
  | 'listCoordinators'
  | 'readCoordinator'
  | 'setGroups'
  | 'setOwnGroups'
  | 'renameCoordinator'

export type Row = {
  op: Operation
  /** What the operation does to which document, in words. */
  what: string
  outcomes: Record<Actor, Outcome>
  /** Only over these transports (say why in `transportNote`). */
  transports?: readonly Transport[]
  transportNote?: string
  naReason?: string
}

export type Kind =
  | 'content'
  | 'users'
  | 'donations'
  | 'categories'
  | 'media'
  | 'redirects'
  | 'global'
  | 'groups'
  | 'trainingRequests'
  | 'webhookEndpoints'
  | 'webhookDeliveries'
  | 'giftAidDeclarations'
  | 'privacyAuditLog'

export type Subject = {
  slug: string
  kind: Kind
  /** How GraphQL names it: `Post` / `Posts` / `createPost` ... */
  graphql: { one: string; many: string }
  rows: Row[]
}

type Outcomes = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]

/**
 * Outcomes in column order: anonymous, author, another author, coordinator, another group's
 * coordinator, editor, admin, the website preview key (an API key: it reads what editors read,
 * drafts included, and nothing personal; it writes nothing).
 */
const row = (
  op: Operation,
  what: string,
  [
    anonymous,
    author,
    otherAuthor,
    coordinator,
    otherCoordinator,
    editor,
    admin,
    websitePreview,
  ]: Outcomes,
  extra: Partial<Pick<Row, 'naReason' | 'transportNote' | 'transports'>> = {},
): Row => ({
  op,
  what,
  outcomes: {
    anonymous,
    author,
    otherAuthor,
    coordinator,
    otherCoordinator,
    editor,
    admin,
    websitePreview,
  },
  ...extra,
})

const A = 'allowed'
const D = 'denied'

/**
 * Posts, events, campaigns and donation appeals share one rule set. "The
 * author" owns the target documents; "another author" does not.
 */
const CONTENT_ROWS: Row[] = [
  row('list', 'list the collection', [
    'published',
    'published+own',
    'published+own',
    'published',
    'published',
    'all',
    'all',
    'all',
  ]),
  row('readById', "read the author's draft by id", [D, A, D, D, D, A, A, A]),
  row(
    'readDraft',
    "read, with draft=true, the author's published document that has unpublished changes",
    ['live', 'draft', 'live', 'live', 'live', 'draft', 'draft', 'draft'],
  ),
  row('readVersions', "read the version history of the author's document", [
    D,
    D,
    D,
    D,
    D,
    A,
    A,
    D,
  ]),
  row('create', 'create a draft (national: no group)', [D, A, A, D, D, A, A, D]),
  row('update', "change the author's draft", [D, A, D, D, D, A, A, D]),
  row('updatePublished', "change the author's published document", [D, D, D, D, D, A, A, D]),
  row('publish', "publish the author's draft", [D, D, D, D, D, A, A, D]),
  row('unpublish', "unpublish the author's published document", [D, D, D, D, D, A, A, D]),
  row('delete', "delete the author's draft", [D, A, D, D, D, A, A, D]),
  row('deletePublished', "delete the author's published document", [D, D, D, D, D, A, A, D]),
]

/**
 * Posts and events may belong to a local group. "The coordinator's group" is
 * one the coordinator looks after; its documents were started by the
 * coordinator, so the author owns none of them.
 */
const GROUP_CONTENT_ROWS: Row[] = [
  ...CONTENT_ROWS.map((contentRow) =>
    contentRow.op === 'list'
      ? {
          ...contentRow,
          outcomes: {
            ...contentRow.outcomes,
            coordinator: 'published+group' as const,
            otherCoordinator: 'published+group' as const,
          },
        }
      : contentRow,
  ),
  row('readGroupDraft', "read a draft of the coordinator's group by id", [D, D, D, A, D, A, A, A]),
  row('createForGroup', "create a draft for the coordinator's group", [D, A, A, A, D, A, A, D]),
  row('createPublishedForGroup', "create a published document for the coordinator's group", [
    D,
    D,
    D,
    A,
    D,
    A,
    A,
    D,
  ]),
  row('updateGroup', "change a draft of the coordinator's group", [D, D, D, A, D, A, A, D]),
  row('updateGroupPublished', "change a published document of the coordinator's group", [
    D,
    D,
    D,
    A,
    D,
    A,
    A,
    D,
  ]),
  row('publishGroup', "publish a draft of the coordinator's group", [D, D, D, A, D, A, A, D]),
  row('unpublishGroup', "unpublish a published document of the coordinator's group", [
    D,
    D,
    D,
    A,
    D,
    A,
    A,
    D,
  ]),
  row('moveGroup', "move a draft of the coordinator's group to another group", [
    D,
    D,
    D,
    D,
    D,
    A,
    A,
    D,
  ]),
  row('deleteGroup', "delete a draft of the coordinator's group", [D, D, D, D, D, A, A, D]),
]

const content = (slug: string, one: string, many: string, rows = CONTENT_ROWS): Subject => ({
  slug,
  kind: 'content',
  graphql: { one, many },
  rows,
})

const NO_ACCOUNT = 'anonymous visitors have no account'

const REST_ONLY_REQUESTS = {
  transports: ['REST'] as const,
  transportNote:
    'GraphQL takes no writes to training requests: they come in through the rate-limited REST form',
}

export const ACCESS_TABLE: Subject[] = [
  content('posts', 'Post', 'Posts', GROUP_CONTENT_ROWS),
  content('events', 'Event', 'Events', [
    ...GROUP_CONTENT_ROWS,
    // The occurrences list reads through the collection's own access: whoever lists events sees theirs.
    {
      ...(GROUP_CONTENT_ROWS.find((contentRow) => contentRow.op === 'list') as Row),
      op: 'listOccurrences',
      what: 'list occurrences in a range (GET /api/events/occurrences, EventOccurrences)',
    },
    // The stored rows behind that list: readable as their events are, written only by the events' own saves.
    {
      ...(GROUP_CONTENT_ROWS.find((contentRow) => contentRow.op === 'list') as Row),
      op: 'listOccurrenceRows',
      what: 'list the stored occurrence rows of the events (GET /api/event-occurrences)',
      transports: ['REST'],
      transportNote:
        'the stored rows have no GraphQL collection; GraphQL lists occurrences with EventOccurrences',
    },
    row(
      'writeOccurrenceRows',
      'create, change or delete a stored occurrence row (POST, PATCH, DELETE /api/event-occurrences)',
      [D, D, D, D, D, D, D, D],
      {
        transports: ['REST'],
        transportNote: 'the stored rows have no GraphQL collection',
      },
    ),
  ]),
  content('campaigns', 'Campaign', 'Campaigns'),
  content('donation-appeals', 'DonationAppeal', 'DonationAppeals', [
    ...CONTENT_ROWS,
    row(
      'readGiftAidFigures',
      "read a published appeal's Gift Aid figures (giftAidPotential, giftAidClaimed)",
      [D, D, D, D, D, A, A, D],
    ),
  ]),
  // A page may belong to a group, like posts and events: its coordinators keep it.
  content('pages', 'Page', 'Pages', GROUP_CONTENT_ROWS),
  {
    slug: 'groups',
    kind: 'groups',
    graphql: { one: 'Group', many: 'Groups' },
    rows: [
      row('list', 'list the groups', [
        'published',
        'published',
        'published',
        'published+group',
        'published+group',
        'all',
        'all',
        'all',
      ]),
      row('readGroupDraft', 'read a draft group the coordinator looks after', [
        D,
        D,
        D,
        A,
        D,
        A,
        A,
        A,
      ]),
      row('readCoordinators', 'see who coordinates a group', [D, A, A, A, A, A, A, D]),
      row('create', 'start a group', [D, D, D, D, D, A, A, D]),
      row('updateGroupPublished', "change the page of the coordinator's group", [
        D,
        D,
        D,
        A,
        D,
        A,
        A,
        D,
      ]),
      row('publishGroup', "publish a draft of the coordinator's group", [D, D, D, A, D, A, A, D]),
      row('unpublishGroup', "unpublish the coordinator's group", [D, D, D, A, D, A, A, D]),
      row('delete', "delete the coordinator's group", [D, D, D, D, D, A, A, D]),
    ],
  },
  {
    slug: 'training-requests',
    kind: 'trainingRequests',
    graphql: { one: 'TrainingRequest', many: 'TrainingRequests' },
    rows: [
      row('create', 'send a training request', [A, A, A, A, A, A, A, D], REST_ONLY_REQUESTS),
      row('list', 'list training requests', [D, D, D, 'region', 'region', 'all', 'all', D]),
      row('readById', "read a request from the coordinator's region", [D, D, D, A, D, A, A, D]),
      row('update', 'mark a request contacted', [D, D, D, D, D, A, A, D], REST_ONLY_REQUESTS),
      row('delete', 'delete a request', [D, D, D, D, D, D, A, D], REST_ONLY_REQUESTS),
    ],
  },
  {
    slug: 'users',
    kind: 'users',
    graphql: { one: 'User', many: 'Users' },
    rows: [
      row('list', 'list accounts', [D, 'self', 'self', 'self', 'self', 'self', 'all', 'self']),
      row('readById', "read the author's account", [D, A, D, D, D, D, A, D]),
      row('create', 'create an account', [D, D, D, D, D, D, A, D]),
      row('update', "change the author's name", [D, A, D, D, D, D, A, D]),
      row('changeRole', "make another author's account an editor", [D, D, D, D, D, D, A, D]),
      row('changeOwnRole', 'change their own role', ['n/a', D, D, D, D, D, D, D], {
        naReason: NO_ACCOUNT,
      }),
      row('delete', "delete another author's account", [D, D, D, D, D, D, A, D]),
      row('listCoordinators', "list coordinators' accounts", [
        D,
        'self',
        'self',
        'self',
        'self',
        'all',
        'all',
        'self',
      ]),
      row('readCoordinator', "read the coordinator's account", [D, D, D, A, D, A, A, D]),
      row('setGroups', 'set which groups another coordinator looks after', [
        D,
        D,
        D,
        D,
        D,
        A,
        A,
        D,
      ]),
      row(
        'setOwnGroups',
        'change which groups they look after themselves',
        ['n/a', D, D, D, D, A, A, D],
        { naReason: NO_ACCOUNT },
      ),
      row('renameCoordinator', "change another coordinator's name", [D, D, D, D, D, D, A, D]),
    ],
  },
  {
    slug: 'donations',
    kind: 'donations',
    graphql: { one: 'Donation', many: 'Donations' },
    rows: [
      row('list', 'list the ledger', [D, D, D, D, D, 'all', 'all', D]),
      row('readById', 'read a donation by id', [D, D, D, D, D, A, A, D]),
      row('readDonorDetails', "read a donation's donor name and payment id", [
        D,
        D,
        D,
        D,
        D,
        D,
        A,
        D,
      ]),
      row('create', 'record a donation', [D, D, D, D, D, D, A, D]),
      row('update', 'change a donation (Gift Aid)', [D, D, D, D, D, D, A, D]),
      row('delete', 'delete a ledger entry (never: a refund is a new entry)', [
        D,
        D,
        D,
        D,
        D,
        D,
        D,
        D,
      ]),
    ],
  },
  {
    slug: 'gift-aid-declarations',
    kind: 'giftAidDeclarations',
    graphql: { one: 'GiftAidDeclaration', many: 'GiftAidDeclarations' },
    rows: [
      row('list', 'list Gift Aid declarations', [D, D, D, D, D, D, 'all', D]),
      row('readById', 'read a declaration', [D, D, D, D, D, D, A, D]),
      row('create', 'record a declaration', [D, D, D, D, D, D, A, D]),
      row('update', 'record a cancellation', [D, D, D, D, D, D, A, D]),
      row('delete', 'delete a declaration no donation relies on', [D, D, D, D, D, D, A, D]),
    ],
  },
  {
    slug: 'privacy-audit-log',
    kind: 'privacyAuditLog',
    graphql: { one: 'PrivacyAuditEntry', many: 'PrivacyAuditLog' },
    rows: [
      row('list', 'list the privacy audit log', [D, D, D, D, D, D, 'all', D]),
      row('readById', 'read an export or erasure record', [D, D, D, D, D, D, A, D]),
      row('create', 'write into the log (only the system does)', [D, D, D, D, D, D, D, D]),
      row('update', 'change a logged request', [D, D, D, D, D, D, D, D]),
      row('delete', 'delete a logged request', [D, D, D, D, D, D, D, D]),
    ],
  },
  {
    slug: 'categories',
    kind: 'categories',
    graphql: { one: 'Category', many: 'Categories' },
    rows: [
      row('list', 'list categories', ['all', 'all', 'all', 'all', 'all', 'all', 'all', 'all']),
      row('readById', 'read a category by id', [A, A, A, A, A, A, A, A]),
      row('create', 'create a category', [D, D, D, D, D, A, A, D]),
      row('update', 'rename a category', [D, D, D, D, D, A, A, D]),
      row('delete', 'delete a category', [D, D, D, D, D, A, A, D]),
    ],
  },
  {
    slug: 'media',
    kind: 'media',
    graphql: { one: 'Media', many: 'allMedia' },
    rows: [
      row('list', 'list media', ['all', 'all', 'all', 'all', 'all', 'all', 'all', 'all']),
      row('readById', 'read an image by id', [A, A, A, A, A, A, A, A]),
      row('create', 'upload an image', [D, A, A, A, A, A, A, D], {
        transports: ['REST'],
        transportNote: "Payload's GraphQL API takes no file uploads",
      }),
      row('update', "change an image's alt text", [D, A, A, A, A, A, A, D]),
      row('delete', 'delete an image', [D, D, D, D, D, A, A, D]),
    ],
  },
  {
    slug: 'redirects',
    kind: 'redirects',
    graphql: { one: 'Redirect', many: 'Redirects' },
    rows: [
      row('list', 'list redirects', ['all', 'all', 'all', 'all', 'all', 'all', 'all', 'all']),
      row('readById', 'read a redirect by id', [A, A, A, A, A, A, A, A]),
      row('create', 'add a redirect by hand', [D, D, D, D, D, A, A, D]),
      row('update', "change a redirect's old path", [D, D, D, D, D, A, A, D]),
      row('delete', 'delete a redirect', [D, D, D, D, D, A, A, D]),
    ],
  },
  {
    slug: 'webhook-endpoints',
    kind: 'webhookEndpoints',
    graphql: { one: 'WebhookEndpoint', many: 'WebhookEndpoints' },
    rows: [
      row('list', 'list webhook endpoints', [D, D, D, D, D, D, 'all', D]),
      row('readById', 'read a webhook endpoint', [D, D, D, D, D, D, A, D]),
      row('create', 'add a webhook endpoint', [D, D, D, D, D, D, A, D]),
      row('update', "change an endpoint's description", [D, D, D, D, D, D, A, D]),
      row('delete', 'delete a webhook endpoint', [D, D, D, D, D, D, A, D]),
    ],
  },
  {
    slug: 'webhook-deliveries',
    kind: 'webhookDeliveries',
    graphql: { one: 'WebhookDelivery', many: 'WebhookDeliveries' },
    rows: [
      row('list', 'list the webhook delivery log', [D, D, D, D, D, D, 'all', D]),
      row('readById', 'read a webhook delivery', [D, D, D, D, D, D, A, D]),
      row('create', 'write a delivery into the log (only the system does)', [
        D,
        D,
        D,
        D,
        D,
        D,
        D,
        D,
      ]),
      row('update', 'change a logged delivery', [D, D, D, D, D, D, D, D]),
      row('delete', 'delete a logged delivery', [D, D, D, D, D, D, A, D]),
    ],
  },
  {
    slug: 'site-settings',
    kind: 'global',
    graphql: { one: 'SiteSetting', many: 'SiteSetting' },
    rows: [
      row('read', 'read the site settings', [A, A, A, A, A, A, A, A]),
      row('update', 'change the site settings', [D, D, D, D, D, D, A, D]),
    ],
  },
  {
    slug: 'navigation',
    kind: 'global',
    graphql: { one: 'Navigation', many: 'Navigation' },
    rows: [
      row('read', 'read the navigation', [A, A, A, A, A, A, A, A]),
      row('update', 'change the navigation', [D, D, D, D, D, A, A, D]),
    ],
  },
]

export type Cell = {
  subject: Subject
  row: Row
  actor: Actor
  transport: Transport
  outcome: Exclude<Outcome, 'n/a'>
  /** A readable test name: `posts · publish the author's draft · author · REST → denied`. */
  name: string
  /** Short and unique, for fixture titles. */
  key: string
}

/** Every assertion the matrix makes, in table order. */
export const cellsOf = (subject: Subject): Cell[] =>
  subject.rows.flatMap((row) =>
    ACTORS.flatMap((actor) => {
      const outcome = row.outcomes[actor]
      if (outcome === 'n/a') return []
      return (row.transports ?? TRANSPORTS).map((transport) => ({
        subject,
        row,
        actor,
        transport,
        outcome,
        name: `${subject.slug} · ${row.what} · ${ACTOR_LABELS[actor]} · ${transport} → ${outcome}`,
        key: `${row.op}-${actor}-${transport}`.toLowerCase(),
      }))
    }),
  )

const SYMBOL: Record<Outcome, string> = {
  allowed: 'yes',
  denied: '**no**',
  all: 'all',
  published: 'published only',
  'published+own': 'published + own drafts',
  'published+group': "published + own groups' drafts",
  region: 'own regions only',
  self: 'own account',
  draft: 'sees the draft',
  live: 'live version only',
  'n/a': '—',
}

/** The table as Markdown, for people: one section per collection or global. */
export const renderMatrix = (): string => {
  const lines = [
    '# Access matrix',
    '',
    'Generated from `test/helpers/accessTable.ts` by `test/access-matrix.test.ts`; do not edit by hand.',
    'Every cell below is asserted over REST and over GraphQL (unless noted) on every database adapter the',
    'test run has (SQLite always, PostgreSQL when `POSTGRES_URL` is set, MongoDB when a `mongod` can be had).',
    'A refused write is also re-read as an admin to prove that nothing changed.',
    '',
    '"The author" owns the documents the row acts on; "another author" is a second account with the author role.',
    '"The coordinator" looks after one London group (and the documents of "the coordinator\'s group");',
    '"another group\'s coordinator" looks after a group in Yorkshire. Training requests from London are "the',
    'coordinator\'s region". "The website preview key" is an account with the `website-preview` role, signed',
    'in with its API key (`Authorization: users API-Key …`), as a website reads drafts for its previews.',
    '',
  ]
  for (const subject of ACCESS_TABLE) {
    lines.push(`## ${subject.slug}`, '')
    lines.push(`| operation | ${ACTORS.map((actor) => ACTOR_LABELS[actor]).join(' | ')} |`)
    lines.push(`|---|${ACTORS.map(() => '---').join('|')}|`)
    const notes: string[] = []
    for (const row of subject.rows) {
      lines.push(
        `| ${row.what} | ${ACTORS.map((actor) => SYMBOL[row.outcomes[actor]]).join(' | ')} |`,
      )
      if (row.transports)
        notes.push(`- ${row.what}: ${row.transports.join(', ')} only (${row.transportNote}).`)
      if (row.naReason) notes.push(`- ${row.what}: — means not applicable (${row.naReason}).`)
    }
    if (notes.length) lines.push('', ...notes)
    lines.push('')
  }
  return lines.join('\n')
}
