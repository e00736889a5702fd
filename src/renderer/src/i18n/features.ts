// Each screen's strings: one file per feature and language, registered here under the feature's
// name (its key prefix at runtime) and typed per feature by feature-text.ts. The Chinese map is
// in features-zh.ts (loaded only when Chinese is chosen); it must hold every English feature,
// each typed by its English file, so a missing one fails the typecheck.
import { applyEn } from './apply.en'
import { auditEn } from './audit.en'
import { demoEn } from './demo.en'
import { batchEn } from './batch.en'
import { profilesEn } from './profiles.en'
import { scheduleModesEn } from './schedule-modes.en'
import { devicesEn } from './devices.en'
import { enrollEn } from './enroll.en'
import { eventsEn } from './events.en'
import { maintenanceEn } from './maintenance.en'
import { overviewEn } from './overview.en'
import { pendingEn } from './pending.en'
import { personDrawerEn } from './person-drawer.en'
import { personFormEn } from './person-form.en'
import { personImportEn } from './person-import.en'
import { personsEn } from './persons.en'
import { schedulesEn } from './schedules.en'
import { settingsEn } from './settings.en'
import { terminalOpsEn } from './terminal-ops.en'
import { terminalEn } from './terminal.en'
import { rulesEn } from './rules.en'
import { terminalDocumentsEn } from './terminal-documents.en'
import { faceLibraryManageEn } from './face-library-manage.en'
import { webcamEn } from './webcam.en'
import { onboardEn } from './onboard.en'
import { importTasksEn } from './import-tasks.en'
import { personListEn } from './person-list.en'
import { terminalMoreEn } from './terminal-more.en'

import { accountsCertsEn } from './accounts-certs.en'
import { credentialsEn } from './credentials.en'
import { voiceEn } from './voice.en'

export const featuresEn = {
  overview: overviewEn,
  devices: devicesEn,
  maintenance: maintenanceEn,
  persons: personsEn,
  drawer: personDrawerEn,
  webcam: webcamEn,
  form: personFormEn,
  import: personImportEn,
  enroll: enrollEn,
  schedules: schedulesEn,
  apply: applyEn,
  events: eventsEn,
  settings: settingsEn,
  terminalOps: terminalOpsEn,
  terminal: terminalEn,
  demo: demoEn,
  scheduleModes: scheduleModesEn,
  batch: batchEn,
  pending: pendingEn,
  profiles: profilesEn,
  rules: rulesEn,
  audit: auditEn,
  onboard: onboardEn,
  terminalDocuments: terminalDocumentsEn,
  faceLibraryManage: faceLibraryManageEn,
  importTasks: importTasksEn,
  personList: personListEn,
  terminalMore: terminalMoreEn,
  accountsCerts: accountsCertsEn,
  credentials: credentialsEn,
  voice: voiceEn,
} as const
export type FeaturesEn = typeof featuresEn
