/**
 * Every command of the project runs through `runCli` (the backend's tools, the
 * seed, the cluster, the benchmarks): options declared once with their help,
 * `--help` printing the usage made from them, and the same exit codes
 * everywhere:
 *
 * - 0: done (or `--help`);
 * - 2: bad usage (an unknown option, a missing or malformed value, or a
 *   `UsageError` thrown by the command), printed with the usage;
 * - 1: anything else that failed, printed as its message;
 * - or the number the command returns (reconcile: 1 when drift remains).
 *
 * Payload is loaded only when a command asks for it (`withPayload`), so
 * `--help` and usage errors answer at once and touch no database.
 */
import type { Payload, SanitizedConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { loadConfig } from '../config/loadConfig.ts'

/** Thrown for input the user can correct: exit code 2, with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Turns an option's text into its value; throws `UsageError` for input it cannot take. */
export type OptionParser<T> = (value: string, flag: string) => T

export type CliOption = {
  type: 'boolean' | 'string'
  /** One line (or several, joined by `\n`) for the usage. */
  help: string
  /** The value's name in the usage: `--out FILE`. */
  value?: string
  short?: string
  /** Text given when the option is left out (run through `parse` like any other). */
  default?: string
  required?: boolean
  parse?: OptionParser<unknown>
}

export type CliOptions = Record<string, CliOption>

type ValueOf<O extends CliOption> = O extends { type: 'boolean' }
  ? boolean
  : O extends { parse: OptionParser<infer T> }
    ? T
    : string

/** What a command receives: booleans are always there, strings when given, required or defaulted. */
export type CliValues<Opts extends CliOptions> = {
  [K in keyof Opts]: Opts[K] extends { type: 'boolean' } | { required: true } | { default: string }
    ? ValueOf<Opts[K]>
    : ValueOf<Opts[K]> | undefined
}

export type CliContext<Opts extends CliOptions> = {
  values: CliValues<Opts>
  /** The positional arguments, as many as the command declares. */
  positionals: string[]
  /** The Payload config the server serves (backend/config/loadConfig.ts: `PAYLOAD_CONFIG_PATH` or the reference one). */
  config: () => Promise<SanitizedConfig>
  /** Payload started on that config for `body`, and stopped after it, whatever happens. */
  withPayload: <T>(
    body: (payload: Payload) => Promise<T>,
    options?: { cron?: boolean },
  ) => Promise<T>
}

export type CliCommand<Opts extends CliOptions = CliOptions> = {
  /** How a user runs it, e.g. `npm run reconcile`: the usage line starts with it. */
  command: string
  /** What it does, for the usage. */
  description?: string
  options?: Opts
  /** Positional arguments, all required, in order: `<name>` in the usage. */
  positionals?: { name: string; help: string }[]
  /** Text after the options (environment variables, exit codes). */
  notes?: string
  /** Left out of the usage: a step the tool runs in a process of its own. */
  hidden?: boolean
  /** Print the stack of an unexpected failure, not just its message (failures deep in hooks). */
  showStack?: boolean
  run: (context: CliContext<Opts>) => Promise<number | void> | number | void
}

/** One program with several commands, chosen by the first argument (`privacy.ts export`). */
export type CliProgram = {
  description?: string
  commands: Record<string, CliCommand>
}

/** Declares a command of a program with its option types inferred (as `runCli` does for one). */
export const cliCommand = <const Opts extends CliOptions>(command: CliCommand<Opts>): CliCommand =>
  command as unknown as CliCommand

/** Declares an option table with its types kept, for a command defined elsewhere (bench/options.ts). */
export const cliOptions = <const Opts extends CliOptions>(options: Opts): Opts => options

/** An error's message, also for errors from another realm (node:util's under a VM, as in Jest). */
const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error)

const HELP_OPTION: CliOption = { type: 'boolean', short: 'h', help: 'show this help' }

const flagLabel = (name: string, option: CliOption) =>
  `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`

const synopsis = (command: CliCommand) => {
  const options = Object.entries(command.options ?? {})
  const parts = [
    ...(command.positionals ?? []).map((positional) => `<${positional.name}>`),
    ...options
      .filter(([, option]) => option.required)
      .map(([name, option]) => flagLabel(name, option)),
    ...(options.some(([, option]) => !option.required) ? ['[options]'] : []),
  ]
  if (!parts.length) return command.command
  // npm passes what follows `--` to the script.
  return `${command.command}${command.command.startsWith('npm run ') ? ' --' : ''} ${parts.join(' ')}`
}

/** Two columns, the second one's extra lines indented under its first. */
const table = (rows: [string, string][]) => {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  return rows
    .map(
      ([left, right]) =>
        `  ${left.padEnd(width)}${right.split('\n').join(`\n  ${' '.repeat(width)}`)}`,
    )
    .join('\n')
}

