import { create } from 'zustand'
import type { DriftView, Profile, ProfileSection } from '@shared/contract/profiles'
import type { AppError } from '@shared/result'
import { station } from '../../lib/station'

interface ProfilesState {
  profiles: Profile[] | null
  sections: ProfileSection[]
  drift: DriftView[]
  selected: string | null
  error: AppError | null
  load(): Promise<void>
  select(name: string | null): void
  loadDrift(): Promise<void>
}

/** The Profiles screen: profiles, the sections a profile can take, the last drift found. */
export const useProfiles = create<ProfilesState>((set, get) => ({
  profiles: null,
  sections: [],
  drift: [],
  selected: null,
  error: null,
  async load() {
    const [list, sections] = await Promise.all([
      station.profiles.list({}),
      station.profiles.sections({}),
    ])
    if (!list.ok) return set({ error: list.error })
    const selected = get().selected
    set({
      profiles: list.value,
      sections: sections.ok ? sections.value : [],
      error: null,
      selected:
        selected && list.value.some((p) => p.name === selected)
          ? selected
          : (list.value[0]?.name ?? null),
    })
  },
  select: (name) => set({ selected: name }),
  async loadDrift() {
    const r = await station.profiles.driftState({})
    if (r.ok) set({ drift: r.value })
  },
}))
