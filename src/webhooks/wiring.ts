import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalConfig,
  JobsConfig,
} from 'payload'

import type { CharityContext } from '../context.ts'

import { mergeHooks } from '../builders/overrides.ts'
import { WEBHOOK_DEFAULTS } from '../defaults.ts'
import { idOf } from '../utilities/idOf.ts'
import {
  announceAppealTotals,
  announceGlobalChange,
  announceMoment,
  announcePublicChange,
  announcePublicDeletion,
  rememberPublicState,
} from './announce.ts'
import { webhookTasks } from './deliver.ts'
import { goLiveTask } from './goLive.ts'

export const webhooksEnabled = (ctx: CharityContext): boolean =>
  Boolean(ctx.slugs.webhookEndpoints && ctx.slugs.webhookDeliveries)

/** A donation recorded or refunded moved its appeal's totals (inside the ledger's transaction). */
const announceTotalsOnDonation =
  (ctx: CharityContext): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const appeal = idOf(doc.appeal)
    if (operation === 'create' && appeal !== null) await announceAppealTotals(ctx, req, appeal)
    return doc
  }

const announceTotalsOnRefund =
  (ctx: CharityContext): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const appeal = idOf(doc?.appeal)
    if (appeal !== null) await announceAppealTotals(ctx, req, appeal)
    return doc
  }

/**
 * The hooks that turn changes into webhook deliveries, added to the plugin's
 * own collections and globals: every collection with public pages, the
 * donations ledger (appeal totals) and every global.
 */
export const withWebhookHooks = <T extends CollectionConfig | GlobalConfig>(
  ctx: CharityContext,
  kind: 'collection' | 'global',
  config: T,
): T => {
  if (!webhooksEnabled(ctx)) return config
  if (kind === 'global') {
    return {
      ...config,
      hooks: mergeHooks(config.hooks, { afterChange: [announceGlobalChange(ctx)] }),
    }
  }
  if (ctx.publicPages.some(({ slug }) => slug === config.slug)) {
    return {
      ...config,
      hooks: mergeHooks(config.hooks, {
        beforeChange: [rememberPublicState(ctx)],
        afterChange: [announcePublicChange(ctx)],
        afterDelete: [announcePublicDeletion(ctx)],
      }),
    }
  }
  if (config.slug === ctx.slugs.donations) {
    return {
      ...config,
      hooks: mergeHooks(config.hooks, {
        afterChange: [announceTotalsOnDonation(ctx)],
        afterDelete: [announceTotalsOnRefund(ctx)],
      }),
    }
  }
  return config
}

/**
 * The host's jobs config with the plugin's tasks appended, and a frequent
 * run of the webhook queue (retries and the scheduled sweep and prune) added
 * to its `autoRun`, which keeps working as the host set it: only where
 * `shouldAutoRun` says so.
 */
export const withWebhookJobs = (
  ctx: CharityContext,
  jobs: JobsConfig | undefined,
): Partial<JobsConfig> => {
  if (!webhooksEnabled(ctx) || ctx.disabled) return jobs ?? {}
  const ours = { cron: WEBHOOK_DEFAULTS.autoRunCron, queue: WEBHOOK_DEFAULTS.queue, limit: 20 }
  const host = jobs?.autoRun
  // Concurrency keys let a moment's newer job replace its older one; a host may still turn them off.
  const concurrency = jobs?.enableConcurrencyControl ?? true
  return {
    ...jobs,
    enableConcurrencyControl: concurrency,
    tasks: [
      ...(jobs?.tasks ?? []),
      ...webhookTasks(ctx),
      goLiveTask(ctx, announceMoment(ctx), concurrency),
    ],
    autoRun:
      typeof host === 'function'
        ? async (payload) => [...(await host(payload)), ours]
        : [...(host ?? []), ours],
  }
}
