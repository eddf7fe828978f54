/** A small HTTP client for the API, the way a website or the admin calls it. */
export type RequestOptions = {
  method?: string
  body?: unknown
  rawBody?: BodyInit
  token?: string
  headers?: Record<string, string>
}

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

export type GraphQLResponse<T = any> = {
  status: number
  data: T | null
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

export class ApiClient {
  constructor(readonly baseURL: string) {}

  async request<T = any>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers }
    // A token with a scheme of its own (`users API-Key …`) is sent as it is.
    if (options.token)
      headers.authorization = options.token.includes(' ') ? options.token : `JWT ${options.token}`
    let body = options.rawBody
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json'
      body = JSON.stringify(options.body)
    }
    const response = await fetch(this.baseURL + path, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // Not JSON: keep the text so a failing assertion shows it.
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }

  async graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const { status, body } = await this.request('/api/graphql', {
      body: { query, variables },
      token,
    })
    return { status, data: body?.data ?? null, errors: body?.errors }
  }

  async login(email: string, password: string, collection = 'users'): Promise<string> {
    const { status, body } = await this.request(`/api/${collection}/login`, {
      body: { email, password },
    })
    if (status !== 200)
      throw new Error(`login as ${email} failed: ${status} ${JSON.stringify(body)}`)
    return body.token as string
  }
}
