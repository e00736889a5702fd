// Starts the real browser-mode build (out/main/web.js) on a fresh data dir and port 0, and hands
// tests its URL. The station runs as its own process, exactly as `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { test as base } from '@playwright/test'

export interface RunningStation {
  url: string
  port: number
  token: string
  dataDir: string
  process: ChildProcess
}

export async function startBrowserMode(extraArgs: string[] = []): Promise<RunningStation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'es-e2e-'))
  const child = spawn(
    process.execPath,
    ['out/main/web.js', '--port', '0', '--json', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('browser mode did not start within 20 s')),
      20_000,
    )
    createInterface({ input: child.stdout! }).once('line', (l) => {
      clearTimeout(timer)
      resolve(l)
    })
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)))
  })
  const { url, port, token } = JSON.parse(line) as { url: string; port: number; token: string }
  return { url, port, token, dataDir, process: child }
}

export const test = base.extend<{ app: RunningStation }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
  app: async ({}, use) => {
    const app = await startBrowserMode()
    await use(app)
    app.process.kill('SIGTERM')
  },
})

export { expect } from '@playwright/test'
