import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in src/server.ts owns /api; Next only renders the admin.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
