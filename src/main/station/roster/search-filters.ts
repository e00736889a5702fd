import type { SearchFilters } from '../../store/search-repo'

/** A search's filters as the store takes them (those not given left out). */
export function searchFilters(f: SearchFilters): SearchFilters {
  const out: SearchFilters = {}
  if (f.groupName !== undefined) out.groupName = f.groupName
  if (f.userType) out.userType = f.userType
  if (f.has) out.has = f.has
  if (f.lacks) out.lacks = f.lacks
  if (f.applyState) out.applyState = f.applyState
  if (f.department !== undefined) {
    out.department = f.department
    out.subDepartments = f.subDepartments === true
  }
  return out
}
