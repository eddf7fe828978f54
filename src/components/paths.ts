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
  editorsDashboard: 'payload-plugin-charity/rsc#EditorsDashboard',
  deactivatedWebhooks: 'payload-plugin-charity/rsc#DeactivatedWebhooks',
  webhookSecret: 'payload-plugin-charity/client#WebhookSecretField',
  trainingRequestStatusFilters: 'payload-plugin-charity/rsc#TrainingRequestStatusFilters',
} as const
