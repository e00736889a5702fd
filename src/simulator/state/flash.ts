// --data-dir persistence, like a terminal's flash: <dir>/<serial>.json holds the records and
// the last events; face pictures live as files (<dir>/<serial>/pics/<picId>.jpg), written once,
// so saving 3,000 faces does not rewrite 200 MB of base64. Saves are serialised and atomic.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cardMap, faceKey, faceMap, fingerKey, fingerMap, irisKey, irisMap } from './data.js'
import type { DeviceData } from './data.js'
import type { CardRec, EventRec, FaceRec, FingerRec, IrisRec, PersonRec } from './model.js'

interface Saved {
  data: Record<string, unknown>
  events: EventRec[]
  lastSerial: number
}

type StoredFace = Omit<FaceRec, 'jpeg'>
type StoredIris = Omit<IrisRec, 'picture'> & { picture: string }

export class FlashStore {
  private readonly file: string
  private readonly pics: string
  private readonly onDisk = new Set<number>()
  private chain: Promise<void> = Promise.resolve()

  constructor(dir: string, serial: string) {
    this.file = join(dir, `${serial}.json`)
    this.pics = join(dir, serial, 'pics')
  }

  async load(
    base: DeviceData,
  ): Promise<{ data: DeviceData; events: EventRec[]; lastSerial: number } | null> {
    let saved: Saved
    try {
      saved = JSON.parse(await readFile(this.file, 'utf8')) as Saved
    } catch {
      return null
    }
    const raw = saved.data
    const list = <T>(k: string): T[] => (Array.isArray(raw[k]) ? (raw[k] as T[]) : [])
    const faces = faceMap()
    for (const f of list<StoredFace>('faces')) {
      try {
        const jpeg = await readFile(join(this.pics, `${f.picId}.jpg`))
        this.onDisk.add(f.picId)
        faces.set(faceKey(f.FDID, f.FPID), { ...f, jpeg })
      } catch {
        /* picture lost: the record goes too, as on a device whose picture store failed */
      }
    }
    const data: DeviceData = {
      ...base,
      ...(raw as Partial<DeviceData>),
      persons: new Map(list<PersonRec>('persons').map((p) => [p.employeeNo, p])),
      cards: cardMap(list<CardRec>('cards').map((c) => [c.cardNo, c])),
      fingers: fingerMap(
        list<FingerRec>('fingers').map((f) => [fingerKey(f.employeeNo, f.fingerPrintID), f]),
      ),
      faces,
      irises: irisMap(
        list<StoredIris>('irises').map((r) => [
          irisKey(r.employeeNo, r.id),
          { ...r, picture: Buffer.from(r.picture, 'base64') },
        ]),
      ),
    }
    return { data, events: saved.events ?? [], lastSerial: saved.lastSerial ?? 0 }
  }

  save(data: DeviceData, events: EventRec[], lastSerial: number): Promise<void> {
    const snapshot = this.snapshot(data)
    const faces = [...data.faces.values()]
    this.chain = this.chain
      .then(() => this.write(snapshot, faces, events, lastSerial))
      .catch(() => undefined)
    return this.chain
  }

  private snapshot(d: DeviceData): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(d)) {
      if (k === 'faces') out.faces = [...d.faces.values()].map(({ jpeg: _j, ...rest }) => rest)
      else if (k === 'irises')
        out.irises = [...d.irises.values()].map((r) => ({
          ...r,
          picture: r.picture.toString('base64'),
        }))
      else out[k] = v instanceof Map ? [...v.values()] : v
    }
    return out
  }

  private async write(
    data: Record<string, unknown>,
    faces: FaceRec[],
    events: EventRec[],
    lastSerial: number,
  ): Promise<void> {
    await mkdir(this.pics, { recursive: true })
    const live = new Set<number>()
    for (const f of faces) {
      live.add(f.picId)
      if (this.onDisk.has(f.picId)) continue
      await writeFile(join(this.pics, `${f.picId}.jpg`), f.jpeg)
      this.onDisk.add(f.picId)
    }
    const text = JSON.stringify({ data, events, lastSerial })
    await writeFile(`${this.file}.tmp`, text)
    await rename(`${this.file}.tmp`, this.file)
    for (const name of await readdir(this.pics)) {
      const id = Number(name.replace(/\.jpg$/, ''))
      if (!live.has(id)) {
        await rm(join(this.pics, name), { force: true })
        this.onDisk.delete(id)
      }
    }
  }
}
