import type { Access, PayloadRequest } from 'payload'

import { coordinatedGroupIds } from './coordinatedGroups.ts'
import { PUBLISHED } from './published.ts'
import { hasRole } from './roles.ts'

const REGIONS_CACHE = 'charityCoordinatedRegions'

/**
 * The regions of the coordinator's groups, looked up once per request. The
 * groups are the coordinator's own, which they may read, so the look-up runs
 * with their access. Published values only: an unpublished draft (anyone's)
 * does not yet move whose requests they read.
 */
const coordinatedRegions = async (req: PayloadRequest, groupsSlug: string): Promise<string[]> => {
  const cached = req.context[REGIONS_CACHE]
  if (Array.isArray(cached)) return cached as string[]
  const ids = coordinatedGroupIds(req.user)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: groupsSlug,
    where: { and: [{ id: { in: ids } }, PUBLISHED] },
    select: { region: true },
    depth: 0,
    pagination: false,
    draft: false,
    req,
    overrideAccess: false,
  })
  const regions = [...new Set(docs.map((doc) => doc.region).filter(Boolean))] as string[]
  req.context[REGIONS_CACHE] = regions
  return regions
}

/**
 * Who reads training requests (they hold people's contact details): editors
 * and admins all of them; a coordinator those from their groups' regions;
 * nobody else, the person who sent one included.
 */
export const staffOrRegionalCoordinator =
  (groupsSlug: null | string): Access =>
  async ({ req }) => {
    if (hasRole(req.user, 'editor', 'admin')) return true
    if (!groupsSlug || !hasRole(req.user, 'coordinator')) return false
    const regions = await coordinatedRegions(req, groupsSlug)
    return regions.length ? { region: { in: regions } } : false
  }
