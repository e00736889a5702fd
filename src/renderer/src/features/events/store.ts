// The event feed: a search (events.search, newest first) that live 'event.access' pushes join
// when they match it; pictures loaded once per event on demand; the hourly chart (events.stats).
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { AccessEvent } from '@shared/model'
import type { AppError, Result } from '@shared/result'
import { station } from '../../lib/station'

export type EventFilter = ArgsOf<'events.export'>
export type Kind = NonNullable<EventFilter['kinds']>[number]
export interface HourStat {
  hour: string
  granted: number
  denied: number
}

const PAGE = 500
const KEEP = 5000

/** The station's kind of the event: for live matching and colour. */
export const kindOf = (e: AccessEvent): Kind => e.kind

function matches(e: AccessEvent, f: EventFilter): boolean {
  if (f.deviceId && e.deviceId !== f.deviceId) return false
  if (f.employeeNo && e.employeeNo !== f.employeeNo) return false
  // a live event carries its own name only (the roster's name is matched by the station's search)
  const named = (text: string) => e.name?.toLowerCase().includes(text.trim().toLowerCase()) ?? false
  if (f.name && !named(f.name)) return false
  if (f.person && e.employeeNo !== f.person.trim() && !named(f.person)) return false
  if (f.from && Date.parse(e.time) < Date.parse(f.from)) return false
  if (f.to && Date.parse(e.time) > Date.parse(f.to)) return false
  if (f.granted !== undefined && e.granted !== f.granted) return false
  if (f.kinds && !f.kinds.includes(kindOf(e))) return false
  return true
}

interface EventsState {
  filter: EventFilter
  items: AccessEvent[]
  total: number | null
  searching: boolean
  error: AppError | null
  pictures: Record<string, string | null>
  stats: HourStat[] | null
  search(filter?: EventFilter): Promise<void>
  picture(eventId: string): void
  loadStats(): Promise<void>
  exportCsv(): Promise<Result<{ csv: string; rows: number }>>
}

let searchId = 0
const loading = new Set<string>()
const attempts = new Map<string, number>()
const PICTURE_TRIES = 5

export const useEvents = create<EventsState>((set, get) => {
  let statsTimer: ReturnType<typeof setTimeout> | null = null
  station.on('event.access', (e) => {
    const { filter, items, total } = get()
    if (items.some((i) => i.id === e.id)) return
    if (!matches(e, filter)) return
    set({ items: [e, ...items].slice(0, KEEP), total: (total ?? 0) + 1 })
    statsTimer ??= setTimeout(() => {
      statsTimer = null
      void get().loadStats()
    }, 2000)
  })

  // browser mode's socket came back (or the station restarted): pushes sent in the gap were
  // lost to this page, so a feed that was shown is searched again
  station.on('station.ready', () => {
    if (get().total === null) return
    void get().search()
    if (get().stats !== null) void get().loadStats()
  })

  return {
    filter: {},
    items: [],
    total: null,
    searching: false,
    error: null,
    pictures: {},
    stats: null,
    async search(filter = get().filter) {
      const id = ++searchId
      set({ filter, searching: true })
      const r = await station.events.search({ ...filter, limit: PAGE })
      if (id !== searchId) return
      set(
        r.ok
          ? { items: r.value.items, total: r.value.total, searching: false, error: null }
          : { searching: false, error: r.error },
      )
    },
    picture(eventId) {
      if (eventId in get().pictures || loading.has(eventId)) return
      loading.add(eventId)
      void station.events.picture({ eventId }).then((r) => {
        if (r.ok && !r.value && (attempts.get(eventId) ?? 0) < PICTURE_TRIES) {
          // the station may still be fetching it from the terminal: ask again shortly
          attempts.set(eventId, (attempts.get(eventId) ?? 0) + 1)
          setTimeout(() => {
            loading.delete(eventId)
            get().picture(eventId)
          }, 1000)
          return
        }
        loading.delete(eventId)
        attempts.delete(eventId)
        set({
          pictures: {
            ...get().pictures,
            [eventId]: r.ok && r.value ? `data:image/jpeg;base64,${r.value.jpegBase64}` : null,
          },
        })
      })
    },
    async loadStats() {
      const to = new Date()
      to.setMinutes(59, 59, 999)
      const from = new Date(to.getTime() - 24 * 3600_000 + 1)
      const deviceId = get().filter.deviceId
      const r = await station.events.stats({
        from: from.toISOString(),
        to: to.toISOString(),
        ...(deviceId ? { deviceId } : {}),
      })
      if (r.ok) set({ stats: r.value })
    },
    exportCsv: () => station.events.export(get().filter),
  }
})
