#!/usr/bin/env node
// npm start: build when the sources are newer than out/, then open the Electron window when its
// runtime is installed; otherwise say so in one line and start browser mode.
//   npm start -- [--browser] [--no-demo] [--data-dir DIR] [--port P] [--host H]
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const require = createRequire(import.meta.url)

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function needsBuild() {
  const outputs = [
    'out/main/index.js',
    'out/main/web.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ].map((p) => join(root, p))
  if (!outputs.every(existsSync)) return true
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  const inputs = ['src', 'electron.vite.config.ts', 'package.json'].map((p) => join(root, p))
  return inputs.some((p) => existsSync(p) && newestMtime(p) > built)
}

/** The Electron binary when it is really installed; never triggers electron's lazy download. */
function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'))
    const pathFile = join(dir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

if (needsBuild()) {
  process.stdout.write('Building Enrollment Station…\n')
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const forceBrowser = args.includes('--browser')
// First start on an empty roster brings up the demo site, unless told not to.
const childArgs = args.includes('--no-demo')
  ? args.filter((a) => a !== '--no-demo')
  : [...args, '--demo-if-empty']
const electron = forceBrowser ? null : electronBinary()
let child
if (electron) {
  child = spawn(electron, [root, ...childArgs], { stdio: 'inherit' })
} else {
  if (!forceBrowser)
    process.stdout.write(
      'Electron runtime is not installed here; starting browser mode instead (open the URL below in a browser).\n',
    )
  child = spawn(
    process.execPath,
    [join(root, 'out/main/web.js'), ...childArgs.filter((a) => a !== '--browser')],
    { stdio: 'inherit' },
  )
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
