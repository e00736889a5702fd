// Which persons the list's bulk tools act on: rows picked by click (shift-click: the range from
// the last one picked), or every person the current search and filters match. A new search or
// filter clears it (what "all matching" meant has changed); a new sort keeps it. A range over
// rows the list never loaded is resolved by the station (persons.range) in the list's order.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'
import { filterArgs } from './filters'
import { usePersonsList } from './list-store'

interface SelectionState {
  picked: ReadonlySet<string>
  /** Every person matching the search and filters in force. */
  allMatching: boolean
  /** The row index last picked (the start of a shift-click range). */
  anchor: number | null
  /** The person at the anchor (a range the station resolves is between two persons). */
  anchorNo: string | null
  /** A range the station could not resolve (nothing was picked). */
  rangeError: AppError | null
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
  anchorNo: null,
  rangeError: null,
  toggle(index, employeeNo, range) {
    const { picked, anchor, anchorNo } = get()
    const next = new Set(picked)
    if (range && anchor !== null && anchorNo !== null) {
      const list = usePersonsList.getState()
      const [a, b] = anchor < index ? [anchor, index] : [index, anchor]
      const loaded: string[] = []
      for (let i = a; i <= b && loaded.length === i - a; i++) {
        const p = list.row(i)
        if (p) loaded.push(p.employeeNo)
      }
      if (loaded.length === b - a + 1) {
        for (const no of loaded) next.add(no)
      } else {
        void pickRange(anchorNo, employeeNo)
        set({ anchor: index, anchorNo: employeeNo, rangeError: null })
        return
      }
    } else if (next.has(employeeNo)) next.delete(employeeNo)
    else next.add(employeeNo)
    set({ picked: next, allMatching: false, anchor: index, anchorNo: employeeNo, rangeError: null })
  },
  pickShown() {
    const next = new Set(get().picked)
    for (const rows of usePersonsList.getState().pages.values())
      for (const p of rows) next.add(p.employeeNo)
    set({ picked: next, allMatching: false })
  },
  selectAllMatching: () => set({ allMatching: true }),
  clear: () =>
    set({ picked: new Set(), allMatching: false, anchor: null, anchorNo: null, rangeError: null }),
}))

/** The search, filters and sort the list shows, as the station's list filter. */
function listFilter(): ArgsOf<'persons.range'>['filter'] {
  const { query, filters, sort } = usePersonsList.getState()
  return { query, ...filterArgs(filters), ...(sort ? { sort } : {}) }
}

/** Adds everyone from one person to the other in the list's order, loaded or not. */
async function pickRange(from: string, to: string): Promise<void> {
  const r = await station.persons.range({ filter: listFilter(), from, to })
  if (!r.ok) return useSelection.setState({ rangeError: r.error })
  const next = new Set(useSelection.getState().picked)
  for (const no of r.value.employeeNos) next.add(no)
  useSelection.setState({ picked: next, allMatching: false })
}

/** How many persons the selection names (what the user confirms). */
export function selectedCount(s: Pick<SelectionState, 'picked' | 'allMatching'>): number {
  return s.allMatching ? (usePersonsList.getState().total ?? 0) : s.picked.size
}

/** The selection as persons.bulkEdit / bulkRemove take it. */
export function selectionArg(): ArgsOf<'persons.bulkEdit'>['selection'] {
  const { picked, allMatching } = useSelection.getState()
  if (!allMatching) return { employeeNos: [...picked] }
  return { filter: listFilter() }
}

// a new search or new filters: the selection meant other persons
usePersonsList.subscribe((s, prev) => {
  if (s.query !== prev.query || s.filters !== prev.filters) useSelection.getState().clear()
})
