// The Terminal page sections of the access rules, health screening, attendance and event
// settings (guide 21.23–21.28, 21.32): each the generic form of its registry group, with the
// group's actions above it. Joined to TERMINAL_SECTIONS by sections.ts.
import { configSection, offersGroup } from '../ConfigSection'
import type { TerminalSection } from '../sections'
import { FaceLibrariesSection } from './FaceLibrariesSection'
import { AccessRulesActions, AttendanceTemplates, EventConfigActions } from './RulesActions'

export const RULES_SECTIONS: readonly TerminalSection[] = [
  {
    id: 'access-rules',
    label: 'section.accessRules',
    component: configSection('accessRules', AccessRulesActions),
    offered: offersGroup('accessRules'),
  },
  {
    id: 'health',
    label: 'section.health',
    component: configSection('health'),
    offered: offersGroup('health'),
  },
  {
    id: 'attendance',
    label: 'section.attendance',
    component: configSection('attendance', AttendanceTemplates),
    offered: offersGroup('attendance'),
  },
  {
    id: 'face-libraries',
    label: 'section.faceLibraries',
    component: FaceLibrariesSection,
    offered: (caps) => caps.summary?.face === true,
  },
  {
    id: 'event-config',
    label: 'section.eventConfig',
    component: configSection('eventConfig', EventConfigActions),
    offered: offersGroup('eventConfig'),
  },
]
