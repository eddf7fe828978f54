// Reading the charity's content with Payload's typed client. docs/website-developers.md
// shows this file as it is, and test/sdk.test.ts runs it against the real server.
// In your project: your copy of this repository's payload-types.ts.
import type { Config, TrainingRequest } from '../../payload-types.ts'

import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'

export const createClient = (baseURL = 'https://cms.example.org/api') =>
  new PayloadSDK<Config>({ baseURL })

export type CharityClient = ReturnType<typeof createClient>

/** The ten newest published posts, with only what a list shows. */
export const latestPosts = (sdk: CharityClient) =>
  sdk.find({
    collection: 'posts',
    sort: '-publishedAt',
    limit: 10,
    depth: 1,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true },
  })

/** One published post by its slug, in Welsh (English where no Welsh is written yet), or null. */
export const postBySlug = async (sdk: CharityClient, slug: string, locale: 'cy' | 'en' = 'cy') => {
  const { docs } = await sdk.find({
    collection: 'posts',
    where: { slug: { equals: slug } },
    locale,
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
}

/** A member of staff logs in; the token lets a preview read drafts. Keep it on the server. */
export const staffToken = async (sdk: CharityClient, email: string, password: string) => {
  const { token } = await sdk.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error('The login gave no token.')
  return token
}

/** The latest draft of a post (for a preview), or null: only with a staff token. */
export const draftPost = async (sdk: CharityClient, slug: string, token: string) => {
  const { docs } = await sdk.find(
    { collection: 'posts', where: { slug: { equals: slug } }, draft: true, limit: 1 },
    { headers: { Authorization: `JWT ${token}` } },
  )
  return docs[0] ?? null
}

/** What the public form sends (docs/website-developers.md, "Asking for a training day"). */
export type TrainingRequestForm = {
  name: string
  email: string
  phone?: string
  organisation?: string
  town: string
  region: TrainingRequest['region']
  preferredDates: string
  expectedAttendees: number
  message: string
  consent: true
  /** The honeypot: a hidden input people leave empty. */
  website?: string
}

export type TrainingRequestReply =
  | { ok: true; id: number | string; status: 'received' }
  | { ok: false; errors: { field?: string; message: string }[] }

/**
 * Ask for a training day, without logging in. The form answers `{ id, status }`
 * and nothing of what was sent, so it is posted with `sdk.request` (`sdk.create`
 * returns the stored document, which the public never gets back). A 400 lists
 * every problem with its field, for the form to show beside each input.
 */
export const requestTraining = async (
  sdk: CharityClient,
  form: TrainingRequestForm,
): Promise<TrainingRequestReply> => {
  try {
    const response = await sdk.request({ method: 'POST', path: '/training-requests', json: form })
    const { id, status } = (await response.json()) as { id: number | string; status: 'received' }
    return { ok: true, id, status }
  } catch (error) {
    if (error instanceof PayloadSDKError && error.status === 400) {
      return { ok: false, errors: error.errors as { field?: string; message: string }[] }
    }
    throw error
  }
}
