// Golden transcripts: a recorded exchange (request line, status, content type, body with
// volatile values masked). A test replays the flow and compares with the stored file, so the
// wire format cannot drift unnoticed. Set UPDATE_GOLDEN=1 to rewrite the files on purpose.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SimDeviceRecord } from '../../../../src/simulator/index.js'

export interface Step {
  request: string
  status: number
  contentType: string | null
  body: string
}

export class Transcript {
  readonly steps: Step[] = []
  constructor(private readonly dev: SimDeviceRecord) {}

  mask(text: string): string {
    return text
      .replaceAll(this.dev.serialNumber, '<serial>')
      .replaceAll(`${this.dev.host}:${this.dev.port}`, '<host>')
      .replace(/"portNo":\s*\d+/g, '"portNo": <port>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)/g, '<time>$1')
      .replace(
        /acsLinkCap\/\d{6}_00\/\d\d_\d{6}_30075_(\d+)\.jpeg@WEB\d+/g,
        'acsLinkCap/<date>_30075_$1.jpeg@WEB<n>',
      )
      .replace(/capture\/face_\d+\.jpg@WEB\d+/g, 'capture/face_<n>.jpg@WEB<n>')
      .replace(/"fingerData":\s*"[^"]+"/g, '"fingerData": "<template>"')
      .replace(/<fingerData>[^<]+<\/fingerData>/g, '<fingerData><template></fingerData>')
      .replace(/([0-9a-f]{2}:){5}[0-9a-f]{2}/g, '<mac>')
  }

  add(
    request: string,
    r: {
      status: number
      headers: Headers | Record<string, string | string[] | undefined>
      text: string
    },
    binary = false,
  ): void {
    const ct =
      r.headers instanceof Headers
        ? r.headers.get('content-type')
        : ((r.headers['content-type'] as string | undefined) ?? null)
    this.steps.push({
      request,
      status: r.status,
      contentType: ct,
      body: binary ? `<${r.text.length} bytes>` : this.mask(r.text),
    })
  }

  /** Returns the stored transcript (writing it first when missing or UPDATE_GOLDEN=1). */
  golden(name: string): Step[] {
    const file = join(import.meta.dirname, `${name}.json`)
    if (!existsSync(file) || process.env.UPDATE_GOLDEN === '1')
      writeFileSync(file, `${JSON.stringify(this.steps, null, 2)}\n`)
    return JSON.parse(readFileSync(file, 'utf8')) as Step[]
  }
}
