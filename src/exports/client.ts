/** Client components for the admin (`payload-plugin-charity/client#Name` in component paths). */
export { AppealProgressCell } from '../components/AppealProgress/ProgressCell.tsx'
export { AppealProgressField } from '../components/AppealProgress/ProgressField.tsx'
export { WebhookSecretField } from '../components/Webhooks/SecretField.tsx'
export { MoneyCell } from '../components/Money/MoneyCell.tsx'
export { MoneyField } from '../components/Money/MoneyField.tsx'
export { EventStartCell } from '../components/Events/EventStartCell.tsx'
export { EventTimeField } from '../components/Events/EventTimeField.tsx'
export { RecurrencePreview } from '../components/Events/RecurrencePreview.tsx'
