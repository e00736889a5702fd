// Face thumbnails for the Persons list: at most 64 px a side (about 2 KB rather than a 62 KB
// face per row), made once per face hash and kept in a bounded cache.
import sharp from 'sharp'
import type { PersonThumbnail } from '@shared/contract/person-list'
import type { Store } from '../../store'

export const THUMBNAIL_PX = 64
const CACHE_ENTRIES = 2000

export function faceThumbnails(store: Store) {
  const cache = new Map<string, string>() // sha256 → base64 JPEG, oldest first

  const make = async (jpeg: Buffer): Promise<string> =>
    (
      await sharp(jpeg)
        .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'cover', position: 'attention' })
        .jpeg({ quality: 70 })
        .toBuffer()
    ).toString('base64')

  return {
    async of(employeeNos: readonly string[]): Promise<PersonThumbnail[]> {
      const out: PersonThumbnail[] = []
      for (const employeeNo of new Set(employeeNos)) {
        const meta = store.credentials.faces.meta(employeeNo)
        if (!meta) continue
        let jpegBase64 = cache.get(meta.sha256)
        if (jpegBase64 === undefined) {
          const jpeg = store.credentials.faces.jpeg(employeeNo)
          if (!jpeg) continue
          jpegBase64 = await make(jpeg)
          cache.set(meta.sha256, jpegBase64)
          if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
        } else {
          cache.delete(meta.sha256) // most recently used last
          cache.set(meta.sha256, jpegBase64)
        }
        out.push({ employeeNo, sha256: meta.sha256, jpegBase64 })
      }
      return out
    },
  }
}
