import { Badge, Box, Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconId } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { usePendingText } from '../../i18n/feature-hooks'
import { bridgeKind } from '../../lib/station'
import { usePending } from '../apply/pending-store'
import { NAV_ICONS } from './nav-icons'
import { SECTIONS, useNav } from './nav-store'

/**
 * The count of persons waiting, on its own: it changes every second while an apply runs, and
 * only the badge re-renders, not the navigation around it.
 */
function PendingBadge() {
  const { t: tp } = usePendingText()
  const waiting = usePending((s) => s.waitingPersons)
  if (waiting <= 0) return null
  return (
    <Badge
      size="sm"
      circle={waiting < 10}
      data-testid="nav-pending"
      aria-label={tp('navBadge', { count: waiting })}
    >
      {waiting > 999 ? '999+' : waiting}
    </Badge>
  )
}

export function Sidebar() {
  const { t } = useTranslation()
  const { section, go } = useNav(useShallow((s) => ({ section: s.section, go: s.go })))
  const loadCounts = usePending((s) => s.loadCounts)
  useEffect(() => void loadCounts(), [loadCounts])
  return (
    <Stack h="100%" gap="xs" p="sm">
      <Group gap={10} px={6} py="sm" wrap="nowrap">
        <ThemeIcon size={32} radius="md" aria-hidden>
          <IconId size={20} />
        </ThemeIcon>
        <Text fw={650} fz={15} style={{ whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Text>
      </Group>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {SECTIONS.map((s) => {
          const Icon = NAV_ICONS[s]
          return (
            <li key={s}>
              <NavLink
                component="button"
                type="button"
                label={t(`nav.${s}`)}
                leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
                rightSection={s === 'apply' ? <PendingBadge /> : undefined}
                active={s === section}
                aria-current={s === section ? 'page' : undefined}
                onClick={() => go(s)}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            </li>
          )
        })}
      </Box>
      <Text size="xs" c="dimmed" mt="auto" px="xs" data-testid="bridge-kind">
        {bridgeKind === 'electron' ? t('app.desktop') : t('app.browser')}
      </Text>
    </Stack>
  )
}
