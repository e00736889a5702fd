// The department tree over the roster: every path a person names counts as a department
// (with its parents) even when not entered; moves carry sub-departments and persons in one
// transaction; removal only of an empty department.
import type { Department } from '@shared/contract/departments'
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { Feature } from '../feature'

export function departmentsFeature(ctx: StationContext): Feature {
  const { store } = ctx
  const list = (): Department[] => {
    const direct = new Map<string, number>()
    for (const d of store.departments.list()) direct.set(d.path, d.persons)
    for (const g of store.persons.groups()) {
      const parts = g.name.split('/')
      for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/')
        if (!direct.has(parent)) direct.set(parent, 0)
      }
      direct.set(g.name, g.persons)
    }
    const paths = [...direct.keys()].sort()
    return paths.map((path) => ({
      path,
      persons: direct.get(path)!,
      total: paths
        .filter((p) => p === path || p.startsWith(`${path}/`))
        .reduce((n, p) => n + direct.get(p)!, 0),
    }))
  }
  const exists = (path: string) => list().some((d) => d.path === path)
  return {
    handlers: {
      'departments.list': () => list(),
      'departments.add': ({ path }) => {
        if (exists(path))
          throw new AppFailure('CONFLICT', `There is already a department “${path}”.`, {
            reason: { code: 'departmentExists', params: { path } },
          })
        store.departments.add(path)
        return list()
      },
      'departments.move': ({ from, to }) => {
        if (!exists(from))
          throw new AppFailure('NOT_FOUND', `There is no department “${from}”.`, {
            reason: { code: 'departmentMissing', params: { path: from } },
          })
        if (to === from || to.startsWith(`${from}/`))
          throw new AppFailure('INVALID_ARGS', `Department “${from}” cannot move into itself.`, {
            reason: { code: 'departmentIntoItself', params: { from, to } },
          })
        if (exists(to))
          throw new AppFailure('CONFLICT', `There is already a department “${to}”.`, {
            reason: { code: 'departmentExists', params: { path: to } },
          })
        const moved = store.departments.members(from)
        const persons = store.tx(() => {
          // enter the paths persons name, so the whole subtree moves as rows
          for (const d of list())
            if (d.path === from || d.path.startsWith(`${from}/`)) store.departments.add(d.path)
          const n = store.departments.move(from, to)
          store.departments.add(to)
          ctx.audit('department.move', `department:${from}`, { to, persons: n })
          return n
        })
        if (moved.length > 0) ctx.bus.emit('roster.changed', { employeeNos: moved })
        return { persons }
      },
      'departments.remove': ({ path }) => {
        const d = list().find((x) => x.path === path)
        if (!d)
          throw new AppFailure('NOT_FOUND', `There is no department “${path}”.`, {
            reason: { code: 'departmentMissing', params: { path } },
          })
        const below = list().filter((x) => x.path.startsWith(`${path}/`)).length
        if (d.total > 0 || below > 0)
          throw new AppFailure(
            'CONFLICT',
            `Department “${path}” still holds ${d.total} person(s) and ${below} sub-department(s).`,
            { reason: { code: 'departmentNotEmpty', params: { path, persons: d.total, below } } },
          )
        return { removed: store.departments.remove(path) }
      },
    },
  }
}
