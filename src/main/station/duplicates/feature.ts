import type { StationContext } from '../context'
import type { Feature } from '../feature'
import { findDuplicates, membersOf } from './duplicates'
import { codedFailure } from '@shared/coded-failure'

export function duplicatesFeature(ctx: StationContext): Feature {
  const db = ctx.store.db
  return {
    handlers: {
      'persons.duplicates': () => findDuplicates(db),
      'persons.dismissDuplicate': ({ kind, key }) => {
        const group = findDuplicates(db).find((g) => g.kind === kind && g.key === key)
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
  }
}
