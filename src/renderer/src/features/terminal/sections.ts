// The Terminal page's sections: ONE registry. A section is added by adding one entry here
// (its label under `section.<id>` in i18n/terminal.en.ts and .zh.ts); the page shows the
// offered ones as tabs, in this order, and names the others in one muted line.
import type { ComponentType } from 'react'
import type { FeatureKey } from '../../i18n/feature-text'
import type { terminalEn } from '../../i18n/terminal.en'
import type { ConfigResourceInfo } from '@shared/contract/config'
import type { BindingTargets, Device, DeviceCapabilitySummary } from '@shared/model'
import { configSection, offersGroup } from './ConfigSection'
import { SummarySection } from './SummarySection'
import { SyncNow } from './SyncNow'
import { AccountsSection } from './sections/AccountsSection'
import { CertificatesPanel } from './sections/CertificatesPanel'
import { DoorsSection } from './sections/DoorsSection'
import { RULES_SECTIONS } from './sections/rules-sections'
import { EventsSection } from './sections/EventsSection'
import { TerminalDocumentsSection } from './sections/TerminalDocumentsSection'
import { LogSection } from './sections/LogSection'
import { PictureRestore } from './sections/PictureRestore'
import { MaintenanceSection } from './sections/MaintenanceSection'
import { IdBlockListSection } from './sections/IdBlockListSection'
import { VoiceHolidayPlans } from './sections/VoiceHolidayPlans'
import { offersBindings, SchedulesBoundSection } from './sections/SchedulesBoundSection'
import {
  offersAccounts,
  offersDoors,
  offersListening,
  offersLog,
  offersMaintenance,
} from './sections/offers'

/** What the page knows of a terminal's capabilities when it decides what to offer. */
export interface TerminalCaps {
  /** The station's capability summary (null until the terminal was first read). */
  summary: DeviceCapabilitySummary | null
  /** Ids of the configuration resources the terminal offers (config.list); empty until read. */
  resources: ReadonlySet<string>
  /** The configuration resources it offers, with their groups; null until config.list answers. */
  config: readonly ConfigResourceInfo[] | null
  /** Those it lacks (named in one muted line per section). */
  lacking: readonly ConfigResourceInfo[]
  /** Its readers / doors for reader-authentication and door-status schedules (schedules.targets); null until read. */
  bindingTargets: BindingTargets | null
}

export interface SectionProps {
  device: Device
  caps: TerminalCaps
}

export interface TerminalSection {
  id: string
  label: FeatureKey<typeof terminalEn>
  component: ComponentType<SectionProps>
  /** Whether this terminal offers the section, from its capabilities. */
  offered(caps: TerminalCaps): boolean
}

export const TERMINAL_SECTIONS: readonly TerminalSection[] = [
  { id: 'summary', label: 'section.summary', component: SummarySection, offered: () => true },
  {
    id: 'general',
    label: 'section.general',
    component: configSection('general'),
    offered: offersGroup('general'),
  },
  {
    id: 'time',
    label: 'section.time',
    component: configSection('time', SyncNow),
    offered: offersGroup('time'),
  },
  {
    id: 'authentication',
    label: 'section.authentication',
    component: configSection('authentication'),
    offered: offersGroup('authentication'),
  },
  {
    id: 'door-settings',
    label: 'section.doorSettings',
    component: configSection('doors'),
    offered: offersGroup('doors'),
  },
  {
    id: 'network',
    label: 'section.network',
    component: configSection('network', CertificatesPanel),
    offered: offersGroup('network'),
  },
  {
    id: 'picture',
    label: 'section.picture',
    component: configSection('picture', PictureRestore),
    offered: offersGroup('picture'),
  },
  {
    id: 'voice',
    label: 'section.voice',
    component: configSection('voice', VoiceHolidayPlans),
    offered: offersGroup('voice'),
  },
  {
    id: 'intercom',
    label: 'section.intercom',
    component: configSection('intercom'),
    offered: offersGroup('intercom'),
  },
  {
    id: 'screen',
    label: 'section.screen',
    component: configSection('screen'),
    offered: offersGroup('screen'),
  },
  { id: 'doors', label: 'section.doors', component: DoorsSection, offered: offersDoors },
  ...RULES_SECTIONS,
  {
    id: 'schedules',
    label: 'section.schedules',
    component: SchedulesBoundSection,
    offered: offersBindings,
  },
  {
    id: 'accounts',
    label: 'section.accounts',
    component: AccountsSection,
    offered: offersAccounts,
  },
  { id: 'log', label: 'section.log', component: LogSection, offered: offersLog },
  {
    id: 'documents',
    label: 'section.documents',
    component: TerminalDocumentsSection,
    offered: () => true,
  },
  {
    id: 'maintenance',
    label: 'section.maintenance',
    component: MaintenanceSection,
    offered: offersMaintenance,
  },
  { id: 'events', label: 'section.events', component: EventsSection, offered: offersListening },
  {
    id: 'id-cards',
    label: 'section.idCards',
    component: IdBlockListSection,
    offered: (caps) => caps.summary?.face === true,
  },
]
