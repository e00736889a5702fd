import { Box, Paper } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import { usePersonsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { usePersonDrawer } from '../person-drawer/store'
import { usePersonsList } from './list-store'
import { PersonRow } from './PersonRow'

const ROW_HEIGHT = 40

/** The roster as a virtual grid: only the rows in view exist in the DOM. */
export function PersonList() {
  const { t } = usePersonsText()
  const { total, resultId, ensureRange } = usePersonsList(
    useShallow((s) => ({ total: s.total ?? 0, resultId: s.resultId, ensureRange: s.ensureRange })),
  )
  // re-render when rows arrive
  usePersonsList((s) => s.pages)
  const row = usePersonsList.getState().row
  const selected = usePersonDrawer((s) => s.employeeNo)
  const open = usePersonDrawer((s) => s.open)
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    if (total > 0) ensureRange(first, last)
  }, [first, last, total, ensureRange])
  useEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [resultId, virtualizer])

  const move = useCallback(
    (from: number, delta: number) => {
      const index = from + delta
      if (index < 0 || index >= total) return
      virtualizer.scrollToIndex(index)
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
      )
    },
    [total, virtualizer],
  )

  return (
    <Paper
      withBorder
      radius="md"
      style={{
        flex: 1,
        minHeight: 0,
        display: 'flex',
        flexDirection: 'column',
        overflow: 'hidden',
      }}
    >
      <div
        role="grid"
        aria-label={t('listLabel')}
        aria-rowcount={total + 1}
        data-testid="person-grid"
        style={{ display: 'contents' }}
      >
        <div role="rowgroup">
          <div
            role="row"
            aria-rowindex={1}
            className="person-row person-head"
            style={{ height: 36 }}
          >
            <span role="columnheader">{t('columns.employeeNo')}</span>
            <span role="columnheader">{t('columns.name')}</span>
            <span role="columnheader">{t('columns.group')}</span>
            <span role="columnheader">{t('columns.type')}</span>
            <span role="columnheader">{t('columns.applyState')}</span>
            <span role="columnheader">{t('columns.credentials')}</span>
          </div>
        </div>
        <Box
          ref={scrollRef}
          role="rowgroup"
          className="person-scroll"
          style={{ flex: 1, minHeight: 0, overflow: 'auto', contain: 'strict' }}
          data-testid="person-scroll"
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => (
              <PersonRow
                key={item.key}
                index={item.index}
                person={row(item.index)}
                top={item.start}
                height={ROW_HEIGHT}
                selected={row(item.index)?.employeeNo === selected}
                onOpen={open}
                onMove={move}
                t={t}
              />
            ))}
          </div>
        </Box>
      </div>
    </Paper>
  )
}
