import type { CharityContext } from './options.ts'

import { DEFAULT_SLUGS } from './defaults.ts'
import { resolveOptions } from './options.ts'

type WithCustomConfig = { config: { custom?: Record<string, unknown> } }

/**
 * The resolved options of the running config (the plugin records them in
 * `config.custom.charity`), for code that only has `payload`: CLIs, shared
 * donation code, admin components. Defaults when the plugin is absent.
 */
export const charityContext = (payload: WithCustomConfig): CharityContext =>
  (payload.config.custom?.charity as CharityContext | undefined) ?? resolveOptions()

/** The slug a plugin collection has in the running config (renamed, or null when left out). */
export const charitySlug = (
  payload: WithCustomConfig,
  key: keyof typeof DEFAULT_SLUGS,
): null | string => charityContext(payload).slugs[key]
