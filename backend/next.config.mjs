import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in backend/server owns /api; Next only renders the admin (backend/app).
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests and seed included); a type slip
  // there must not stop the admin from building.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
