import { readStdin, runCli } from './cli'

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  stdin: readStdin
})
process.exitCode = code
