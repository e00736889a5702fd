// Restoring the camera's image parameters (guide 21.14.5): values an installer tuned on a face
// terminal read back as the terminal's defaults afterwards (an independent read, not the
// station's answer); a door controller, whose channel offers no restore, is refused with
// nothing sent.
import { describe, expect, it } from 'vitest'
import { connect } from '../../../src/main/isapi'
import type { ConfigDocument } from '@shared/contract/config'
import { value } from '../../helpers/roster-fixtures'
import { DOORS, FACE, lobbyAndGate } from '../../helpers/lobby-and-gate'

const site = lobbyAndGate()
const { ids } = site

/** The terminal's own document, read through an independent login. */
async function onTerminal(path: string, root: string) {
  const c = connect({ ...site.fleet.devices[FACE]!, protocol: 'http' })
  try {
    return await c.config.read({ path, capsPath: '', format: 'xml', root })
  } finally {
    await c.close()
  }
}

describe('restoring the image parameters', () => {
  it('brings tuned colour, sharpness and supplement light back to the terminal’s defaults', async () => {
    const deviceId = ids[FACE]!
    const set = async (resource: string, changes: Record<string, string | number>) =>
      expect((await site.t.station.call('config.set', { deviceId, resource, changes })).ok).toBe(
        true,
      )
    await set('Color', { brightnessLevel: '80', contrastLevel: '20' })
    await set('Sharpness', { SharpnessLevel: 90 })
    await set('SupplementLight', { mode: 'on', brightnessLimit: 10 })
    expect(await onTerminal('/ISAPI/Image/channels/1/color', 'Color')).toMatchObject({
      brightnessLevel: '80',
      contrastLevel: '20',
    })

    const r = await site.t.station.call('picture.restoreDefaults', { deviceId, confirm: true })
    expect(value(r)).toEqual({ channel: 1 })

    expect(await onTerminal('/ISAPI/Image/channels/1/color', 'Color')).toMatchObject({
      brightnessLevel: '50',
      contrastLevel: '50',
      saturationLevel: '50',
    })
    expect(await onTerminal('/ISAPI/Image/channels/1/sharpness', 'Sharpness')).toMatchObject({
      SharpnessLevel: '50',
    })
    const light = value<ConfigDocument>(
      await site.t.station.call('config.get', { deviceId, resource: 'SupplementLight' }),
    )
    expect(light.values).toMatchObject({ mode: 'off', brightnessLimit: '50' })
  })

  it('needs the confirmation, and refuses a terminal without the restore (nothing sent)', async () => {
    const unconfirmed = await site.t.station.call('picture.restoreDefaults', {
      deviceId: ids[FACE],
    })
    expect(unconfirmed.ok ? undefined : unconfirmed.error.code).toBe('INVALID_ARGS')
    const r = await site.t.station.call('picture.restoreDefaults', {
      deviceId: ids[DOORS],
      confirm: true,
    })
    expect(r.ok ? undefined : r.error.code).toBe('NOT_SUPPORTED')
  })
})
