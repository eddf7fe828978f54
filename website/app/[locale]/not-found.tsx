import { messages } from '../../lib/i18n'

/** Every unknown address and every slug with no published document. */
export default function NotFound() {
  // The not-found view gets no params; the page's <html lang> still says which language the site is in.
  const t = messages('en')
  return (
    <section className="not-found">
      <h1>{t.notFound}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/">{t.backHome}</a>
      </p>
    </section>
  )
}
