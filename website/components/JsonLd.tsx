/**
 * The schema.org JSON-LD the backend writes for this page, as it is. Next's
 * App Router has no head slot for scripts; search engines read JSON-LD
 * anywhere in the document.
 */
export const JsonLd = ({ json }: { json: null | string }) =>
  json ? (
    <script
      type="application/ld+json"
      // The backend serialises it; "<" is escaped so no text in it can close this script element.
      dangerouslySetInnerHTML={{ __html: json.replace(/</g, '\\u003c') }}
    />
  ) : null
