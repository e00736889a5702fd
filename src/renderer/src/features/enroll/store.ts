// One capture at a time on the chosen terminal: the session follows 'enroll.progress' (events
// that arrive before enroll.start answers are matched by terminal, person and kind); the live
// view follows 'preview.frame' for the terminal being previewed.
import { create } from 'zustand'
import type { EnrollProgressEvent, PersonDetail, PersonSummary } from '@shared/model'
import type { AppError, Result } from '@shared/result'
import type { PreviewMode, PreviewReason } from '@shared/contract/preview'
import { blobToBase64 } from '../../lib/files'
import { station } from '../../lib/station'
import type { Reason } from '@shared/reason-text'

export type Kind = EnrollProgressEvent['kind']

export interface Session {
  sessionId: string | null
  deviceId: string
  employeeNo: string
  kind: Kind
  phase: 'starting' | EnrollProgressEvent['phase']
  message: string
  reason?: Reason
  code?: string
  quality?: number
  jpegBase64?: string
  cardNo?: string
  fingerId?: number
}

interface EnrollState {
  person: PersonSummary | null
  detail: PersonDetail | null
  deviceId: string | null
  session: Session | null
  startError: AppError | null
  frame: string | null
  previewing: string | null
  previewError: AppError | null
  /** How the live view arrives (RTSP video or snapshots) and why snapshots, when RTSP failed. */
  previewMode: { mode: PreviewMode; reason?: PreviewReason } | null
  /** The person something was saved for since they were picked (to propose applying). */
  saved: string | null
  pickPerson(person: PersonSummary | null): void
  pickDevice(deviceId: string | null): void
  reloadDetail(): Promise<void>
  start(kind: Kind, opts?: { fingerId?: number; eye?: 'left' | 'right' }): Promise<void>
  cancel(): Promise<void>
  /** Leaves the current capture (cancelling it on the terminal if it still waits). */
  reset(): void
  startPreview(deviceId: string): Promise<void>
  stopPreview(): Promise<void>
  addDeskCard(cardNo: string): Promise<Result<PersonDetail>>
  /** A face picture from a file or the webcam (checked and normalised by the station). */
  setFacePicture(picture: Blob, source: 'file' | 'webcam'): Promise<Result<PersonDetail>>
}

const ended = (s: Session | null) =>
  !s || s.phase === 'saved' || s.phase === 'failed' || s.phase === 'cancelled'

export const useEnroll = create<EnrollState>((set, get) => {
  station.on('enroll.progress', (e) => {
    const s = get().session
    if (!s || ended(s)) return
    const mine =
      s.sessionId === e.sessionId ||
      (s.sessionId === null &&
        s.deviceId === e.deviceId &&
        s.employeeNo === e.employeeNo &&
        s.kind === e.kind)
    if (!mine) return
    set({
      session: {
        ...s,
        sessionId: e.sessionId,
        phase: e.phase,
        message: e.message,
        reason: e.reason,
        code: e.code,
        quality: e.quality ?? s.quality,
        jpegBase64: e.jpegBase64 ?? s.jpegBase64,
        cardNo: e.cardNo ?? s.cardNo,
      },
    })
    if (e.phase === 'saved') {
      set({ saved: e.employeeNo })
      void get().reloadDetail()
    }
  })
  station.on('preview.frame', (f) => {
    if (f.deviceId === get().previewing) set({ frame: f.jpegBase64 })
  })
  station.on('preview.status', (e) => {
    if (e.deviceId === get().previewing)
      set({ previewMode: { mode: e.mode, ...(e.reason ? { reason: e.reason } : {}) } })
  })
  station.on('roster.changed', ({ employeeNos }) => {
    const no = get().person?.employeeNo
    if (no && (employeeNos.length === 0 || employeeNos.includes(no))) void get().reloadDetail()
  })

  return {
    person: null,
    detail: null,
    deviceId: null,
    session: null,
    startError: null,
    frame: null,
    previewing: null,
    previewError: null,
    previewMode: null,
    saved: null,
    pickPerson(person) {
      get().reset()
      set({ person, detail: null, session: null, startError: null, saved: null })
      void get().reloadDetail()
    },
    pickDevice(deviceId) {
      if (deviceId === get().deviceId) return
      get().reset()
      set({ deviceId })
    },
    async reloadDetail() {
      const no = get().person?.employeeNo
      if (!no) return
      const r = await station.persons.get({ employeeNo: no })
      if (r.ok && get().person?.employeeNo === no) set({ detail: r.value })
    },
    async start(kind, opts = {}) {
      const { person, deviceId } = get()
      if (!person || !deviceId) return
      set({
        startError: null,
        session: {
          sessionId: null,
          deviceId,
          employeeNo: person.employeeNo,
          kind,
          phase: 'starting',
          message: '',
          fingerId: opts.fingerId,
        },
      })
      const r = await station.enroll.start({
        deviceId,
        employeeNo: person.employeeNo,
        kind,
        ...opts,
      })
      const s = get().session
      if (!r.ok) {
        if (s && s.sessionId === null) set({ session: null })
        return set({ startError: r.error })
      }
      if (s && s.sessionId === null && s.kind === kind)
        set({
          session: {
            ...s,
            sessionId: r.value.sessionId,
            phase: s.phase === 'starting' ? 'waiting' : s.phase,
          },
        })
    },
    async cancel() {
      const s = get().session
      if (!s?.sessionId || ended(s)) return set({ session: null })
      await station.enroll.cancel({ sessionId: s.sessionId })
    },
    reset() {
      const s = get().session
      if (s?.sessionId && !ended(s)) void station.enroll.cancel({ sessionId: s.sessionId })
      set({ session: null, startError: null })
    },
    async startPreview(deviceId) {
      if (get().previewing === deviceId) return
      await get().stopPreview()
      set({ previewing: deviceId, frame: null, previewError: null, previewMode: null })
      const r = await station.preview.start({ id: deviceId })
      if (get().previewing !== deviceId) return
      if (!r.ok) set({ previewError: r.error })
      else
        set({
          previewMode: {
            mode: r.value.mode,
            ...(r.value.reason ? { reason: r.value.reason } : {}),
          },
        })
    },
    async stopPreview() {
      const id = get().previewing
      if (!id) return
      set({ previewing: null, frame: null, previewError: null, previewMode: null })
      await station.preview.stop({ id })
    },
    async setFacePicture(picture, source) {
      const no = get().person?.employeeNo ?? ''
      const r = await station.persons.setFace({
        employeeNo: no,
        jpegBase64: await blobToBase64(picture),
        source,
      })
      if (r.ok && get().person?.employeeNo === no) set({ detail: r.value, saved: no })
      return r
    },
    async addDeskCard(cardNo) {
      const no = get().person?.employeeNo ?? ''
      const r = await station.persons.addCard({ employeeNo: no, cardNo })
      if (r.ok && get().person?.employeeNo === no) set({ detail: r.value, saved: no })
      return r
    },
  }
})
