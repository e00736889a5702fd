import { describe, expect, it } from 'vitest'
import { ensureFfmpeg, FFMPEG_HINT, type FfmpegMeans } from '../../../scripts/ffmpeg'

function means(o: Partial<FfmpegMeans> & { installs?: boolean; present?: boolean }) {
  const said: string[] = []
  const ran: string[] = []
  let present = o.present ?? false
  const m: FfmpegMeans = {
    platform: o.platform ?? 'linux',
    isRoot: o.isRoot ?? true,
    hasApt: o.hasApt ?? true,
    find: () => (present ? '/usr/bin/ffmpeg' : null),
    run: (command, args) => {
      ran.push([command, ...args].join(' '))
      if (command === 'apt-get' && args[0] === 'install' && o.installs) present = true
      return command === 'apt-get' && (args[0] === 'update' || o.installs === true)
    },
    say: (line) => said.push(line),
  }
  return { m, said, ran }
}

describe('ffmpeg for the live preview', () => {
  it('uses the ffmpeg found, installing nothing', () => {
    const { m, said, ran } = means({ present: true })
    expect(ensureFfmpeg(m)).toBe('/usr/bin/ffmpeg')
    expect(said).toEqual([])
    expect(ran).toEqual([])
  })

  it('installs it with apt-get as root on Debian, saying so in one line', () => {
    const { m, said, ran } = means({ installs: true })
    expect(ensureFfmpeg(m)).toBe('/usr/bin/ffmpeg')
    expect(said).toHaveLength(1)
    expect(said[0]).toContain('apt-get install ffmpeg')
    expect(ran).toEqual(['apt-get install -y -qq ffmpeg'])
  })

  it('updates the package lists once when the first install fails, then gives the hint', () => {
    const { m, said, ran } = means({ installs: false })
    expect(ensureFfmpeg(m)).toBeNull()
    expect(ran).toEqual([
      'apt-get install -y -qq ffmpeg',
      'apt-get update -qq',
      'apt-get install -y -qq ffmpeg',
    ])
    expect(said.at(-1)).toBe(FFMPEG_HINT)
  })

  it('names what to install in one line where it cannot install', () => {
    for (const o of [{ platform: 'darwin' as const }, { isRoot: false }, { hasApt: false }]) {
      const { m, said, ran } = means(o)
      expect(ensureFfmpeg(m)).toBeNull()
      expect(ran).toEqual([])
      expect(said).toEqual([FFMPEG_HINT])
    }
  })
})
