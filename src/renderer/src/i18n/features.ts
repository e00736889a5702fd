// Each screen's strings: one file per feature and language, registered here under the feature's
// name (its key prefix at runtime) and typed per feature by feature-text.ts. The Chinese map must
// hold every English feature, each typed by its English file, so a missing one fails the typecheck.
import type { Widen } from './widen'
import { applyEn } from './apply.en'
import { auditEn } from './audit.en'
import { auditZh } from './audit.zh'
import { applyZh } from './apply.zh'
import { demoEn } from './demo.en'
import { demoZh } from './demo.zh'
import { batchEn } from './batch.en'
import { batchZh } from './batch.zh'
import { profilesEn } from './profiles.en'
import { profilesZh } from './profiles.zh'
import { scheduleModesEn } from './schedule-modes.en'
import { scheduleModesZh } from './schedule-modes.zh'
import { devicesEn } from './devices.en'
import { devicesZh } from './devices.zh'
import { enrollEn } from './enroll.en'
import { enrollZh } from './enroll.zh'
import { eventsEn } from './events.en'
import { eventsZh } from './events.zh'
import { maintenanceEn } from './maintenance.en'
import { maintenanceZh } from './maintenance.zh'
import { overviewEn } from './overview.en'
import { pendingEn } from './pending.en'
import { pendingZh } from './pending.zh'
import { overviewZh } from './overview.zh'
import { personDrawerEn } from './person-drawer.en'
import { personDrawerZh } from './person-drawer.zh'
import { personFormEn } from './person-form.en'
import { personFormZh } from './person-form.zh'
import { personImportEn } from './person-import.en'
import { personImportZh } from './person-import.zh'
import { personsEn } from './persons.en'
import { personsZh } from './persons.zh'
import { schedulesEn } from './schedules.en'
import { schedulesZh } from './schedules.zh'
import { settingsEn } from './settings.en'
import { settingsZh } from './settings.zh'
import { terminalOpsEn } from './terminal-ops.en'
import { terminalOpsZh } from './terminal-ops.zh'
import { terminalEn } from './terminal.en'
import { terminalZh } from './terminal.zh'
import { rulesEn } from './rules.en'
import { rulesZh } from './rules.zh'
import { terminalDocumentsEn } from './terminal-documents.en'
import { terminalDocumentsZh } from './terminal-documents.zh'
import { faceLibraryManageEn } from './face-library-manage.en'
import { faceLibraryManageZh } from './face-library-manage.zh'
import { webcamEn } from './webcam.en'
import { webcamZh } from './webcam.zh'
import { onboardEn } from './onboard.en'
import { onboardZh } from './onboard.zh'
import { importTasksEn } from './import-tasks.en'
import { importTasksZh } from './import-tasks.zh'
import { personListEn } from './person-list.en'
import { personListZh } from './person-list.zh'
import { terminalMoreEn } from './terminal-more.en'
import { terminalMoreZh } from './terminal-more.zh'
import { credentialsEn } from './credentials.en'
import { credentialsZh } from './credentials.zh'

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
  credentials: credentialsEn,
} as const
export type FeaturesEn = typeof featuresEn

export const featuresZh: { [N in keyof FeaturesEn]: Widen<FeaturesEn[N]> } = {
  overview: overviewZh,
  devices: devicesZh,
  maintenance: maintenanceZh,
  persons: personsZh,
  drawer: personDrawerZh,
  webcam: webcamZh,
  form: personFormZh,
  import: personImportZh,
  enroll: enrollZh,
  schedules: schedulesZh,
  apply: applyZh,
  events: eventsZh,
  settings: settingsZh,
  terminalOps: terminalOpsZh,
  terminal: terminalZh,
  demo: demoZh,
  scheduleModes: scheduleModesZh,
  batch: batchZh,
  pending: pendingZh,
  profiles: profilesZh,
  rules: rulesZh,
  audit: auditZh,
  onboard: onboardZh,
  terminalDocuments: terminalDocumentsZh,
  faceLibraryManage: faceLibraryManageZh,
  importTasks: importTasksZh,
  personList: personListZh,
  terminalMore: terminalMoreZh,
  credentials: credentialsZh,
}
