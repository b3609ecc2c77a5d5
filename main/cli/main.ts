import { readStdin, runCli } from './cli'

void runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  stdin: readStdin,
  stdinStream: process.stdin
}).then((code) => {
  process.exitCode = code
})
