import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { checkSubjectEmail, erasePersonalData, exportPersonalData } from '../privacy/person.ts'

const reply = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const emailOf = async (req: PayloadRequest): Promise<string> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    body = undefined
  }
  return checkSubjectEmail((body as { email?: unknown } | undefined)?.email)
}

const actorOf = (req: PayloadRequest) =>
  String((req.user as { email?: unknown }).email ?? req.user?.id)

/**
 * `POST /api/privacy/export` and `POST /api/privacy/erase` with
 * `{"email": "…"}`: a subject access request's answer, and erasure. Admins
 * only; each is written to the privacy audit log. See docs/data-protection.md.
 */
const endpoints: Endpoint[] = [
  {
    path: '/privacy/export',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!hasRole(req.user, 'admin')) return reply(403, 'Only admins may export personal data.')
      const email = await emailOf(req)
      const data = await exportPersonalData(req, email, { via: 'api', actor: actorOf(req) })
      return Response.json({ exportedAt: new Date().toISOString(), ...data })
    },
  },
  {
    path: '/privacy/erase',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!hasRole(req.user, 'admin')) return reply(403, 'Only admins may erase personal data.')
      const email = await emailOf(req)
      const { report } = await erasePersonalData(req, email, { via: 'api', actor: actorOf(req) })
      return Response.json(report)
    },
  },
]

/** Each with its own rate limit and a small JSON body: they name one person. */
export const privacyEndpoints: Endpoint[] = endpoints.map((endpoint) =>
  guardEndpoint({ rateLimit: 'privacy', body: 'privacy', jsonObject: true }, endpoint),
)
