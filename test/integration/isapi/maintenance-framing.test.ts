// Firmware upload framing and edge cases against a purpose-built server (not the simulator):
// what goes on the wire for each capability, and devices that behave in ways the simulator does not.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { connect, type IsapiClient, type UpgradeProgress } from '../../../src/main/isapi/index'
import { rejects } from './helpers'
import { localServer, type LocalServer } from './local-server'

const X = (root: string, inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${root} version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">${inner}</${root}>`
const OK = X(
  'ResponseStatus',
  '<requestURL></requestURL><statusCode>1</statusCode><statusString>OK</statusString><subStatusCode>ok</subStatusCode>',
)

interface Seen {
  method: string
  url: string
  contentType: string
  body: Buffer
}

/** A terminal whose answers the test scripts; it records every upload it receives. */
function terminal(o: {
  caps: string
  upgrading?: boolean
  dropWhileFlashing?: boolean
  onUpload?: (req: IncomingMessage, res: ServerResponse) => boolean
}) {
  const uploads: Seen[] = []
  const reboots: number[] = []
  let version = 'V1.0.0'
  let downFor = 0
  const handler = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const xml = (s: string, status = 200) => {
      res.writeHead(status, { 'Content-Type': 'application/xml; charset="UTF-8"' })
      res.end(s)
    }
    const url = req.url ?? ''
    if (downFor > 0) {
      // rebooting: every connection is dropped
      downFor--
      req.socket.destroy()
      return
    }
    if (url === '/ISAPI/System/capabilities') {
      if (o.caps === 'none')
        return xml(
          X(
            'ResponseStatus',
            '<statusCode>4</statusCode><subStatusCode>notSupport</subStatusCode>',
          ),
          404,
        )
      return xml(X('DeviceCap', o.caps))
    }
    if (url === '/ISAPI/System/deviceInfo') {
      return xml(
        X(
          'DeviceInfo',
          `<deviceName>T</deviceName><model>DS-K1T341AM</model><serialNumber>S1</serialNumber><firmwareVersion>${version}</firmwareVersion>`,
        ),
      )
    }
    if (url === '/ISAPI/System/upgradeStatus') {
      if (o.dropWhileFlashing && uploads.length && version === 'V1.0.0') {
        downFor = 3
        version = 'V2.0.0'
        req.socket.destroy()
        return
      }
      const percent = o.upgrading ? 40 : uploads.length ? 100 : 0
      return xml(
        X(
          'upgradeStatus',
          `<upgrading>${o.upgrading ? 'true' : 'false'}</upgrading><percent>${percent}</percent>`,
        ),
      )
    }
    if (url === '/ISAPI/System/reboot') {
      reboots.push(Date.now())
      downFor = 2
      version = 'V2.0.0'
      return xml(OK)
    }
    if (url === '/ISAPI/System/updateFirmware') {
      uploads.push({
        method: req.method ?? '',
        url,
        contentType: String(req.headers['content-type']),
        body,
      })
      if (o.onUpload?.(req, res)) {
        downFor = 2
        version = 'V2.0.0'
        return
      }
      return xml(OK)
    }
    xml(
      X('ResponseStatus', '<statusCode>4</statusCode><subStatusCode>notSupport</subStatusCode>'),
      404,
    )
  }
  return { uploads, reboots, handler }
}

const open: (LocalServer | IsapiClient)[] = []
afterEach(async () => {
  for (const x of open.splice(0)) await x.close()
})

async function setup(
  t: ReturnType<typeof terminal>,
  password = 'secret',
): Promise<{ s: LocalServer; c: IsapiClient }> {
  const s = await localServer({ handler: t.handler })
  const c = connect({ host: '127.0.0.1', port: s.port, username: 'admin', password })
  open.push(c, s)
  return { s, c }
}

const pkg = Buffer.concat([Buffer.from('DAV-PACKAGE'), Buffer.alloc(3 * 1024 * 1024 + 17, 1)])

