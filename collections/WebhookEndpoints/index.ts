import type {
  CollectionConfig,
  SelectFieldManyValidation,
  TextFieldSingleValidation,
} from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { isAdmin } from '../../src/access/isAdmin.ts'
import { nobody } from '../../src/access/nobody.ts'
import { hasRole } from '../../src/access/roles.ts'
import { ADMIN_COMPONENTS } from '../../src/components/paths.ts'
import { rotateWebhookSecret } from '../../src/endpoints/rotateWebhookSecret.ts'
import { obviouslyPrivateHost } from '../../src/webhooks/addresses.ts'
import { webhookEventTypes } from '../../src/webhooks/events.ts'
import {
  clearFailuresOnReactivation,
  issueSigningSecret,
  revealSecretOnce,
} from './hooks/secrets.ts'

/** Kept by the delivery system; shown to admins, written by nobody. */
const systemOnly = { create: nobody, update: nobody }
/** The signing secrets: after the create reply, no API read returns them. */
const neverRead = { read: nobody, create: nobody, update: nobody }

/**
 * Where a webhook may go: a full https address (plain http only where
 * private addresses are allowed, i.e. local development), with no password
 * in it, and not at this server's own network. Names are resolved and
 * checked again at every delivery.
 */
const validateEndpointUrl =
  (allowPrivateAddresses: boolean): TextFieldSingleValidation =>
  (value) => {
    if (typeof value !== 'string' || !value) return 'Give the address that receives the webhooks.'
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return 'url must be a full address, e.g. https://example.org/api/revalidate.'
    }
    const schemes = allowPrivateAddresses ? ['https:', 'http:'] : ['https:']
    if (!schemes.includes(url.protocol)) {
      return allowPrivateAddresses
        ? 'url must start with https:// or http://.'
        : 'url must start with https:// (webhooks carry a signature; send them encrypted).'
    }
    if (url.username || url.password) {
      return 'url must not contain a user name or password: receivers check the signature instead.'
    }
    if (!allowPrivateAddresses && obviouslyPrivateHost(url.hostname)) {
      return `url points at ${url.hostname}, a loopback, private or link-local address; webhooks only go to public addresses.`
    }
    return true
  }

/**
 * The events an endpoint listens for: at least one, each one this config
 * announces. A refusal lists them all, so the caller can pick without guessing.
 */
const validateEvents =
  (allowed: string[]): SelectFieldManyValidation =>
  (value) => {
    const list = `Choose from: ${allowed.join(', ')}.`
    const chosen = Array.isArray(value) ? value : value ? [value] : []
    if (!chosen.length) return `Give at least one event. ${list}`
    const unknown = chosen.filter((event) => !allowed.includes(event))
    if (unknown.length) {
      const named = unknown.map((event) => `"${String(event).slice(0, 100)}"`).join(', ')
      return `${unknown.length === 1 ? 'There is no event' : 'There are no events'} ${named}. ${list}`
    }
    return true
  }

const readOnlySidebar = { readOnly: true, position: 'sidebar' as const }

/** Where websites want to hear about changes: signed webhooks (Standard Webhooks), admins only. */
export const webhookEndpointsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig => ({
  slug,
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    group: 'Settings',
    useAsTitle: 'url',
    defaultColumns: ['url', 'active', 'events', 'lastSuccessAt', 'failingSince'],
    description:
      'Addresses told about published changes, signed with Standard Webhooks. The signing secret is shown once, when the endpoint is created or its secret rotated.',
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [issueSigningSecret, clearFailuresOnReactivation],
    afterChange: [revealSecretOnce],
  },
  endpoints: [rotateWebhookSecret(slug)],
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateEndpointUrl(ctx.webhooks.allowPrivateAddresses),
      admin: { description: 'Receives a POST for every chosen event. Redirects are not followed.' },
    },
    { name: 'description', type: 'textarea', maxLength: 500 },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: webhookEventTypes(ctx),
      validate: validateEvents(webhookEventTypes(ctx)),
      admin: { description: 'Changes to published content only: drafts are never announced.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Switched off by the system after a day of failed deliveries.',
      },
    },
    {
      name: 'secretControls',
      type: 'ui',
      admin: { components: { Field: ADMIN_COMPONENTS.webhookSecret } },
    },
    { name: 'secret', type: 'text', access: neverRead, admin: { hidden: true } },
    { name: 'previousSecret', type: 'text', access: neverRead, admin: { hidden: true } },
    {
      name: 'previousSecretExpiresAt',
      type: 'date',
      access: systemOnly,
      admin: { ...readOnlySidebar, description: 'Until then the previous secret signs too.' },
    },
    { name: 'lastSuccessAt', type: 'date', access: systemOnly, admin: readOnlySidebar },
    {
      name: 'failingSince',
      type: 'date',
      access: systemOnly,
      admin: { ...readOnlySidebar, description: 'Every delivery has failed since then.' },
    },
    { name: 'deactivatedAt', type: 'date', access: systemOnly, admin: readOnlySidebar },
    { name: 'deactivationReason', type: 'text', access: systemOnly, admin: readOnlySidebar },
  ],
})
