import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { REGIONS, TRAINING_REQUEST_LIMITS } from '../defaults.ts'
import { headingField } from './fields.ts'

/**
 * The form to ask for a training day (`POST /api/training-requests`). `form`
 * carries what the website needs to draw it, from the backend's own settings:
 * the consent wording and its version, the regions, the limits.
 */
export const trainingRequestBlock = (ctx: CharityContext): Block[] =>
  ctx.slugs.trainingRequests
    ? [
        {
          slug: 'trainingRequest',
          interfaceName: 'TrainingRequestBlock',
          labels: { singular: 'Training request form', plural: 'Training request forms' },
          fields: [
            headingField(),
            { name: 'intro', type: 'textarea', localized: true, maxLength: 600 },
            {
              name: 'form',
              type: 'json',
              virtual: true,
              admin: { disabled: true },
              hooks: {
                afterRead: [
                  () => ({
                    action: `/${ctx.slugs.trainingRequests}`,
                    consent: ctx.trainingRequests.consent,
                    regions: REGIONS.map(({ value }) => value),
                    attendees: {
                      min: TRAINING_REQUEST_LIMITS.minAttendees,
                      max: TRAINING_REQUEST_LIMITS.maxAttendees,
                    },
                    messageMaxLength: TRAINING_REQUEST_LIMITS.messageMaxLength,
                  }),
                ],
              },
              typescriptSchema: [
                () => ({
                  type: 'object',
                  additionalProperties: false,
                  required: ['action', 'consent', 'regions', 'attendees', 'messageMaxLength'],
                  properties: {
                    action: { type: 'string' },
                    consent: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['version', 'wording'],
                      properties: { version: { type: 'string' }, wording: { type: 'string' } },
                    },
                    regions: { type: 'array', items: { type: 'string' } },
                    attendees: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['min', 'max'],
                      properties: { min: { type: 'number' }, max: { type: 'number' } },
                    },
                    messageMaxLength: { type: 'number' },
                  },
                }),
              ],
            },
          ],
        },
      ]
    : []
