/** The plugin's job task slugs (prefixed, so they cannot clash with a host's). */
export const DELIVER_TASK = 'charityWebhookDeliver'
export const SWEEP_TASK = 'charityWebhookSweep'
export const PRUNE_TASK = 'charityWebhookPrune'
/** A post's publish date, an appeal's opening or closing: announced when the moment comes. */
export const GO_LIVE_TASK = 'charityGoLive'
