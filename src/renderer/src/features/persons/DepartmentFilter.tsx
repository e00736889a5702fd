// The Persons filter by department: a path from the tree, with its sub-departments when ticked;
// and the way into the department editor.
import { Button, Checkbox, Select } from '@mantine/core'
import { IconSitemap } from '@tabler/icons-react'
import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { usePersonListText } from '../../i18n/feature-hooks'
import { DepartmentsDialog } from './DepartmentsDialog'
import { usePersonsList } from './list-store'

export function DepartmentFilter() {
  const { t } = usePersonListText()
  const { departments, filters, setFilters } = usePersonsList(
    useShallow((s) => ({
      departments: s.departments,
      filters: s.filters,
      setFilters: s.setFilters,
    })),
  )
  const [editing, setEditing] = useState(false)
  return (
    <>
      <Select
        aria-label={t('department')}
        placeholder={t('allDepartments')}
        data={departments.map((d) => ({
          value: d.path,
          label: `${d.path} (${filters.subDepartments ? d.total : d.persons})`,
        }))}
        value={filters.department}
        onChange={(v) => setFilters({ department: v })}
        clearable
        searchable
        w={210}
        data-testid="department-filter"
      />
      <Checkbox
        label={t('subDepartments')}
        checked={filters.subDepartments}
        onChange={(e) => setFilters({ subDepartments: e.currentTarget.checked })}
      />
      <Button
        variant="default"
        leftSection={<IconSitemap size={16} aria-hidden />}
        onClick={() => setEditing(true)}
      >
        {t('departments.open')}
      </Button>
      {editing && <DepartmentsDialog onClose={() => setEditing(false)} />}
    </>
  )
}
