import { Alert, Loader, Stack, Tabs, Text } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTerminalText } from '../../i18n/feature-hooks'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useDevices } from '../devices/store'
import { TERMINAL_SECTIONS, type TerminalCaps } from './sections'
import { TerminalHeader } from './TerminalHeader'
import { TerminalCapacity } from './sections/TerminalCapacity'
import type { BindingTargets } from '@shared/model'
import { useTerminal } from './store'
import { useScheduleModes } from '../schedules/modes/modes-store'

/** One terminal: its header and the sections its capabilities offer (sections.ts). */
export function TerminalPage({ id }: { id: string }) {
  const { t } = useTerminalText()
  const { t: tc } = useTranslation()
  const devices = useDevices((s) => s.devices)
  const listError = useDevices((s) => s.error)
  const load = useDevices((s) => s.load)
  useEffect(() => {
    if (devices === null) void load()
  }, [devices, load])
  const device = devices?.find((d) => d.id === id) ?? null
  const online = device?.health === 'online'
  const config = useTerminal((s) => s.config[id])
  const loadConfig = useTerminal((s) => s.loadConfig)
  useEffect(() => {
    if (online) void loadConfig(id)
  }, [id, online, loadConfig])
  const targets = useScheduleModes((s) => s.targets[id])
  const loadTargets = useScheduleModes((s) => s.loadTargets)
  useEffect(() => {
    if (online) void loadTargets(id)
  }, [id, online, loadTargets])
  // the last answer stays while the targets are read again (a write re-reads them), so the
  // section does not vanish in between
  const [lastTargets, setLastTargets] = useState<BindingTargets | null>(null)
  useEffect(() => {
    if (targets && targets !== 'loading') setLastTargets(targets.ok ? targets.value : null)
  }, [targets])
  const bindingTargets = lastTargets?.deviceId === id ? lastTargets : null

  const caps: TerminalCaps = useMemo(
    () => ({
      summary: device?.capabilities ?? null,
      resources: new Set((config ?? []).filter((r) => r.offered).map((r) => r.id)),
      config: config?.filter((r) => r.offered) ?? null,
      lacking: config?.filter((r) => !r.offered) ?? [],
      bindingTargets,
    }),
    [device?.capabilities, config, bindingTargets],
  )
  const offered = TERMINAL_SECTIONS.filter((s) => s.offered(caps))
  const lacking = TERMINAL_SECTIONS.filter((s) => !s.offered(caps))
  const [tab, setTab] = useState<string | null>(null)
  const active = offered.some((s) => s.id === tab) ? tab : (offered[0]?.id ?? null)

  if (listError) return <ErrorNotice error={listError} onRetry={() => void load()} />
  if (devices === null) return <Loader aria-label={tc('common.loading')} />
  if (!device)
    return (
      <Alert color="orange" role="alert">
        {t('notFound')}
      </Alert>
    )
  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0 }} data-testid="terminal-page">
      <TerminalHeader device={device} />
      {online && <TerminalCapacity device={device} />}
      {!online && (
        <Alert color="gray" variant="light" role="status" data-testid="terminal-offline">
          {t('offlineNote')}
        </Alert>
      )}
      <Tabs
        value={active}
        onChange={setTab}
        orientation="vertical"
        keepMounted={false}
        style={{ flex: 1, minHeight: 0 }}
      >
        <Stack gap="xs" miw={200}>
          <Tabs.List aria-label={t('sectionsLabel', { name: device.name })}>
            {offered.map((s) => (
              <Tabs.Tab key={s.id} value={s.id} data-testid={`section-tab-${s.id}`}>
                {t(s.label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {lacking.length > 0 && (
            <Text size="xs" c="dimmed" maw={200} data-testid="terminal-lacks">
              {t('lacks', { sections: lacking.map((s) => t(s.label)).join(', ') })}
            </Text>
          )}
        </Stack>
        {offered.map((s) => (
          <Tabs.Panel key={s.id} value={s.id} px="lg" style={{ overflow: 'auto' }}>
            <s.component device={device} caps={caps} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
