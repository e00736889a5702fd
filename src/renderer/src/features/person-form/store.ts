// The add / edit dialog: which person it edits, and the save that checks first.
import { create } from 'zustand'
import type { ArgsOf } from '../../../../shared/api'
import type { PersonDetail } from '../../../../shared/model'
import { fail, type Result } from '../../../../shared/result'
import { station } from '../../lib/station'

interface FormState {
  /** 'new', the person being edited, or null when closed. */
  editing: 'new' | PersonDetail | null
  groups: string[]
  openNew(): void
  openEdit(person: PersonDetail): void
  close(): void
  save(input: ArgsOf<'persons.save'>): Promise<Result<PersonDetail>>
}

export const usePersonForm = create<FormState>((set, get) => {
  const loadGroups = async () => {
    const r = await station.persons.groups()
    if (r.ok) set({ groups: r.value.map((g) => g.name).filter(Boolean) })
  }
  return {
    editing: null,
    groups: [],
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
      if (get().editing === 'new') {
        const existing = await station.persons.get({ employeeNo: input.employeeNo })
        if (existing.ok)
          return fail('CONFLICT', `Employee ${input.employeeNo} already exists.`, {
            employeeNo: input.employeeNo,
          })
      }
      const r = await station.persons.save(input)
      if (r.ok) set({ editing: null })
      return r
    },
  }
})
