import { APIError } from 'payload'

/** What Payload answers for an error whose class has no name (see below). */
export const UNNAMED_ERROR_MESSAGE = 'An unknown error occurred.'

/**
 * An error a client is shown, with a 4xx status. Its name is set by hand:
 * Next's production build minifies Payload, the class loses its name, and
 * Payload then answers "An unknown error occurred." instead of the message.
 */
export const clientError = (message: string, status: number) => {
  const error = new APIError(message, status, undefined, true)
  error.name = 'APIError'
  return error
}
