import { Paper } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEventsText } from '../../i18n/feature-hooks'
import type { AccessEvent, Device } from '@shared/model'
import { EventDetail } from './EventDetail'
import { EventRow, ROW_HEIGHT } from './EventRow'

/** Newest first; only the rows in view exist in the DOM (and only they load pictures). */
export function EventFeed({ items, devices }: { items: AccessEvent[]; devices: Device[] }) {
  const { t } = useEventsText()
  const { i18n } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => items[i]!.id,
    overscan: 6,
  })
  const names = new Map(devices.map((d) => [d.id, d.name]))
  const [opened, setOpened] = useState<AccessEvent | null>(null)
  const back = useRef<HTMLElement | null>(null)
  const open = useCallback((e: AccessEvent) => {
    back.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setOpened(e)
  }, [])
  const close = () => {
    setOpened(null)
    back.current?.focus()
  }
  return (
    <Paper
      withBorder
      radius="md"
      style={{ flex: 1, minHeight: 240, overflow: 'hidden', display: 'flex' }}
    >
      <div
        ref={scrollRef}
        style={{ flex: 1, overflow: 'auto', contain: 'strict' }}
        data-testid="event-feed"
        tabIndex={0}
        role="region"
        aria-label={t('feedLabel')}
      >
        <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const e = items[v.index]!
            return (
              <EventRow
                key={e.id}
                event={e}
                index={v.index}
                top={v.start}
                deviceName={names.get(e.deviceId) ?? e.deviceId}
                t={t}
                language={i18n.language}
                onOpen={open}
              />
            )
          })}
        </div>
      </div>
      <EventDetail
        event={opened}
        deviceName={opened ? (names.get(opened.deviceId) ?? opened.deviceId) : ''}
        onClose={close}
      />
    </Paper>
  )
}
