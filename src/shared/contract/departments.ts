// Departments: a tree of paths ("HQ/Front office"); a person belongs to one (persons' group
// field holds the path). Moving or renaming a department carries its sub-departments and
// persons; a department is removed only when empty.
import { z } from 'zod'
import { method } from './method'

export const departmentPath = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^/]+(\/[^/]+)*$/, 'a path such as HQ/Front office (no empty parts, no / at either end)')

export interface Department {
  path: string
  /** Persons in this department itself. */
  persons: number
  /** Persons here and in every sub-department. */
  total: number
}

export const departmentsApi = {
  'departments.list': method<Department[]>()(z.object({}).strict()),
  'departments.add': method<Department[]>()(z.object({ path: departmentPath }).strict()),
  /** Renames or moves a department (its sub-departments and persons follow). */
  'departments.move': method<{ persons: number }>()(
    z.object({ from: departmentPath, to: departmentPath }).strict(),
  ),
  /** Only an empty department (no persons, no sub-departments) is removed. */
  'departments.remove': method<{ removed: boolean }>()(z.object({ path: departmentPath }).strict()),
}
