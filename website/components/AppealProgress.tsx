import type { Appeal } from '../lib/api/types'
import type { Locale } from '../lib/locales'

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
