import { Box, Paper } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { usePersonListText, usePersonsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { usePersonDrawer } from '../person-drawer/store'
import { usePersonsList } from './list-store'
import { PersonRow } from './PersonRow'
import { ListHeader } from './ListHeader'
import { useSelection } from './selection-store'
import { useThumbnails } from './thumbnail-store'
import { localNow } from './validity'
import { rowWords } from './row-words'

const ROW_HEIGHT = 40

/**
 * Rows are keyed by slot (index modulo a power of two above the rows in view), not by index: as
 * the list scrolls, the row leaving the view becomes the one entering it (React updates its text
 * and attributes) instead of one being removed and another created with all its elements.
 */
const slots = (inView: number): number => 2 ** Math.ceil(Math.log2(Math.max(64, inView)))

/** The roster as a virtual grid: only the rows in view exist in the DOM. */
export function PersonList() {
  const { t } = usePersonsText()
  const { t: tl } = usePersonListText()
  const { picked, allMatching, toggle } = useSelection(
    useShallow((s) => ({ picked: s.picked, allMatching: s.allMatching, toggle: s.toggle })),
  )
  const thumbnails = useThumbnails((s) => s.urls)
  const wantThumbnails = useThumbnails((s) => s.want)
  const now = useMemo(() => localNow(new Date()), [])
  const words = useMemo(() => rowWords(t, tl), [t, tl])
  const { total, resultId, ensureRange } = usePersonsList(
    useShallow((s) => ({ total: s.total ?? 0, resultId: s.resultId, ensureRange: s.ensureRange })),
  )
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
  const slotCount = slots(items.length)
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  const pages = usePersonsList((s) => s.pages)
  useEffect(() => {
    if (total > 0) ensureRange(first, last)
  }, [first, last, total, ensureRange])
  // the faces of the rows in view (and the overscan), once their rows have arrived
  useEffect(() => {
    const faces: string[] = []
    for (let i = first; i <= last; i++) {
      const p = row(i)
      if (p?.hasFace) faces.push(p.employeeNo)
    }
    wantThumbnails(faces)
  }, [first, last, pages, row, wantThumbnails])
  useEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [resultId, virtualizer])

  const move = useCallback(
    (from: number, delta: number) => {
      const index = from + delta
      if (index < 0 || index >= total) return
      virtualizer.scrollToIndex(index)
      const focus = (): boolean => {
        const row = scrollRef.current?.querySelector<HTMLElement>(
          `[data-index="${index}"][tabindex]`,
        )
        row?.focus()
        return Boolean(row)
      }
      // the next row is most often drawn already: focus moves with the key, so an Enter typed
      // right after the arrow opens the row the arrow went to; else once the row is drawn
      if (!focus()) requestAnimationFrame(() => void focus())
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
        <ListHeader />
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
                key={item.index % slotCount}
                index={item.index}
                person={row(item.index)}
                top={item.start}
                height={ROW_HEIGHT}
                selected={row(item.index)?.employeeNo === selected}
                onOpen={open}
                onMove={move}
                words={words}
                checked={allMatching || picked.has(row(item.index)?.employeeNo ?? '')}
                onToggle={toggle}
                thumbnail={thumbnails.get(row(item.index)?.employeeNo ?? '')}
                now={now}
              />
            ))}
          </div>
        </Box>
      </div>
    </Paper>
  )
}
