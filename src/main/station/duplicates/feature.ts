import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { findDuplicates, membersOf, withoutDismissed } from './duplicates'
import { faceCheck } from './face-check'
import { codedFailure } from '@shared/coded-failure'

export function duplicatesFeature(ctx: StationContext, devices: DeviceService): Feature {
  const db = ctx.store.db
  const faces = faceCheck(ctx, devices)
  const all = () => [...findDuplicates(db), ...withoutDismissed(db, faces.groups())]
  return {
    handlers: {
      'persons.duplicates': () => all(),
      'persons.checkFaces': (input) => faces.check(input),
      'persons.cancelFaceCheck': () => faces.cancel(),
      'persons.dismissDuplicate': ({ kind, key }) => {
        const group = all().find((g) => g.kind === kind && g.key === key)
        if (!group) throw codedFailure('NOT_FOUND', 'duplicateGone', {}, { kind, key })
        const at = ctx.clock.now().toISOString()
        ctx.store.tx(() => {
          db.prepare(
            `INSERT INTO duplicate_dismissals (kind, key, members, dismissed_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (kind, key) DO UPDATE SET members = excluded.members, dismissed_at = excluded.dismissed_at`,
          ).run(kind, key, membersOf(group), at)
          ctx.audit('duplicate.dismiss', `duplicate:${kind}:${key}`, {
            members: group.members.map((m) => m.employeeNo),
          })
        })
        return { dismissed: true }
      },
    },
    close: () => faces.close(),
  }
}
