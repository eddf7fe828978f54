/**
 * Where the admin finds the plugin's components, as Payload component paths.
 * They name the package's own exports, so the same paths work in a host
 * project that installs the plugin (resolved through package.json "exports"
 * to dist/) and in this repository (tsconfig "paths" map them to src/).
 */
export const ADMIN_COMPONENTS = {
  appealProgressCell: 'payload-plugin-charity/client#AppealProgressCell',
  appealProgressField: 'payload-plugin-charity/client#AppealProgressField',
  moneyField: 'payload-plugin-charity/client#MoneyField',
  moneyCell: 'payload-plugin-charity/client#MoneyCell',
  listShortcuts: 'payload-plugin-charity/rsc#ListShortcuts',
  eventTimeField: 'payload-plugin-charity/client#EventTimeField',
  eventStartCell: 'payload-plugin-charity/client#EventStartCell',
  recurrencePreview: 'payload-plugin-charity/client#RecurrencePreview',
  editorsDashboard: 'payload-plugin-charity/rsc#EditorsDashboard',
  deactivatedWebhooks: 'payload-plugin-charity/rsc#DeactivatedWebhooks',
  webhookSecret: 'payload-plugin-charity/client#WebhookSecretField',
  trainingRequestStatusFilters: 'payload-plugin-charity/rsc#TrainingRequestStatusFilters',
  previewNotice: 'payload-plugin-charity/rsc#PreviewNotice',
} as const

/** The shortcuts bar above a list (src/components/ListShortcuts), for one collection. */
export const listShortcutsComponent = (
  shortcuts: 'appeals' | 'events' | 'posts',
  collection: string,
  label: string,
) => ({ path: ADMIN_COMPONENTS.listShortcuts, serverProps: { shortcuts, collection, label } })
