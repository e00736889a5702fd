// The persons list: pages of persons.search around the viewport, a total for the scrollbar,
// search as you type (debounced; answers to older queries or filters are dropped), and the
// filters persons.search takes, sorted by a column when one is picked. A roster change, or a
// change of persons' apply state (pushed with the new counts, e.g. as an apply goes on),
// reloads the pages in view, keeping the place.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { Department } from '@shared/contract/departments'
import type { ApplyStateCounts, PersonSort, PersonSortKey, PersonSummary } from '@shared/model'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'
import { NO_FILTERS, filterArgs, isFiltering, type Filters } from './filters'

export const PAGE = 200
const DEBOUNCE_MS = 80
/** Longest the rows in view lag behind a person's apply state while an apply runs. */
const STATE_RELOAD_MS = 1000

/** Small answers (counts, groups, departments) compared whole: an unchanged one renders nothing. */
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

const sameRow = (a: PersonSummary, b: PersonSummary): boolean =>
  (Object.keys(b) as (keyof PersonSummary)[]).every((k) => a[k] === b[k])

/**
 * The new page, with each row that did not change kept as the object already shown (the memoised
 * rows then skip rendering); the old page itself when nothing changed.
 */
function keepRows(
  old: readonly PersonSummary[] | undefined,
  fresh: PersonSummary[],
): PersonSummary[] {
  if (!old) return fresh
  const byNo = new Map(old.map((p) => [p.employeeNo, p]))
  let changed = old.length !== fresh.length
  const rows = fresh.map((p, i) => {
    const prev = byNo.get(p.employeeNo)
    if (prev && sameRow(prev, p)) {
      if (old[i] !== prev) changed = true
      return prev
    }
    changed = true
    return p
  })
  return changed ? rows : (old as PersonSummary[])
}

interface ListState {
  /** What the search box shows (the query in force follows after the debounce). */
  input: string
  query: string
  filters: Filters
  /** Rows known so far, by page index. */
  pages: ReadonlyMap<number, PersonSummary[]>
  total: number | null
  /** Whether the rows shown answer a search or filters (for "N matches" vs "N persons"). */
  narrowed: boolean
  /** The query the rows shown answer (the box may be ahead of it while a search runs). */
  shownQuery: string
  /** Changes when a new result replaces the old one (the list scrolls back to the top). */
  resultId: number
  error: AppError | null
  groups: { name: string; persons: number }[]
  /** How many persons are in each apply state (the filter shows them). */
  applyCounts: ApplyStateCounts | null
  /** The column the list is sorted by (in SQL, by the station); null: roster order. */
  sort: PersonSort | null
  /** The department tree (the filter and the editor). */
  departments: Department[]
  loadDepartments(): Promise<void>
  /** A click on a column header: ascending, then descending, then roster order. */
  toggleSort(by: PersonSortKey): void
  loadGroups(): Promise<void>
  loadApplyCounts(): Promise<void>
  setInput(text: string): void
  setFilters(patch: Partial<Filters>): void
  clearFilters(): void
  /** Asks for the rows first..last (visible plus overscan). */
  ensureRange(first: number, last: number): void
  refresh(): void
  row(index: number): PersonSummary | undefined
}

let gen = 0
let timer: ReturnType<typeof setTimeout> | undefined
let lastRange: [number, number] = [0, PAGE - 1]
const inflight = new Set<string>()

