import { describe, expect, it } from 'vitest'
import { parseLaunchOptions } from '../../../src/main/launch-options'
import { defaultDataDir } from '../../../src/main/platform/data-dir'

describe('launch options', () => {
  it('defaults to loopback, port 5199 and the OS app-data folder', () => {
    const options = parseLaunchOptions([], { XDG_CONFIG_HOME: '/home/u/.config' })
    expect(options).toMatchObject({ host: '127.0.0.1', port: 5199, json: false, browser: false })
    expect(options.dataDir).toBe(defaultDataDir({ XDG_CONFIG_HOME: '/home/u/.config' }))
  })

  it('takes --data-dir, --port, --browser and --json', () => {
    expect(
      parseLaunchOptions(['--data-dir', '/tmp/r', '--port', '0', '--browser', '--json'], {}),
    ).toMatchObject({
      dataDir: '/tmp/r',
      port: 0,
      browser: true,
      json: true,
    })
  })

  it('runs the scheduled upkeep unless told --no-schedule (tests)', () => {
    expect(parseLaunchOptions([], {}).scheduled).toBe(true)
    expect(parseLaunchOptions(['--no-schedule'], {}).scheduled).toBe(false)
  })

  it('refuses a port out of range', () => {
    expect(() => parseLaunchOptions(['--port', '70000'], {})).toThrow(/--port/)
  })

  it('names the app-data folder per OS', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Enrollment Station')
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain(
      'Enrollment Station',
    )
    expect(defaultDataDir({}, 'darwin')).toMatch(
      /Library\/Application Support\/Enrollment Station$/,
    )
  })
})
