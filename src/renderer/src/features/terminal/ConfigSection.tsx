import { Paper, Stack, Tabs, Text, Title } from '@mantine/core'
import type { ComponentType } from 'react'
import type { ConfigGroup, ConfigResourceInfo } from '@shared/contract/config'
import { useTerminalText } from '../../i18n/feature-hooks'
import { ErrorNotice } from '../shell/ErrorNotice'
import { ResourceForm, useLabel } from './ResourceForm'
import type { SectionProps, TerminalCaps } from './sections'
import { useTerminal } from './store'

/** Whether a terminal offers any resource of the group (unknown until config.list answers). */
export const offersGroup =
  (group: ConfigGroup) =>
  (caps: TerminalCaps): boolean =>
    caps.config === null || caps.config.some((r) => r.group === group)

function ResourceCard({
  r,
  deviceId,
  canSend,
}: {
  r: ConfigResourceInfo
  deviceId: string
  canSend: boolean
}) {
  const { t } = useTerminalText()
  const label = useLabel()
  const name = (n: number) =>
    r.scope === 'door'
      ? t('door', { n })
      : r.scope === 'reader'
        ? t('reader', { n })
        : t('instance', { n })
  return (
    <Paper withBorder radius="md" p="md" data-testid={`config-resource-${r.id}`}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {label(r.label, r.id)}
          </Title>
          <Text size="xs" c="dimmed">
            {t('guide', { section: r.guide, id: r.id })}
          </Text>
        </div>
        {r.ids.length > 1 ? (
          <Tabs defaultValue={String(r.ids[0])} keepMounted={false}>
            <Tabs.List aria-label={label(r.label, r.id)}>
              {r.ids.map((n) => (
                <Tabs.Tab key={n} value={String(n)}>
                  {name(n)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {r.ids.map((n) => (
              <Tabs.Panel key={n} value={String(n)} pt="sm">
                <ResourceForm
                  deviceId={deviceId}
                  resource={r.id}
                  instance={n}
                  reboots={r.reboots}
                  canSend={canSend}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
        ) : (
          <ResourceForm
            deviceId={deviceId}
            resource={r.id}
            instance={r.ids[0] ?? null}
            reboots={r.reboots}
            canSend={canSend}
          />
        )}
      </Stack>
    </Paper>
  )
}

/** A Terminal page section showing every resource of one group the terminal offers. */
export function configSection(
  group: ConfigGroup,
  Extra?: ComponentType<SectionProps>,
): ComponentType<SectionProps> {
  function ConfigGroupSection(props: SectionProps) {
    const { t } = useTerminalText()
    const { device, caps } = props
    const error = useTerminal((s) => s.errors[device.id])
    const loadConfig = useTerminal((s) => s.loadConfig)
    const revision = useTerminal((s) => s.revisions[device.id] ?? 0)
    const canSend = device.health === 'online'
    const label = useLabel()
    const resources = (caps.config ?? []).filter((r) => r.group === group)
    const lacking = caps.lacking.filter((r) => r.group === group)
    return (
      <Stack gap="md" maw={880}>
        {Extra && <Extra {...props} />}
        {error && <ErrorNotice error={error} onRetry={() => void loadConfig(device.id)} />}
        {caps.config === null && !error && (
          <Text size="sm" c="dimmed" data-testid="config-not-read">
            {canSend ? t('form.loading') : t('form.notRead')}
          </Text>
        )}
        {resources.map((r) => (
          <ResourceCard key={`${r.id}:${revision}`} r={r} deviceId={device.id} canSend={canSend} />
        ))}
        {lacking.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="config-lacking">
            {t('lacks', { sections: lacking.map((r) => label(r.label, r.id)).join(', ') })}
          </Text>
        )}
      </Stack>
    )
  }
  ConfigGroupSection.displayName = `ConfigSection(${group})`
  return ConfigGroupSection
}
