// Face thumbnails for the rows in view: asked for in one batch per frame of scrolling (only
// persons with a face, only those not yet known), kept by employee number as object URLs and
// dropped when that person changes (a new face is a new picture).
import { create } from 'zustand'
import { station } from '../../lib/station'

interface ThumbnailState {
  urls: ReadonlyMap<string, string>
  want(employeeNos: readonly string[]): void
}

const asked = new Set<string>()
const queue: string[] = []
let scheduled = false
const MAX_KEPT = 2000

const toUrl = (base64: string): string => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  return URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }))
}

export const useThumbnails = create<ThumbnailState>((set, get) => {
  const flush = async () => {
    scheduled = false
    const batch = queue.splice(0, 200)
    if (queue.length > 0) schedule()
    if (batch.length === 0) return
    const r = await station.persons.thumbnails({ employeeNos: batch })
    if (!r.ok) {
      for (const n of batch) asked.delete(n)
      return
    }
    const urls = new Map(get().urls)
    for (const th of r.value) {
      const old = urls.get(th.employeeNo)
      if (old) URL.revokeObjectURL(old)
      urls.set(th.employeeNo, toUrl(th.jpegBase64))
    }
    // bounded: the oldest go first
    for (const [n, url] of urls) {
      if (urls.size <= MAX_KEPT) break
      URL.revokeObjectURL(url)
      urls.delete(n)
      asked.delete(n)
    }
    set({ urls })
  }
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(() => void flush())
  }
  station.on('roster.changed', ({ employeeNos }) => {
    const urls = new Map(get().urls)
    for (const n of employeeNos) {
      asked.delete(n)
      const url = urls.get(n)
      if (url) URL.revokeObjectURL(url)
      urls.delete(n)
    }
    set({ urls })
  })
  return {
    urls: new Map(),
    want(employeeNos) {
      for (const n of employeeNos)
        if (!asked.has(n)) {
          asked.add(n)
          queue.push(n)
        }
      if (queue.length > 0) schedule()
    },
  }
})
