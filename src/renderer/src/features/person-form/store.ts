// The add / edit dialog: which person it edits, and the save that checks first.
import { create } from 'zustand'
import type { ArgsOf } from '@shared/api'
import type { PersonDetail } from '@shared/model'
import type { Result } from '@shared/result'
import { station } from '../../lib/station'
import { deviceLimits, type DeviceLimits } from './device-limits'

interface FormState {
  /** 'new', the person being edited, or null when closed. */
  editing: 'new' | PersonDetail | null
  groups: string[]
  /** The terminals' limits; null when no terminal's capabilities are known. */
  limits: DeviceLimits | null
  openNew(): void
  openEdit(person: PersonDetail): void
  close(): void
  save(input: ArgsOf<'persons.save'>): Promise<Result<PersonDetail>>
}

export const usePersonForm = create<FormState>((set, get) => {
  const loadGroups = async () => {
    const [groups, devices] = await Promise.all([station.persons.groups(), station.devices.list()])
    if (groups.ok) set({ groups: groups.value.map((g) => g.name).filter(Boolean) })
    set({ limits: devices.ok ? deviceLimits(devices.value) : null })
  }
  return {
    editing: null,
    groups: [],
    limits: null,
    openNew() {
      set({ editing: 'new' })
      void loadGroups()
    },
    openEdit(person) {
      set({ editing: person })
      void loadGroups()
    },
    close: () => set({ editing: null }),
    async save(input) {
      // persons.save upserts; a new person must not silently overwrite an existing one.
      const creating = get().editing === 'new'
      const r = await station.persons.save(creating ? { ...input, create: true } : input)
      if (r.ok) set({ editing: null })
      return r
    },
  }
})
