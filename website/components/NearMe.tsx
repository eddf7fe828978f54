import type { Locale } from '../lib/locales'

import { messages } from '../lib/i18n'
import { localePath } from '../lib/locales'
import { UseMyLocation } from './UseMyLocation'

/**
 * "Find a group near you": a plain form (a town or postcode, answered by the
 * server at /groups/near), plus a button that asks the browser where it is.
 * Without JavaScript the form still works.
 */
export const NearMe = ({
  locale,
  place = '',
  headingLevel = 2,
  heading,
  intro,
}: {
  locale: Locale
  place?: string
  headingLevel?: 2 | 3
  /** A page block's own words, in place of the site's. */
  heading?: string
  intro?: string
}) => {
  const t = messages(locale)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="near-me" aria-labelledby="near-me-heading">
      <Heading id="near-me-heading">{heading || t.findGroup}</Heading>
      <p>{intro || t.findGroupIntro}</p>
      <form action={localePath(locale, '/groups/near')} method="get" className="inline-form">
        <label htmlFor="near-place">{t.place}</label>
        <input
          id="near-place"
          name="place"
          type="text"
          autoComplete="postal-code"
          defaultValue={place}
          required
        />
        <button type="submit">{t.search}</button>
      </form>
      <UseMyLocation
        action={localePath(locale, '/groups/near')}
        label={t.useMyLocation}
        locating={t.locating}
        refused={t.locationRefused}
      />
    </section>
  )
}
