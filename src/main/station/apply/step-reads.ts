// What a run's steps read of the roster before each step: the person and whether the rules send
// them to this terminal. A person's steps (person, card, face…) run back to back, so these are
// kept per person while the database's write mark stays the same — a read again would give the
// same answer — and read afresh after any write, here or by another process. A verdict that
// depends on the clock (a validity that is on) is never kept.
import type { Store } from '../../store'
import type { PersonRecord } from '../../store/persons-repo'

interface Kept {
  person: PersonRecord | undefined
  assigned?: boolean
}

export class StepReads {
  private mark = ''
  private readonly kept = new Map<string, Kept>()

  constructor(
    private readonly store: Store,
    /** Whether the rules send this person to the terminal now (asks the rules and the clock). */
    private readonly assignedNow: (person: PersonRecord) => boolean,
  ) {}

  /** The roster's person now (undefined: not in the roster). */
  person(employeeNo: string): PersonRecord | undefined {
    const mark = this.store.writeMark()
    if (mark !== this.mark) {
      this.mark = mark
      this.kept.clear()
    }
    let kept = this.kept.get(employeeNo)
    if (!kept) this.kept.set(employeeNo, (kept = { person: this.store.persons.get(employeeNo) }))
    return kept.person
  }

  /** Whether the rules send this person (as just read by `person`) to the terminal now. */
  assigned(person: PersonRecord): boolean {
    if (person.valid.enable) return this.assignedNow(person)
    const kept = this.kept.get(person.employeeNo)
    if (kept?.person !== person) return this.assignedNow(person)
    return (kept.assigned ??= this.assignedNow(person))
  }

  /** A person's steps are finished here: nothing of theirs is kept. */
  forget(employeeNo: string): void {
    this.kept.delete(employeeNo)
  }
}
