// The person drawer: one person with every credential and the face picture, reloaded when
// the roster changes under it. Actions answer with the station's Result so the panel that
// started them can show the error where it happened.
import { create } from 'zustand'
import type { CardType, FaceMeta, PersonDetail, PersonDeviceStatus } from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { blobToBase64 } from '../../lib/files'
import { station } from '../../lib/station'

interface DrawerState {
  employeeNo: string | null
  person: PersonDetail | null
  face: { url: string; meta: FaceMeta } | null
  /** Per terminal: applied / pending / failed (with the reason) / not assigned. */
  onDevices: PersonDeviceStatus[] | null
  onDevicesError: AppError | null
  error: AppError | null
  open(employeeNo: string): void
  close(): void
  reload(): Promise<void>
  addCard(cardNo: string, cardType: CardType): Promise<Result<PersonDetail>>
  removeCard(cardNo: string): Promise<Result<PersonDetail>>
  setFace(picture: Blob, source: 'file' | 'webcam'): Promise<Result<PersonDetail>>
  removeFace(): Promise<Result<PersonDetail>>
  removeFingerprint(fingerId: number): Promise<Result<PersonDetail>>
  removeIris(eye: 'left' | 'right'): Promise<Result<PersonDetail>>
  remove(): Promise<Result<{ removed: boolean }>>
}

/** Largest picture the station takes before normalising it (20 MB). */
export const MAX_FACE_BYTES = 20 * 1024 * 1024

let loadId = 0

export const usePersonDrawer = create<DrawerState>((set, get) => {
  const current = () => get().employeeNo ?? ''
  const apply = (r: Result<PersonDetail>) => {
    if (r.ok && r.value.employeeNo === get().employeeNo) set({ person: r.value })
    return r
  }

  station.on('roster.changed', ({ employeeNos }) => {
    const no = get().employeeNo
    if (no && (employeeNos.length === 0 || employeeNos.includes(no))) void get().reload()
  })

  // apply progress and terminal health change the per-terminal status; refreshed at most once a second
  let statusTimer: ReturnType<typeof setTimeout> | undefined
  const loadStatus = async () => {
    const employeeNo = get().employeeNo
    if (!employeeNo) return
    const r = await station.apply.personStatus({ employeeNo })
    if (get().employeeNo !== employeeNo) return
    set(
      r.ok
        ? { onDevices: r.value, onDevicesError: null }
        : { onDevices: null, onDevicesError: r.error },
    )
  }
  const statusSoon = () => {
    if (!get().employeeNo || statusTimer) return
    statusTimer = setTimeout(() => {
      statusTimer = undefined
      void loadStatus()
    }, 1000)
  }
  station.on('apply.progress', statusSoon)
  station.on('device.status', statusSoon)

  return {
    employeeNo: null,
    person: null,
    face: null,
    onDevices: null,
    onDevicesError: null,
    error: null,
    open(employeeNo) {
      if (employeeNo === get().employeeNo) return
      set({
        employeeNo,
        person: null,
        face: null,
        onDevices: null,
        onDevicesError: null,
        error: null,
      })
      void get().reload()
    },
    close: () =>
      set({
        employeeNo: null,
        person: null,
        face: null,
        onDevices: null,
        onDevicesError: null,
        error: null,
      }),
    async reload() {
      const employeeNo = get().employeeNo
      if (!employeeNo) return
      const id = ++loadId
      const [person, face] = await Promise.all([
        station.persons.get({ employeeNo }),
        station.persons.face({ employeeNo }),
        loadStatus(),
      ])
      if (id !== loadId || get().employeeNo !== employeeNo) return
      if (!person.ok) return set({ error: person.error, person: null, face: null })
      set({
        person: person.value,
        error: null,
        face:
          face.ok && face.value
            ? { url: `data:image/jpeg;base64,${face.value.jpegBase64}`, meta: face.value.meta }
            : null,
      })
    },
    addCard: async (cardNo, cardType) =>
      apply(await station.persons.addCard({ employeeNo: current(), cardNo, cardType })),
    removeCard: async (cardNo) =>
      apply(await station.persons.removeCard({ employeeNo: current(), cardNo })),
    async setFace(picture, source) {
      const jpegBase64 = await blobToBase64(picture)
      return apply(await station.persons.setFace({ employeeNo: current(), jpegBase64, source }))
    },
    removeFace: async () => apply(await station.persons.removeFace({ employeeNo: current() })),
    removeFingerprint: async (fingerId) =>
      apply(await station.persons.removeFingerprint({ employeeNo: current(), fingerId })),
    removeIris: async (eye) =>
      apply(await station.persons.removeIris({ employeeNo: current(), eye })),
    async remove() {
      const r = await station.persons.remove({ employeeNo: current() })
      if (r.ok) get().close()
      return r
    },
  }
})
