// Creating and removing static face libraries (features/terminal/sections/FaceLibraryManage.tsx).
export const faceLibraryManageEn = {
  newName: 'New static library',
  create: 'Create',
  created: 'Library created on the terminal.',
  remove: 'Remove a static library',
  removeLead:
    'Removes the library and every face in it from the terminal. Type its name to confirm.',
  which: 'Library',
  confirm: 'Its name, typed again',
  removeButton: 'Remove with its faces',
  removed: 'Library removed from the terminal.',
} as const