export const usePersonsList = create<ListState>((set, get) => {
  const args = (page: number): ArgsOf<'persons.search'> => ({
    query: get().query,
    offset: page * PAGE,
    limit: PAGE,
    ...filterArgs(get().filters),
    ...(get().sort ? { sort: get().sort! } : {}),
  })

  const fetchPage = async (g: number, page: number) => {
    const key = `${g}:${page}`
    if (inflight.has(key)) return
    inflight.add(key)
    const r = await station.persons.search(args(page))
    inflight.delete(key)
    if (g !== gen) return // an answer to an older query
    if (!r.ok) return set({ error: r.error })
    const pages = new Map(get().pages)
    pages.set(page, r.value.items)
    set({ pages, total: r.value.total, error: null })
  }

  /** Replaces the result: pages covering the current place (or the top), swapped in at once. */
  const load = async (keepPosition: boolean) => {
    const g = ++gen
    const { query, filters } = get()
    const [first, last] = keepPosition ? lastRange : [0, PAGE - 1]
    const wanted: number[] = []
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) wanted.push(p)
    const answers = await Promise.all(wanted.map((p) => station.persons.search(args(p))))
    if (g !== gen) return
    const failed = answers.find((a) => !a.ok)
    if (failed && !failed.ok) return set({ error: failed.error })
    const before = keepPosition ? get().pages : new Map<number, PersonSummary[]>()
    const pages = new Map<number, PersonSummary[]>()
    let total = 0
    let same = keepPosition && before.size === wanted.length
    answers.forEach((a, i) => {
      if (!a.ok) return
      const kept = keepRows(before.get(wanted[i]!), a.value.items)
      same &&= kept === before.get(wanted[i]!)
      pages.set(wanted[i]!, kept)
      total = a.value.total
    })
    // a reload that found nothing new (most pushes during an apply to other persons) renders nothing
    if (same && total === get().total && query === get().shownQuery && !get().error) return
    set((s) => ({
      pages,
      total,
      narrowed: query !== '' || isFiltering(filters),
      shownQuery: query,
      error: null,
      resultId: keepPosition ? s.resultId : s.resultId + 1,
    }))
  }

  /**
   * Reloads the rows in view, one reload at a time: pushes that arrive while one runs (an apply
   * sends one per flush) are folded into a single trailing reload, instead of each starting its
   * own requests whose answers the page would parse and then drop.
   */
  let reloading = false
  let reloadAgain = false
  const reloadInPlace = async (): Promise<void> => {
    if (reloading) {
      reloadAgain = true
      return
    }
    reloading = true
    try {
      do {
        reloadAgain = false
        await load(true)
      } while (reloadAgain)
    } finally {
      reloading = false
    }
  }

  // an import pushes one roster change per slice: the groups and departments (each a request and,
  // when new, a render of the filter bar) are read again at most once a second, after the burst
  let rosterTimer: ReturnType<typeof setTimeout> | null = null
  station.on('roster.changed', () => {
    void reloadInPlace()
    rosterTimer ??= setTimeout(() => {
      rosterTimer = null
      void get().loadGroups()
      void get().loadDepartments()
    }, STATE_RELOAD_MS)
  })
  // the socket came back: what changed in the gap is read again (only a list already shown)
  station.on('station.ready', () => {
    if (get().total === null) return
    void load(true)
    void get().loadGroups()
  })
  // apply-state pushes come a few times a second while an apply runs: the counts follow each
  // one, the rows in view at most once a second (each reload is a parse and a render)
  let stateTimer: ReturnType<typeof setTimeout> | null = null
  // the counts (shown in the filter bar, whose selects are costly to render) with the rows
  let latestCounts: ApplyStateCounts | null = null
  station.on('applyState.changed', ({ counts }) => {
    latestCounts = counts
    stateTimer ??= setTimeout(() => {
      stateTimer = null
      if (latestCounts && !sameJson(latestCounts, get().applyCounts))
        set({ applyCounts: latestCounts })
      void reloadInPlace()
    }, STATE_RELOAD_MS)
  })

  return {
    input: '',
    query: '',
    filters: NO_FILTERS,
    pages: new Map(),
    total: null,
    narrowed: false,
    shownQuery: '',
    resultId: 0,
    error: null,
    groups: [],
    applyCounts: null,
    sort: null,
    departments: [],
    async loadDepartments() {
      const r = await station.departments.list({})
      if (r.ok && !sameJson(r.value, get().departments)) set({ departments: r.value })
    },
    toggleSort(by) {
      const s = get().sort
      set({
        sort: s?.by !== by ? { by, desc: false } : s.desc ? null : { by, desc: true },
      })
      void load(false)
    },
    async loadGroups() {
      const r = await station.persons.groups()
      if (r.ok && !sameJson(r.value, get().groups)) set({ groups: r.value })
    },
    async loadApplyCounts() {
      const r = await station.persons.applyStateCounts()
      if (r.ok) set({ applyCounts: r.value })
    },
    setInput(text) {
      set({ input: text })
      clearTimeout(timer)
      timer = setTimeout(() => {
        if (get().query === text.trim()) return
        set({ query: text.trim() })
        void load(false)
      }, DEBOUNCE_MS)
    },
    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } })
      void load(false)
    },
    clearFilters() {
      set({ filters: NO_FILTERS })
      void load(false)
    },
    ensureRange(first, last) {
      lastRange = [first, last]
      const { pages } = get()
      for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++)
        if (!pages.has(p)) void fetchPage(gen, p)
    },
    refresh: () => void load(true),
    row(index) {
      return get().pages.get(Math.floor(index / PAGE))?.[index % PAGE]
    },
  }
})
