/** Server components for the admin (`payload-plugin-charity/rsc#Name` in component paths). */
export { EditorsDashboard } from '../components/Dashboard/EditorsDashboard.tsx'
export { DeactivatedWebhooks } from '../components/Webhooks/DeactivatedEndpoints.tsx'
export { TrainingRequestStatusFilters } from '../components/TrainingRequests/StatusFilters.tsx'
export { ListShortcuts } from '../components/ListShortcuts/ListShortcuts.tsx'
export { PreviewNotice } from '../components/Preview/PreviewNotice.tsx'
