/**
 * GraphQL query texts the site sends that the benchmark sends too
 * (bench/paths.ts imports them), so both measure the same request.
 */

/** A hero image with the sizes the cards use; `fallback` is `_fallback` in Welsh, else empty. */
export const heroImage = (fallback: string) =>
  `heroImage { url alt ${fallback} width height sizes { card { url width height } thumbnail { url width height } } }`

/**
 * The home page: the newest posts, the next events and the newest appeals in
 * one request. `locale` is the locale arguments, `fallback` as above, `at` the
 * moment events must end after.
 */
export const homeQuery = (locale: string, fallback: string, at: string) => `
      posts: Posts(${locale}, sort: "-publishedAt", limit: 3) {
        docs { id title slug excerpt publishedAt ${fallback} ${heroImage(fallback)} }
      }
      events: Events(${locale}, sort: "startsAt", limit: 3, where: { endsAt: { greater_than: "${at}" } }) {
        docs { id title slug summary startsAt endsAt timezone allDay eventStatus attendanceMode ${fallback} venue { name city } }
      }
      appeals: DonationAppeals(${locale}, sort: "-opensAt", limit: 5) {
        docs { id title slug summary currency targetAmount raisedAmount progressPercent isOpen donateUrl ${fallback} ${heroImage(fallback)} }
      }`
