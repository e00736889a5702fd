// "Import tasks on this terminal" (features/terminal/sections/ImportTasks.tsx), in the Terminal
// documents section.
export const importTasksEn = {
  title: 'Import tasks on this terminal',
  lead: 'Imports of persons or pictures that another tool started on the terminal and the terminal runs by itself. The station shows their progress and can delete one; it does not start them.',
  refresh: 'Refresh',
  none: 'No import tasks on this terminal.',
  notOffered: 'This terminal does not run {{kinds}} imports.',
  kind: { persons: 'Persons', pictures: 'Pictures' },
  column: {
    kind: 'Kind',
    task: 'Task',
    status: 'Status',
    progress: 'Progress',
    counts: 'Done / failed / total',
  },
  delete: 'Delete',
  deleteFor: 'Delete task {{task}}',
  deleteConfirm: 'Delete task {{task}}? The tool that started it loses what is not imported yet.',
  confirm: 'Delete',
  cancel: 'Cancel',
  deleted: 'Task {{task}} deleted on the terminal.',
  unknown: '—',
} as const
