// Batch card issue: a queue of persons; each card read goes to the first person still waiting;
// undo takes the last issued card back and puts that person first again. A card already owned
// by someone is refused by the station (its message names the owner) and nobody advances.
import { create } from 'zustand'
import { readCard, type CardFormat } from '@shared/card-formats'
import type { PersonSummary } from '@shared/model'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

export type SwipeOutcome =
  | { kind: 'issued'; cardNo: string; name: string }
  | { kind: 'problem'; problem: string; typed: string }
  | { kind: 'owned'; cardNo: string; owner: string }
  | { kind: 'error'; error: AppError }
  | { kind: 'undone'; cardNo: string; name: string }

interface CardIssueState {
  queue: PersonSummary[]
  issued: { person: PersonSummary; cardNo: string }[]
  format: CardFormat
  last: SwipeOutcome | null
  setFormat(f: CardFormat): void
  enqueue(p: PersonSummary): void
  drop(employeeNo: string): void
  swipe(typed: string): Promise<void>
  undo(): Promise<void>
  reset(): void
}

export const useCardIssue = create<CardIssueState>((set, get) => ({
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
  },
  drop: (employeeNo) => set({ queue: get().queue.filter((q) => q.employeeNo !== employeeNo) }),
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
  },
  reset: () => set({ queue: [], issued: [], last: null }),
}))
