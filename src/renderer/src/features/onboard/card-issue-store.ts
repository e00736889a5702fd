// Batch card issue: a queue of persons; each card read goes to the first person still waiting;
// undo takes the last issued card back and puts that person first again. A card already owned
// by someone is refused by the station (its message names the owner) and nobody advances.
import { create } from 'zustand'
import { readCard, type CardFormat } from '@shared/card-formats'
import type { EnrollProgressEvent, PersonSummary } from '@shared/model'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

export type SwipeOutcome =
  | { kind: 'issued'; cardNo: string; name: string }
  | { kind: 'problem'; problem: string; typed: string }
  | { kind: 'owned'; cardNo: string; owner: string }
  | { kind: 'error'; error: AppError }
  | { kind: 'undone'; cardNo: string; name: string }

interface CardIssueState {
  /** null: the desk reader (keyboard); else the terminal whose reader captures the cards. */
  terminal: string | null
  /** The capture waiting at the terminal for the next person's card. */
  session: string | null
  /** The terminal said it waits for the card. */
  waiting: boolean
  setTerminal(deviceId: string | null): Promise<void>
  /** Asks the terminal to wait for the next person's card. */
  arm(): Promise<void>
  queue: PersonSummary[]
  issued: { person: PersonSummary; cardNo: string }[]
  format: CardFormat
  last: SwipeOutcome | null
  setFormat(f: CardFormat): void
  enqueue(p: PersonSummary): void
  drop(employeeNo: string): Promise<void>
  swipe(typed: string): Promise<void>
  undo(): Promise<void>
  reset(): void
}

export const useCardIssue = create<CardIssueState>((set, get) => {
  // events of a capture can arrive before enroll.start's answer names its session: kept briefly
  const early = new Map<string, EnrollProgressEvent[]>()
  const onProgress = (e: EnrollProgressEvent) => {
    const { session, queue, issued } = get()
    if (e.sessionId !== session) {
      if (early.size > 20) early.clear()
      early.set(e.sessionId, [...(early.get(e.sessionId) ?? []), e])
      return
    }
    const person = queue[0]
    if (e.phase === 'waiting') set({ waiting: true })
    else if (e.phase === 'saved' && person && e.cardNo) {
      set({
        session: null,
        waiting: false,
        queue: queue.slice(1),
        issued: [...issued, { person, cardNo: e.cardNo }],
        last: { kind: 'issued', cardNo: e.cardNo, name: person.name },
      })
      void get().arm()
    } else if (e.phase === 'failed')
      set({
        session: null,
        waiting: false,
        last: {
          kind: 'error',
          error: { code: (e.code ?? 'INTERNAL') as AppError['code'], message: e.message },
        },
      })
    else if (e.phase === 'cancelled') set({ session: null, waiting: false })
  }
  station.on('enroll.progress', onProgress)
  const stop = async () => {
    const { session } = get()
    set({ session: null, waiting: false })
    if (session) await station.enroll.cancel({ sessionId: session })
  }
  return {
    terminal: null,
    waiting: false,
    session: null,
    setTerminal: async (terminal) => {
      await stop()
      set({ terminal })
      if (terminal) await get().arm()
    },
    arm: async () => {
      const { terminal, queue, session } = get()
      const person = queue[0]
      if (!terminal || !person || session) return
      const r = await station.enroll.start({
        deviceId: terminal,
        employeeNo: person.employeeNo,
        kind: 'card',
      })
      if (!r.ok) return set({ last: { kind: 'error', error: r.error } })
      set({ session: r.value.sessionId, waiting: false })
      const missed = early.get(r.value.sessionId) ?? []
      early.delete(r.value.sessionId)
      for (const e of missed) onProgress(e)
    },
    queue: [],
    issued: [],
    format: 'decimal',
    last: null,
    setFormat: (format) => set({ format }),
    enqueue: (p) => {
      const { queue, issued } = get()
      if (queue.some((q) => q.employeeNo === p.employeeNo)) return
      if (issued.some((i) => i.person.employeeNo === p.employeeNo)) return
      set({ queue: [...queue, p] })
      void get().arm()
    },
    drop: async (employeeNo) => {
      const wasNext = get().queue[0]?.employeeNo === employeeNo
      set({ queue: get().queue.filter((q) => q.employeeNo !== employeeNo) })
      if (wasNext && get().session) {
        await stop()
        await get().arm()
      }
    },
    swipe: async (typed) => {
      const person = get().queue[0]
      if (!person) return
      const reading = readCard(typed, get().format)
      if (!reading.ok) return set({ last: { kind: 'problem', problem: reading.problem, typed } })
      const r = await station.persons.addCard({
        employeeNo: person.employeeNo,
        cardNo: reading.cardNo,
      })
      if (!r.ok) {
        const owner = r.error.details?.owner
        return set({
          last:
            r.error.code === 'CONFLICT' && typeof owner === 'string'
              ? { kind: 'owned', cardNo: reading.cardNo, owner }
              : { kind: 'error', error: r.error },
        })
      }
      set({
        queue: get().queue.slice(1),
        issued: [...get().issued, { person, cardNo: reading.cardNo }],
        last: { kind: 'issued', cardNo: reading.cardNo, name: person.name },
      })
    },
    undo: async () => {
      const last = get().issued.at(-1)
      if (!last) return
      const r = await station.persons.removeCard({
        employeeNo: last.person.employeeNo,
        cardNo: last.cardNo,
      })
      if (!r.ok) return set({ last: { kind: 'error', error: r.error } })
      set({
        issued: get().issued.slice(0, -1),
        queue: [last.person, ...get().queue],
        last: { kind: 'undone', cardNo: last.cardNo, name: last.person.name },
      })
      if (get().terminal) {
        await stop()
        await get().arm()
      }
    },
    reset: () => {
      void stop()
      set({ queue: [], issued: [], last: null, terminal: null })
    },
  }
})
