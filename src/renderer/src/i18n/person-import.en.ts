// CSV import dialog strings (English).
export const personImportEn = {
  title: 'Import persons from CSV',
  intro:
    'One person per line. Columns: employeeNo and name (required); optional group, type, gender, validFrom, validTo, doorRights, planTemplateNo, cards (separated by ;), notes. Existing employee numbers are updated.',
  allOrNothing:
    'A file with any bad line is refused as a whole; nothing is written until every line is right.',
  pick: 'Choose CSV file',
  file: 'File: {{name}} ({{kb}} KB)',
  start: 'Import',
  running: 'Importing {{name}}…',
  done: 'Imported {{rows}} rows: {{created}} new, {{updated}} updated, {{cards}} cards.',
  refused: 'Nothing was imported',
  refusedBody_one: 'The file has {{count}} problem. Fix it and import again.',
  refusedBody_other: 'The file has {{count}} problems. Fix them and import again.',
  more: '…and {{count}} more.',
  line: 'Line',
  problem: 'Problem',
  errorsLabel: 'Problems in the file',
} as const
