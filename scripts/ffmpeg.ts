// ffmpeg decodes the terminals' RTSP video for the live preview (and encodes the simulator's).
// Optional: without it the preview uses snapshots and the RTSP tests skip. `npm test` runs this
// first (pretest): where ffmpeg is missing it is installed as root on Debian/Ubuntu, saying so
// in one line; elsewhere ONE line names what to install, and the run goes on.
//   npx tsx scripts/ffmpeg.ts          find, or obtain, ffmpeg
//   npx tsx scripts/ffmpeg.ts --find   print the ffmpeg found, or exit 1
import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const FFMPEG_HINT =
  'ffmpeg: not found; the live preview uses snapshots and the RTSP tests skip. Install it for live video (Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg).'

export interface FfmpegMeans {
  platform: NodeJS.Platform
  isRoot: boolean
  hasApt: boolean
  find(): string | null
  /** Runs a command, its output hidden; true when it succeeded. */
  run(command: string, args: string[]): boolean
  say(line: string): void
}

/** The ffmpeg found, or obtained (apt-get as root); null with the one-line hint said. */
export function ensureFfmpeg(means: FfmpegMeans): string | null {
  const found = means.find()
  if (found) return found
  if (means.platform === 'linux' && means.isRoot && means.hasApt) {
    means.say("ffmpeg: not found; installing the distribution's ffmpeg (apt-get install ffmpeg)…")
    const install = () => means.run('apt-get', ['install', '-y', '-qq', 'ffmpeg'])
    if (install() || (means.run('apt-get', ['update', '-qq']) && install())) {
      const now = means.find()
      if (now) return now
    }
  }
  means.say(FFMPEG_HINT)
  return null
}

function onPath(name: string): string | null {
  const exe = process.platform === 'win32' ? `${name}.exe` : name
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const p = join(dir, exe)
    try {
      if (!statSync(p).isFile()) continue
      accessSync(p, constants.X_OK)
      return p
    } catch {
      // next
    }
  }
  return null
}

function main(argv: string[]): number {
  if (argv.includes('--find')) {
    const p = onPath('ffmpeg')
    if (p) process.stdout.write(`${p}\n`)
    return p ? 0 : 1
  }
  const found = ensureFfmpeg({
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasApt: process.platform === 'linux' && onPath('apt-get') !== null,
    find: () => onPath('ffmpeg'),
    run: (command, args) =>
      spawnSync(command, args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0,
    say: (line) => process.stdout.write(`${line}\n`),
  })
  if (found) process.stdout.write(`ffmpeg: ${found}\n`)
  return 0 // optional: the preview works without it
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exit(main(process.argv.slice(2)))
