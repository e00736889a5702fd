// A face from a file or the webcam is shown to a terminal before it is stored (issue 17): the
// terminal's own face finder (analysisImage/face) says how many faces it sees, so a picture with
// none or with several is refused with the terminal's name, before it reaches any terminal's
// library. One online face terminal is asked, once per save (never a retry: nothing here can
// lock an account out). A terminal without the finder is remembered and not asked again; when
// no terminal can tell (none online, none with the finder, a failed call), the picture goes on
// and the terminals' own check at apply decides, as before.
import { codedFailure } from '@shared/coded-failure'
import type { Device } from '@shared/model'
import { isIsapiError } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'

const lacksFinder = (e: unknown): boolean =>
  isIsapiError(e) && (e.category === 'notSupported' || e.httpStatus === 404)

/** A terminal may refuse the picture instead of listing no faces (or several): its own codes. */
const NO_FACE = new Set(['pictureFaceDetectZero', 'faceDetectFailed'])
const facesByCode = (e: unknown): number | null => {
  if (!isIsapiError(e)) return null
  const code = e.subStatusCode ?? e.errorMsg ?? ''
  return NO_FACE.has(code) ? 0 : code === 'multipleFaceObjectError' ? 2 : null
}

export type FaceCheck = (jpeg: Buffer) => Promise<void>

export function terminalFaceCheck(ctx: StationContext, devices: DeviceService): FaceCheck {
  /** Terminals that answered they have no face finder (by id, for this run of the station). */
  const without = new Set<string>()
  const asked = (d: Device) =>
    d.health === 'online' && d.capabilities?.face === true && !without.has(d.id)

  return async (jpeg) => {
    const terminal = devices
      .list()
      .filter(asked)
      .sort((a, b) => a.name.localeCompare(b.name))[0]
    if (!terminal) return
    let found: number | null
    try {
      found = await devices.call(terminal.id, (c) =>
        c.image.findFaces(jpeg).then(
          (faces) => faces.length,
          (e: unknown) => {
            if (lacksFinder(e)) return null
            const byCode = facesByCode(e)
            if (byCode !== null) return byCode
            throw e
          },
        ),
      )
    } catch (error) {
      ctx.logger.warn('face check: the terminal could not tell', {
        terminal: terminal.name,
        error: error instanceof Error ? error.message : String(error),
      })
      return
    }
    if (found === null) {
      without.add(terminal.id)
      return
    }
    if (found === 0)
      throw codedFailure('INVALID_ARGS', 'noFaceInPicture', { terminal: terminal.name })
    if (found > 1)
      throw codedFailure(
        'INVALID_ARGS',
        'manyFacesInPicture',
        { terminal: terminal.name },
        { faces: found },
      )
  }
}
