import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../src/context.ts'

import { isAdmin } from '../src/access/isAdmin.ts'

export const PRIVACY_ACTIONS = ['export', 'erase'] as const

const nobodyWrites = () => false

/**
 * Every per-person export and erasure: who ran it, when, how, what was found
 * and what was done. Admins read it; only the system writes it. It names the
 * person by a keyed hash of their email, never the email itself, so erasure
 * leaves no trace here while a later request can still be matched to it.
 */
export const privacyAuditLogCollection = (
  _ctx: CharityContext,
  slug: string,
): CollectionConfig => ({
  slug,
  labels: { singular: 'Privacy request', plural: 'Privacy audit log' },
  graphQL: { singularName: 'PrivacyAuditEntry', pluralName: 'PrivacyAuditLog' },
  admin: {
    group: 'Settings',
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'via', 'actor', 'found', 'erased', 'kept'],
    description:
      'Per-person exports and erasures (subject access and erasure requests). Written by the system only.',
  },
  access: {
    read: isAdmin,
    create: nobodyWrites,
    update: nobodyWrites,
    delete: nobodyWrites,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          options: PRIVACY_ACTIONS.map((value) => ({ label: value, value })),
        },
        {
          name: 'via',
          type: 'select',
          required: true,
          options: [
            { label: 'Admin API', value: 'api' },
            { label: 'Command line', value: 'cli' },
          ],
        },
        {
          name: 'actor',
          type: 'text',
          admin: { description: 'The admin (email) or operator (CLI) who ran it.' },
        },
      ],
    },
    {
      name: 'subjectHash',
      type: 'text',
      required: true,
      index: true,
      admin: { description: "HMAC-SHA256 of the person's email under the server's secret." },
    },
    {
      type: 'row',
      fields: [
        { name: 'found', type: 'json', admin: { description: 'Records found, per collection.' } },
        { name: 'erased', type: 'json', admin: { description: 'Records erased, per collection.' } },
        {
          name: 'kept',
          type: 'json',
          admin: { description: 'Records kept by law (Gift Aid), with why.' },
        },
      ],
    },
  ],
})
