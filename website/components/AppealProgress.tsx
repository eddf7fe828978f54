import type { ReactNode } from 'react'

import type { Appeal } from '../lib/api/types'
import type { Locale } from '../lib/locales'

import { langOf } from '../lib/api/localized'
import { money } from '../lib/format'
import { messages } from '../lib/i18n'

/** Raised against the target: a bar capped at 100%, the number as the backend gives it (it may pass 100). */
export const AppealProgress = ({ appeal, locale }: { appeal: Appeal; locale: Locale }) => {
  const t = messages(locale)
  const percent = appeal.progressPercent ?? 0
  return (
    <div className="progress">
      <p>
        <strong>
          {t.raisedOf(
            money(appeal.raisedAmount, appeal.currency, locale),
            money(appeal.targetAmount, appeal.currency, locale),
          )}
        </strong>
      </p>
      <progress max={100} value={Math.min(percent, 100)} aria-label={t.percentRaised(percent)}>
        {percent}%
      </progress>
      <p className="meta">{t.percentRaised(percent)}</p>
    </div>
  )
}

/**
 * An appeal's donate box: its totals, suggested amounts and the donate button
 * (or that it is closed). `children` come first: a page block's own heading and words.
 */
export const DonateBox = ({
  appeal,
  locale,
  label,
  children,
}: {
  appeal: Appeal
  locale: Locale
  label?: string
  children?: ReactNode
}) => {
  const t = messages(locale)
  // Under a block's own heading the amounts are one level down.
  const Heading = children ? 'h3' : 'h2'
  return (
    <section className="donate-box" aria-label={label ?? t.donate}>
      {children}
      <AppealProgress appeal={appeal} locale={locale} />
      {appeal.donationCount ? <p className="meta">{t.gifts(appeal.donationCount)}</p> : null}
      {appeal.suggestedAmounts?.length ? (
        <>
          <Heading>{t.suggestedAmounts}</Heading>
          <ul className="amounts">
            {appeal.suggestedAmounts.map((suggestion, index) => (
              <li key={suggestion.id ?? index}>
                <strong>{money(suggestion.amount, appeal.currency, locale)}</strong>
                {suggestion.impact ? (
                  <span lang={langOf(suggestion, 'impact')}> {suggestion.impact}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {appeal.isOpen && appeal.donateUrl ? (
        <p>
          <a className="button donate" href={appeal.donateUrl}>
            {t.donate}
          </a>
        </p>
      ) : (
        <p>{t.appealClosed}</p>
      )}
      {appeal.giftAidEligible ? <p className="meta">{t.giftAid}</p> : null}
    </section>
  )
}
