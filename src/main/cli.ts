// npm run cli -- [--data-dir DIR] [--json] <command>   (see cli/run.ts for the commands)
import { runCli } from './cli/run'

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