const commandDetails = (command: CliCommand) => {
  const positionals = (command.positionals ?? []).map((positional): [string, string] => [
    `<${positional.name}>`,
    positional.help,
  ])
  const options = Object.entries({ ...command.options, help: HELP_OPTION }).map(
    ([name, option]): [string, string] => [
      flagLabel(name, option),
      option.default ? `${option.help} (default ${option.default})` : option.help,
    ],
  )
  return [
    command.description,
    positionals.length ? `Arguments:\n${table(positionals)}` : undefined,
    `Options:\n${table(options)}`,
    command.notes,
  ].filter(Boolean)
}

/** The usage of a command, or of every visible command of a program, made from their declarations. */
export const usageOf = (spec: CliCommand | CliProgram): string => {
  if (!('commands' in spec)) {
    return [`Usage: ${synopsis(spec)}`, ...commandDetails(spec)].join('\n\n')
  }
  const visible = Object.values(spec.commands).filter((command) => !command.hidden)
  return [
    `Usage:\n${visible.map((command) => `  ${synopsis(command)}`).join('\n')}`,
    spec.description,
    ...visible.map((command) => [synopsis(command), ...commandDetails(command)].join('\n\n')),
  ]
    .filter(Boolean)
    .join('\n\n')
}

const valuesOf = (command: CliCommand, args: string[]) => {
  const declared = command.options ?? {}
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        Object.entries({ ...declared, help: HELP_OPTION }).map(([name, option]) => [
          name,
          { type: option.type, ...(option.short ? { short: option.short } : {}) },
        ]),
      ),
    })
  } catch (error) {
    // node:util's own messages name the option ("Unknown option '--wipe'").
    throw new UsageError(messageOf(error))
  }
  if (parsed.values.help) return 'help' as const

  const expected = command.positionals ?? []
  if (parsed.positionals.length > expected.length) {
    throw new UsageError(`Unexpected argument '${parsed.positionals[expected.length]}'.`)
  }
  const missingPositional = expected[parsed.positionals.length]
  if (missingPositional) throw new UsageError(`Missing <${missingPositional.name}>.`)

  const missing = Object.entries(declared)
    .filter(([name, option]) => option.required && parsed.values[name] === undefined)
    .map(([name]) => `--${name}`)
  if (missing.length) {
    throw new UsageError(
      `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} required.`,
    )
  }

  const values: Record<string, unknown> = {}
  for (const [name, option] of Object.entries(declared)) {
    const given = parsed.values[name] ?? option.default
    if (option.type === 'boolean') values[name] = given === true
    else if (typeof given === 'string')
      values[name] = option.parse ? option.parse(given, `--${name}`) : given
  }
  return { values, positionals: parsed.positionals }
}

type Output = { out: (text: string) => void; err: (text: string) => void }

const CONSOLE: Output = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
}

/**
 * Runs a command (or a program's command chosen by `argv[0]`) on `argv` and
 * returns its exit code; `runCli` is this on `process.argv` with `process.exit`.
 */
export const runCommand = async (
  spec: CliCommand | CliProgram,
  argv: string[],
  output: Output = CONSOLE,
): Promise<number> => {
  const usage = () => usageOf(spec)
  let command: CliCommand | undefined
  let config: Promise<SanitizedConfig> | undefined
  try {
    let args = argv
    if ('commands' in spec) {
      const [name, ...rest] = argv
      if (name === '--help' || name === '-h') {
        output.out(usage())
        return 0
      }
      command = name === undefined ? undefined : spec.commands[name]
      if (!command) {
        const names = Object.keys(spec.commands).filter((key) => !spec.commands[key].hidden)
        throw new UsageError(
          name === undefined
            ? `Name a command: ${names.join(' or ')}.`
            : `Unknown command '${name}': ${names.join(' or ')}.`,
        )
      }
      args = rest
    } else command = spec

    const parsed = valuesOf(command, args)
    if (parsed === 'help') {
      output.out(usage())
      return 0
    }
    const loadedConfig = () => (config ??= loadConfig())
    const code = await command.run({
      values: parsed.values as CliValues<CliOptions>,
      positionals: parsed.positionals,
      config: loadedConfig,
      withPayload: async (body, options) => {
        const { getPayload } = await import('payload')
        const payload = await getPayload({ config: await loadedConfig(), cron: options?.cron })
        try {
          return await body(payload)
        } finally {
          await payload.destroy()
        }
      },
    })
    return code ?? 0
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}\n\n${usage()}`)
      return 2
    }
    const stack = (error as { stack?: unknown } | undefined)?.stack
    output.err(command?.showStack && typeof stack === 'string' ? stack : messageOf(error))
    return 1
  }
}

/** Run the command as this process's program and exit with its code. */
export const runCli = async <const Opts extends CliOptions>(
  spec: CliCommand<Opts> | CliProgram,
): Promise<never> => {
  const code = await runCommand(spec as CliCommand | CliProgram, process.argv.slice(2))
  // Payload's and the drivers' handles (pools, timers) would keep a finished tool alive.
  process.exit(code)
}

/** Whether the module at `moduleUrl` is the program Node was started with (not an import of it). */
export const isProgram = (moduleUrl: string): boolean =>
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl)
