/**
 * Where the admin finds the plugin's components, as Payload component paths
 * (`file#export`, relative to `admin.importMap.baseDir`: the project root
 * here). A project that installs the plugin as a package would point these
 * at the package's exports instead; they live in one place for that reason.
 */
export const ADMIN_COMPONENTS = {
  appealProgressCell: '/src/components/AppealProgress/ProgressCell.tsx#AppealProgressCell',
  appealProgressField: '/src/components/AppealProgress/ProgressField.tsx#AppealProgressField',
  editorsDashboard: '/src/components/Dashboard/EditorsDashboard.tsx#EditorsDashboard',
} as const
