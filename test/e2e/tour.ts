/**
 * Copy the README tour's pictures from the browser suite's last run
 * (test/e2e/artifacts/) to docs/, so the tour shows the admin as it is now:
 * `npm run test:e2e && npm run docs:tour`.
 */
import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import { runCli } from '../../backend/cli/runCli.ts'
import { ROOT } from '../helpers/server.ts'
import { ARTIFACTS_DIR } from './helpers/browser.ts'

/** docs/ picture ← the suite's screenshot it is taken from. */
export const TOUR_PICTURES: Record<string, string> = {
  'editors-dashboard.png': '13-dashboard-after-target.png',
  'editors-post.png': '03-editor-hero-image.png',
  'editors-appeal.png': '12-appeal-target-in-pounds.png',
  'editors-appeals-list.png': '14-appeals-by-progress.png',
  'editors-event.png': '16-event-end-before-start.png',
  // The website's browser suite (website.e2e.test.ts).
  'website-home.png': 'website-home.png',
  'website-event.png': 'website-event.png',
}

await runCli({
  command: 'npm run docs:tour',
  description:
    "Copies the README tour's pictures from the browser suite's last run\n(test/e2e/artifacts/) to docs/: run npm run test:e2e first.",
  run: () => {
    const missing = Object.values(TOUR_PICTURES).filter(
      (shot) => !existsSync(path.join(ARTIFACTS_DIR, shot)),
    )
    if (missing.length > 0) {
      throw new Error(`Run npm run test:e2e first: no ${missing.join(', ')} in ${ARTIFACTS_DIR}`)
    }
    for (const [picture, shot] of Object.entries(TOUR_PICTURES)) {
      copyFileSync(path.join(ARTIFACTS_DIR, shot), path.join(ROOT, 'docs', picture))
      console.log(`docs/${picture} ← test/e2e/artifacts/${shot}`)
    }
  },
})
