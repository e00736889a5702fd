import {
  IconCalendarEvent,
  IconClockHour4,
  IconDeviceDesktop,
  IconFingerprint,
  IconLayoutDashboard,
  IconAdjustmentsCheck,
  IconSend,
  IconSettings,
  IconUsers,
  IconHistory,
} from '@tabler/icons-react'
import type { Section } from './nav-store'

export const NAV_ICONS: Record<Section, typeof IconUsers> = {
  overview: IconLayoutDashboard,
  devices: IconDeviceDesktop,
  persons: IconUsers,
  enroll: IconFingerprint,
  schedules: IconClockHour4,
  profiles: IconAdjustmentsCheck,
  apply: IconSend,
  events: IconCalendarEvent,
  audit: IconHistory,
  settings: IconSettings,
}
