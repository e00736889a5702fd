// Faces in bulk from a ZIP: each picture named `<employeeNo>.jpg` or `<employeeNo>_<name>.jpg`
// (folders inside the ZIP ignored). The ZIP is read as a stream in 1 MB slices, so only the
// pictures of the current slice are in memory; each goes through the same normalisation as a
// single face, and the outcome says matched, no such person, or refused with the reason.
import { Unzip, UnzipInflate } from 'fflate'
import type { PhotoOutcome } from '@shared/contract/person-files'
import { AppFailure } from '@shared/result'
import { codedFailure } from '@shared/coded-failure'
import { reasonText, type Reason } from '@shared/reason-text'
import { normaliseFace, type NormalisedFace } from '../roster/face-normaliser'
import { yieldEvery } from './time-slice'

const SLICE = 1 << 20
const PICTURE = /\.(jpe?g|png)$/i
/** A photo larger than this is not a face picture (phone photos are < 20 MB). */
const MAX_PHOTO_BYTES = 20 * 1024 * 1024

export interface PhotoFile {
  file: string
  employeeNo: string | null
  data: Buffer
}

/** The employee number a picture's name gives, or null. */
export function photoEmployeeNo(path: string): string | null {
  const base = path.split('/').pop() ?? ''
  if (!PICTURE.test(base)) return null
  const stem = base.replace(PICTURE, '')
  const m = /^([0-9A-Za-z-]{1,32})(?:_.*)?$/.exec(stem)
  return m ? m[1]! : null
}

/** The pictures of a ZIP, a slice at a time (hidden files and folders skipped). */
export async function* zipPhotos(zip: Buffer): AsyncGenerator<PhotoFile> {
  const ready: PhotoFile[] = []
  let failure: Error | null = null
  const unzip = new Unzip((entry) => {
    const base = entry.name.split('/').pop() ?? ''
    if (entry.name.endsWith('/') || base.startsWith('.') || entry.name.startsWith('__MACOSX/'))
      return
    if (!PICTURE.test(base)) {
      ready.push({ file: entry.name, employeeNo: null, data: Buffer.alloc(0) })
      return
    }
    const parts: Uint8Array[] = []
    let size = 0
    entry.ondata = (error, chunk, final) => {
      if (error) {
        failure = error
        return
      }
      size += chunk.length
      if (size <= MAX_PHOTO_BYTES) parts.push(chunk)
      if (final)
        ready.push({
          file: entry.name,
          employeeNo: photoEmployeeNo(entry.name),
          data: size <= MAX_PHOTO_BYTES ? Buffer.concat(parts) : Buffer.alloc(0),
        })
    }
    entry.start()
  })
  unzip.register(UnzipInflate)
  const pause = yieldEvery()
  for (let at = 0; at < zip.length || at === 0; at += SLICE) {
    const end = Math.min(zip.length, at + SLICE)
    try {
      unzip.push(zip.subarray(at, end), end >= zip.length)
    } catch (error) {
      failure = error as Error
    }
    if (failure) throw codedFailure('INVALID_ARGS', 'importUnreadable', { why: String(failure) })
    while (ready.length > 0) yield ready.shift()!
    await pause()
    if (end >= zip.length) break
  }
}

export interface CheckedPhoto {
  outcome: PhotoOutcome
  face: NormalisedFace | null
}

/** One picture's fate: `known(employeeNo)` says whether the roster (or the file) has them. */
export async function checkPhoto(
  photo: PhotoFile,
  known: (employeeNo: string) => boolean,
): Promise<CheckedPhoto> {
  const { file, employeeNo } = photo
  if (employeeNo === null)
    return {
      outcome: {
        file,
        employeeNo,
        outcome: 'refused',
        reason: 'unnamed',
        why: { code: 'photoUnnamed', params: { file } },
      },
      face: null,
    }
  if (!known(employeeNo))
    return { outcome: { file, employeeNo, outcome: 'noSuchPerson' }, face: null }
  try {
    const face = await normaliseFace(photo.data)
    return { outcome: { file, employeeNo, outcome: 'matched' }, face }
  } catch (error) {
    const coded =
      error instanceof AppFailure ? (error.details?.reason as Reason | undefined) : undefined
    const why: Reason = coded ?? {
      code: 'photoUnexpected',
      params: { why: error instanceof Error ? error.message : String(error) },
    }
    return {
      outcome: { file, employeeNo, outcome: 'refused', reason: reasonText(why, 'en'), why },
      face: null,
    }
  }
}
