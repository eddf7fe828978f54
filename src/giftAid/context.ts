/**
 * `req.context` flag set by the privacy erasure (a system task): it may replace
 * personal fields in records that are otherwise never edited.
 */
export const ERASING_PERSONAL_DATA = 'charityErasingPersonalData'

/** `req.context` key carrying a declaration sent with a donation to the ledger's hook. */
export const DECLARATION_INPUT = 'charityGiftAidDeclarationInput'