describe('firmware upload framing', () => {
  it('raw PUT of application/octet-stream when SysCap does not offer POST', async () => {
    const t = terminal({ caps: '<isSupportUpdatefirmware>true</isSupportUpdatefirmware>' })
    const { c } = await setup(t)
    const seen: UpgradeProgress[] = []
    const r = await c.maintenance.upgrade(pkg, { pollMs: 20, onProgress: (p) => seen.push(p) })
    expect(t.uploads).toHaveLength(1)
    expect(t.uploads[0]).toMatchObject({ method: 'PUT', contentType: 'application/octet-stream' })
    expect(t.uploads[0]!.body.equals(pkg)).toBe(true)
    expect(r).toMatchObject({
      framing: 'put-raw',
      previousVersion: 'V1.0.0',
      info: { firmwareVersion: 'V2.0.0' },
    })
    // a 3 MiB package reports upload progress in between
    expect(seen.filter((p) => p.phase === 'uploading').length).toBeGreaterThan(2)
  })

  it('multipart POST with one file part when SysCap/isSupportPostUpdateFirmware is true', async () => {
    const t = terminal({
      caps: '<SysCap><isSupportPostUpdateFirmware>true</isSupportPostUpdateFirmware></SysCap>',
    })
    const { c } = await setup(t)
    await c.maintenance.uploadFirmware(pkg, { fileName: 'digicap.dav' })
    const u = t.uploads[0]!
    expect(u.method).toBe('POST')
    const boundary = /boundary=(.+)$/.exec(u.contentType)?.[1]
    expect(boundary).toBeTruthy()
    const head = u.body.subarray(0, 300).toString('latin1')
    expect(head.startsWith(`--${boundary}\r\n`)).toBe(true)
    expect(head).toContain(
      'Content-Disposition: form-data; name="updateFile"; filename="digicap.dav"\r\n',
    )
    expect(head).toContain('Content-Type: application/octet-stream\r\n')
    const start = u.body.indexOf('\r\n\r\n') + 4
    expect(u.body.subarray(start, start + pkg.length).equals(pkg)).toBe(true)
    expect(u.body.subarray(start + pkg.length).toString('latin1')).toBe(`\r\n--${boundary}--\r\n`)
  })

  it('wrong password: one refused probe, the package never leaves', async () => {
    const t = terminal({ caps: '' })
    const { s, c } = await setup(t, 'wrong')
    expect(await rejects(c.maintenance.uploadFirmware(pkg))).toMatchObject({ code: 'AUTH_FAILED' })
    expect(s.failures).toBe(1)
    expect(t.uploads).toHaveLength(0)
  })

  it('isSupportUpdatefirmware=false: refused as not supported before sending', async () => {
    const t = terminal({ caps: '<isSupportUpdatefirmware>false</isSupportUpdatefirmware>' })
    const { c } = await setup(t)
    expect(await rejects(c.maintenance.upgrade(pkg))).toMatchObject({
      code: 'DEVICE_ERROR',
      category: 'notSupported',
    })
    expect(t.uploads).toHaveLength(0)
  })

  it('a terminal already upgrading is busy; nothing is sent', async () => {
    const t = terminal({ caps: '', upgrading: true })
    const { c } = await setup(t)
    expect(await rejects(c.maintenance.upgrade(pkg))).toMatchObject({
      code: 'DEVICE_ERROR',
      category: 'busy',
    })
    expect(t.uploads).toHaveLength(0)
  })

  it('firmware that reboots by itself and drops the socket after the upload: waits and reads the new version', async () => {
    const t = terminal({
      caps: '',
      onUpload: (req) => {
        req.socket.destroy()
        return true
      },
    })
    const { c } = await setup(t)
    const seen: UpgradeProgress[] = []
    const r = await c.maintenance.upgrade(pkg, { pollMs: 20, onProgress: (p) => seen.push(p) })
    expect(r.info.firmwareVersion).toBe('V2.0.0')
    expect(seen.map((p) => p.phase)).not.toContain('flashing')
    expect(seen.at(-1)).toEqual({ phase: 'done', percent: 100 })
  })

  it('firmware that reboots by itself while flashing: no reboot is sent, the new version is read', async () => {
    const t = terminal({ caps: '', dropWhileFlashing: true })
    const { c } = await setup(t)
    const r = await c.maintenance.upgrade(pkg, { pollMs: 20 })
    expect(r.info.firmwareVersion).toBe('V2.0.0')
    expect(t.reboots).toHaveLength(0)
  })

  it('a device without the capability document still gets a raw PUT', async () => {
    const t = terminal({ caps: 'none' })
    const { c } = await setup(t)
    expect(await c.maintenance.uploadFirmware(pkg)).toMatchObject({ framing: 'put-raw' })
    expect(t.uploads[0]).toMatchObject({ method: 'PUT', contentType: 'application/octet-stream' })
  })
})
