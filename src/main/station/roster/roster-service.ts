// The roster is the desired truth: every change is validated here, written in one
// transaction with its audit entry, and announced as roster.changed.
import type { ParsedArgsOf } from '@shared/api'
import type { Card, FaceMeta, Fingerprint, Iris, PersonDetail } from '@shared/model'
import { DEFAULT_VALIDITY, toPerson, type PersonRecord } from '../../store/persons-repo'
import { normaliseGroups } from '../../store/access-groups-repo'
import type { StationContext } from '../context'
import { normaliseFace } from './face-normaliser'
import { searchFilters } from './search-filters'
import { codedFailure } from '@shared/coded-failure'

export function rosterService(ctx: StationContext) {
  const { store } = ctx
  const now = () => ctx.clock.now().toISOString()
  const audit = (action: string, employeeNo: string, details?: Record<string, unknown>) =>
    ctx.audit(action, `person:${employeeNo}`, details ?? null)
  const changed = (...employeeNos: string[]) => ctx.bus.emit('roster.changed', { employeeNos })

  const requirePerson = (employeeNo: string): PersonRecord => {
    const record = store.persons.get(employeeNo)
    if (!record) throw codedFailure('NOT_FOUND', 'personMissing', { employeeNo }, { employeeNo })
    return record
  }

  const detail = (employeeNo: string): PersonDetail => {
    const record = requirePerson(employeeNo)
    const c = store.credentials
    return {
      ...toPerson(record),
      cards: c.cards.of(employeeNo),
      fingerprints: c.fingerprints.of(employeeNo).map(({ template: _t, ...meta }) => meta),
      groups: store.groups.of(employeeNo),
      face: c.faces.meta(employeeNo),
      irises: c.irises.of(employeeNo).map(({ data: _d, ...meta }) => meta),
    }
  }

  /** Builds the stored record from validated input; `existing` keeps createdAt and the PIN. */
  const toRecord = (
    input: ParsedArgsOf<'persons.save'>,
    existing: PersonRecord | undefined,
    at: string,
  ): PersonRecord => ({
    employeeNo: input.employeeNo,
    name: input.name,
    userType: input.userType,
    gender: input.gender,
    valid: input.valid ?? existing?.valid ?? DEFAULT_VALIDITY,
    doorRights: [...new Set(input.doorRights)].sort((a, b) => a - b),
    planTemplateNo: input.planTemplateNo,
    pinSealed:
      input.pin !== undefined ? ctx.secrets.seal(input.pin) : (existing?.pinSealed ?? null),
    groupName: input.groups ? (normaliseGroups(input.groups)[0] ?? '') : input.groupName,
    notes: input.notes,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  })

  /** The person's other groups after a save: all given ones but the first, or those kept. */
  const putGroups = (input: ParsedArgsOf<'persons.save'>): void => {
    const groups = input.groups ? normaliseGroups(input.groups) : store.groups.of(input.employeeNo)
    store.groups.setOthers(
      input.employeeNo,
      groups.filter((g) => g !== store.persons.get(input.employeeNo)?.groupName),
    )
  }

  const addCard = (card: Card, at: string) => {
    const owner = store.credentials.cards.owner(card.cardNo)
    if (owner !== undefined && owner !== card.employeeNo) {
      throw codedFailure(
        'CONFLICT',
        'cardOwned',
        { cardNo: card.cardNo, owner },
        { cardNo: card.cardNo, owner },
      )
    }
    store.credentials.cards.put(card, at)
  }

  return {
    detail,
    toRecord,
    putGroups,
    addCard,
    search: ({ query, offset, limit, sort, ...filters }: ParsedArgsOf<'persons.search'>) =>
      store.search.search(query, offset, limit, searchFilters(filters), sort),

    save(input: ParsedArgsOf<'persons.save'>): PersonDetail {
      const at = now()
      store.tx(() => {
        const existing = store.persons.get(input.employeeNo)
        if (existing && input.create) {
          throw codedFailure(
            'CONFLICT',
            'employeeNoTaken',
            { employeeNo: input.employeeNo, name: existing.name },
            { employeeNo: input.employeeNo, name: existing.name },
          )
        }
        store.persons.put(toRecord(input, existing, at))
        putGroups(input)
        audit(existing ? 'person.update' : 'person.create', input.employeeNo, { name: input.name })
      })
      changed(input.employeeNo)
      return detail(input.employeeNo)
    },

    remove(employeeNo: string): { removed: boolean } {
      const removed = store.tx(() => {
        const gone = store.persons.remove(employeeNo)
        if (gone) audit('person.remove', employeeNo)
        return gone
      })
      if (removed) changed(employeeNo)
      return { removed }
    },

    addCardTo(args: ParsedArgsOf<'persons.addCard'>): PersonDetail {
      requirePerson(args.employeeNo)
      store.tx(() => {
        addCard(args, now())
        audit('card.add', args.employeeNo, { cardNo: args.cardNo, cardType: args.cardType })
      })
      changed(args.employeeNo)
      return detail(args.employeeNo)
    },

    removeCard(employeeNo: string, cardNo: string): PersonDetail {
      requirePerson(employeeNo)
      store.tx(() => {
        if (!store.credentials.cards.remove(employeeNo, cardNo))
          throw codedFailure('NOT_FOUND', 'personHasNoCard', { employeeNo, cardNo })
        audit('card.remove', employeeNo, { cardNo })
      })
      changed(employeeNo)
      return detail(employeeNo)
    },

    async setFace(
      employeeNo: string,
      jpeg: Buffer,
      source: FaceMeta['source'],
    ): Promise<PersonDetail> {
      requirePerson(employeeNo)
      const face = await normaliseFace(jpeg)
      const meta: FaceMeta = {
        employeeNo,
        bytes: face.bytes,
        width: face.width,
        height: face.height,
        sha256: face.sha256,
        source,
        capturedAt: now(),
      }
      store.tx(() => {
        requirePerson(employeeNo) // may have been removed while the picture was being normalised
        store.credentials.faces.put(meta, face.jpeg)
        audit('face.set', employeeNo, { source, bytes: face.bytes, reencoded: face.changed })
      })
      changed(employeeNo)
      return detail(employeeNo)
    },

    /** A fingerprint template captured on a terminal (or pulled from one). */
    putFingerprint(fp: Fingerprint): PersonDetail {
      requirePerson(fp.employeeNo)
      store.tx(() => {
        store.credentials.fingerprints.put(fp, now())
        audit('fingerprint.set', fp.employeeNo, {
          fingerId: fp.fingerId,
          quality: fp.quality,
          sourceModel: fp.sourceModel,
        })
      })
      changed(fp.employeeNo)
      return detail(fp.employeeNo)
    },

    /** Iris data captured on a terminal (or pulled from one). */
    putIris(iris: Iris): PersonDetail {
      requirePerson(iris.employeeNo)
      store.tx(() => {
        store.credentials.irises.put(iris, now())
        audit('iris.set', iris.employeeNo, { eye: iris.eye, sourceModel: iris.sourceModel })
      })
      changed(iris.employeeNo)
      return detail(iris.employeeNo)
    },

    face(employeeNo: string): { jpegBase64: string; meta: FaceMeta } | null {
      const meta = store.credentials.faces.meta(employeeNo)
      const jpeg = store.credentials.faces.jpeg(employeeNo)
      return meta && jpeg ? { jpegBase64: jpeg.toString('base64'), meta } : null
    },

    removeCredential(
      employeeNo: string,
      what: 'face' | { fingerId: number } | { eye: 'left' | 'right' },
    ): PersonDetail {
      requirePerson(employeeNo)
      const c = store.credentials
      store.tx(() => {
        const gone =
          what === 'face'
            ? c.faces.remove(employeeNo)
            : 'fingerId' in what
              ? c.fingerprints.remove(employeeNo, what.fingerId)
              : c.irises.remove(employeeNo, what.eye)
        if (!gone)
          throw codedFailure('NOT_FOUND', 'personHasNoCredential', { employeeNo }, { what })
        audit(
          what === 'face'
            ? 'face.remove'
            : 'fingerId' in what
              ? 'fingerprint.remove'
              : 'iris.remove',
          employeeNo,
          what === 'face' ? undefined : what,
        )
      })
      changed(employeeNo)
      return detail(employeeNo)
    },
  }
}

export type RosterService = ReturnType<typeof rosterService>
