// Which persons the list's bulk tools act on: rows picked by click (shift-click: the range from
// the last one picked), or every person the current search and filters match. A new search or
// filter clears it (what "all matching" meant has changed); a new sort keeps it.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import { filterArgs } from './filters'
import { usePersonsList } from './list-store'

interface SelectionState {
  picked: ReadonlySet<string>
  /** Every person matching the search and filters in force. */
  allMatching: boolean
  /** The row index last picked (the start of a shift-click range). */
  anchor: number | null
  toggle(index: number, employeeNo: string, range: boolean): void
  /** Picks the rows loaded so far (the "select all shown" box). */
  pickShown(): void
  selectAllMatching(): void
  clear(): void
}

export const useSelection = create<SelectionState>((set, get) => ({
  picked: new Set(),
  allMatching: false,
  anchor: null,
  toggle(index, employeeNo, range) {
    const { picked, anchor } = get()
    const next = new Set(picked)
    if (range && anchor !== null) {
      const list = usePersonsList.getState()
      const [a, b] = anchor < index ? [anchor, index] : [index, anchor]
      for (let i = a; i <= b; i++) {
        const p = list.row(i)
        if (p) next.add(p.employeeNo)
      }
    } else if (next.has(employeeNo)) next.delete(employeeNo)
    else next.add(employeeNo)
    set({ picked: next, allMatching: false, anchor: index })
  },
  pickShown() {
    const next = new Set(get().picked)
    for (const rows of usePersonsList.getState().pages.values())
      for (const p of rows) next.add(p.employeeNo)
    set({ picked: next, allMatching: false })
  },
  selectAllMatching: () => set({ allMatching: true }),
  clear: () => set({ picked: new Set(), allMatching: false, anchor: null }),
}))

/** How many persons the selection names (what the user confirms). */
export function selectedCount(s: Pick<SelectionState, 'picked' | 'allMatching'>): number {
  return s.allMatching ? (usePersonsList.getState().total ?? 0) : s.picked.size
}

/** The selection as persons.bulkEdit / bulkRemove take it. */
export function selectionArg(): ArgsOf<'persons.bulkEdit'>['selection'] {
  const { picked, allMatching } = useSelection.getState()
  if (!allMatching) return { employeeNos: [...picked] }
  const { query, filters } = usePersonsList.getState()
  return { filter: { query, ...filterArgs(filters) } }
}

// a new search or new filters: the selection meant other persons
usePersonsList.subscribe((s, prev) => {
  if (s.query !== prev.query || s.filters !== prev.filters) useSelection.getState().clear()
})
