import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import {
  cliCommand,
  type CliCommand,
  type CliProgram,
  runCommand,
  UsageError,
} from '../../backend/cli/runCli.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Run a command on `argv`, capturing what it prints, and whether its body ran. */
const run = async (spec: CliCommand | CliProgram, argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = await runCommand(spec, argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const whole = (value: string, flag: string) => {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not "${value}".`)
  return Number(value)
}

/** An export-like command: a required period, an optional file, a flag and a parsed number. */
const exporter = (body: (values: Record<string, unknown>) => number | void = () => undefined) =>
  cliCommand({
    command: 'npm run probe:export',
    description: 'Exports the period.',
    options: {
      from: { type: 'string', value: 'YYYY-MM-DD', required: true, help: 'first day' },
      to: { type: 'string', value: 'YYYY-MM-DD', required: true, help: 'last day' },
      out: { type: 'string', value: 'FILE', help: 'write it there\nnot to standard output' },
      'dry-run': { type: 'boolean', help: 'mark nothing' },
      limit: { type: 'string', value: 'N', default: '10', parse: whole, help: 'at most N' },
    },
    notes: 'Environment: DATABASE_URI.',
    run: ({ values }) => body(values),
  })

describe('runCli, the one command line helper', () => {
  it('prints usage made from the declared options for --help, and runs nothing', async () => {
    let ran = false
    const result = await run(
      exporter(() => {
        ran = true
      }),
      ['--help'],
    )
    expect(result.code).toBe(0)
    expect(ran).toBe(false)
    expect(result.out).toBe(
      [
        'Usage: npm run probe:export -- --from YYYY-MM-DD --to YYYY-MM-DD [options]',
        '',
        'Exports the period.',
        '',
        'Options:',
        '  --from YYYY-MM-DD  first day',
        '  --to YYYY-MM-DD    last day',
        '  --out FILE         write it there',
        '                     not to standard output',
        '  --dry-run          mark nothing',
        '  --limit N          at most N (default 10)',
        '  -h, --help         show this help',
        '',
        'Environment: DATABASE_URI.',
      ].join('\n'),
    )
  })

  it('hands the body typed values: booleans false when absent, defaults parsed, strings as given', async () => {
    let seen: Record<string, unknown> = {}
    const result = await run(
      exporter((values) => {
        seen = values
      }),
      ['--from', '2026-04-06', '--to=2027-04-05'],
    )
    expect(result).toEqual({ code: 0, out: '', err: '' })
    expect(seen).toEqual({ from: '2026-04-06', to: '2027-04-05', 'dry-run': false, limit: 10 })
  })

  it.each([
    [['--from', 'a', '--to', 'b', '--wipe'], /^Unknown option '--wipe'/],
    [['--to', 'b'], /^--from is required\./],
    [[], /^--from and --to are required\./],
    [
      ['--from', 'a', '--to', 'b', '--limit', 'many'],
      /^--limit takes a whole number, not "many"\./,
    ],
    [['--from', 'a', '--to', 'b', 'extra'], /^Unexpected argument 'extra'\./],
    [['--from'], /^Option '--from <value>' argument missing/],
  ])(
    'answers %j with exit code 2, the problem and the usage, and runs nothing',
    async (argv, problem) => {
      let ran = false
      const result = await run(
        exporter(() => {
          ran = true
        }),
        argv,
      )
      expect(result.code).toBe(2)
      expect(ran).toBe(false)
      expect(result.err).toMatch(problem)
      expect(result.err).toContain('\n\nUsage: npm run probe:export -- --from YYYY-MM-DD')
    },
  )

  it('turns a UsageError thrown by the body into exit code 2 with the usage', async () => {
    const result = await run(
      exporter(() => {
        throw new UsageError('to is before from.')
      }),
      ['--from', 'b', '--to', 'a'],
    )
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/^to is before from\.\n\nUsage: /)
  })

  it('turns any other failure into exit code 1 with its message alone (its stack when asked)', async () => {
    const failing = (showStack: boolean) =>
      cliCommand({
        command: 'npm run probe',
        showStack,
        run: async () => {
          throw new Error('the database is gone')
        },
      })
    const plain = await run(failing(false), [])
    expect(plain).toEqual({ code: 1, out: '', err: 'the database is gone' })
    const traced = await run(failing(true), [])
    expect(traced.code).toBe(1)
    expect(traced.err).toMatch(/^Error: the database is gone\n\s+at /)
  })

  it('exits with the code the body returns (reconcile: 1 while drift remains)', async () => {
    expect(
      (
        await run(
          exporter(() => 1),
          ['--from', 'a', '--to', 'b'],
        )
      ).code,
    ).toBe(1)
  })

  describe('a program of several commands', () => {
    const calls: string[] = []
    const program: CliProgram = {
      description: 'Probes.',
      commands: {
        create: cliCommand({
          command: 'npm run probe:create',
          positionals: [{ name: 'name', help: 'what changed' }],
          run: ({ positionals: [name] }) => void calls.push(`create ${name}`),
        }),
        check: cliCommand({
          command: 'npm run probe:check',
          options: { dir: { type: 'string', value: 'FOLDER', help: 'elsewhere' } },
          run: ({ values }) => void calls.push(`check ${values.dir}`),
        }),
        'check-one': cliCommand({
          command: 'probe.ts check-one',
          hidden: true,
          run: () => void calls.push('check-one'),
        }),
      },
    }

    it('runs the command its first argument names, hidden ones included', async () => {
      expect((await run(program, ['create', 'add_subtitle'])).code).toBe(0)
      expect((await run(program, ['check', '--dir', 'copy'])).code).toBe(0)
      expect((await run(program, ['check-one'])).code).toBe(0)
      expect(calls).toEqual(['create add_subtitle', 'check copy', 'check-one'])
    })

    it('lists every visible command in its usage, and refuses an unknown or missing one with 2', async () => {
      const help = await run(program, ['--help'])
      expect(help.code).toBe(0)
      expect(help.out).toMatch(
        /^Usage:\n {2}npm run probe:create -- <name>\n {2}npm run probe:check -- \[options\]\n\nProbes\./,
      )
      expect(help.out).toContain('Arguments:\n  <name>  what changed')
      expect(help.out).not.toContain('check-one')
      const unknown = await run(program, ['drop'])
      expect(unknown.code).toBe(2)
      expect(unknown.err).toMatch(/^Unknown command 'drop': create or check\./)
      const none = await run(program, [])
      expect(none.code).toBe(2)
      expect(none.err).toMatch(/^Name a command: create or check\./)
      const missing = await run(program, ['create'])
      expect(missing.code).toBe(2)
      expect(missing.err).toMatch(/^Missing <name>\./)
    })
  })
})

/** Every command the project's npm scripts run from a file of its own. */
const scriptFiles = (): [string, string, string[]][] => {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  return Object.entries(scripts).flatMap(([name, command]): [string, string, string[]][] => {
    const [, file, args = ''] = /--import tsx (\S+\.ts)(.*)$/.exec(command) ?? []
    // The server (`npm run dev`) is a program, not a command line tool.
    return file && file !== 'backend/main.ts' ? [[name, file, args.split(' ').filter(Boolean)]] : []
  })
}

describe('every command of the project', () => {
  it('finds the commands in package.json', () => {
    expect(scriptFiles().map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'seed',
        'reconcile',
        'worker',
        'gift-aid:export',
        'bench',
        'cluster',
      ]),
    )
  })

  it.each(scriptFiles())(
    'npm run %s (%s) answers an unknown option with exit code 2 and its usage, touching nothing',
    (_name, file, args) => {
      const result = spawnSync(
        process.execPath,
        ['--conditions=development', '--import', 'tsx', file, ...args, '--no-such-option'],
        // A database that must not be opened: usage errors come before anything connects.
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URI: 'file:/nonexistent/never.db', NODE_OPTIONS: '' },
        },
      )
      expect({ code: result.status, usage: /\n\nUsage:/.test(result.stderr) }).toEqual({
        code: 2,
        usage: true,
      })
    },
    30_000,
  )
})
