// The Chinese strings of every feature of features.ts, under the same names. Apart from
// features.ts so that they are a chunk of their own, loaded when Chinese is chosen (index.ts):
// the first screen in English does not download them.
import type { FeaturesEn } from './features'
import type { Widen } from './widen'
import { auditZh } from './audit.zh'
import { applyZh } from './apply.zh'
import { demoZh } from './demo.zh'
import { batchZh } from './batch.zh'
import { profilesZh } from './profiles.zh'
import { scheduleModesZh } from './schedule-modes.zh'
import { devicesZh } from './devices.zh'
import { enrollZh } from './enroll.zh'
import { eventsZh } from './events.zh'
import { maintenanceZh } from './maintenance.zh'
import { pendingZh } from './pending.zh'
import { overviewZh } from './overview.zh'
import { personDrawerZh } from './person-drawer.zh'
import { personFormZh } from './person-form.zh'
import { personImportZh } from './person-import.zh'
import { personsZh } from './persons.zh'
import { schedulesZh } from './schedules.zh'
import { settingsZh } from './settings.zh'
import { terminalOpsZh } from './terminal-ops.zh'
import { terminalZh } from './terminal.zh'
import { rulesZh } from './rules.zh'
import { terminalDocumentsZh } from './terminal-documents.zh'
import { faceLibraryManageZh } from './face-library-manage.zh'
import { webcamZh } from './webcam.zh'
import { onboardZh } from './onboard.zh'
import { importTasksZh } from './import-tasks.zh'
import { personListZh } from './person-list.zh'
import { terminalMoreZh } from './terminal-more.zh'
import { accountsCertsZh } from './accounts-certs.zh'
import { credentialsZh } from './credentials.zh'
import { voiceZh } from './voice.zh'

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
  accountsCerts: accountsCertsZh,
  credentials: credentialsZh,
  voice: voiceZh,
}
