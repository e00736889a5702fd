// Persons → "Issue cards": pick persons, then swipe cards on a desk reader (a keyboard wedge
// types the number and Enter into the focused field) — each card to the next person.
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconArrowBackUp, IconPlus, IconX } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { CARD_FORMATS, type CardFormat } from '@shared/card-formats'
import type { PersonSummary } from '@shared/model'
import { useOnboardText, type OnboardT } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { station } from '../../lib/station'
import { useCardIssue, type SwipeOutcome } from './card-issue-store'
import { useDevices } from '../devices/store'

function outcomeText(t: OnboardT, o: SwipeOutcome, err: ReturnType<typeof useErrorText>): string {
  switch (o.kind) {
    case 'issued':
      return t('issued', { cardNo: o.cardNo, name: o.name })
    case 'undone':
      return t('undone', { cardNo: o.cardNo, name: o.name })
    case 'owned':
      return t('owned', { cardNo: o.cardNo, owner: o.owner })
    case 'problem':
      return t(`cardProblem.${o.problem as 'empty'}`, { typed: o.typed })
    case 'error':
      return `${err(o.error).title}: ${err(o.error).detail}`
  }
}

export function CardIssueDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useOnboardText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const s = useCardIssue(useShallow((x) => x))
  const [query, setQuery] = useState('')
  const [withoutCard, setWithoutCard] = useState(true)
  const [found, setFound] = useState<PersonSummary[]>([])
  const [typed, setTyped] = useState('')
  const swipeRef = useRef<HTMLInputElement>(null)
  const devices = useDevices((x) => x.devices)
  const readers = (devices ?? []).filter((d) => d.capabilities?.captureCard)
  useEffect(() => {
    if (opened && devices === null) void useDevices.getState().load()
  }, [opened, devices])

  useEffect(() => {
    if (!opened) return
    let live = true
    void station.persons
      .search({ query, limit: 20, ...(withoutCard ? { lacks: 'card' as const } : {}) })
      .then((r) => live && r.ok && setFound(r.value.items))
    return () => {
      live = false
    }
  }, [opened, query, withoutCard, s.issued.length])

  const submit = async () => {
    const value = typed
    setTyped('')
    await s.swipe(value)
    swipeRef.current?.focus()
  }
  const next = s.queue[0]
  const good = s.last?.kind === 'issued' || s.last?.kind === 'undone'
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cardsTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('cardsHint')}
        </Text>
        <Group align="flex-end">
          <TextInput
            label={t('cardsQuery')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Checkbox
            label={t('cardsWithout')}
            checked={withoutCard}
            onChange={(e) => setWithoutCard(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group gap={6}>
          {found
            .filter((p) => !s.queue.some((q) => q.employeeNo === p.employeeNo))
            .map((p) => (
              <Button
                key={p.employeeNo}
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                aria-label={t('cardsAddPerson', { name: p.name })}
                onClick={() => s.enqueue(p)}
              >
                {p.name}
              </Button>
            ))}
        </Group>
        <Text fw={600} size="sm">
          {t('cardsQueue')}
        </Text>
        {s.queue.length === 0 ? (
          <Text size="sm" c="dimmed">
            {s.issued.length ? t('allDone') : t('cardsQueueEmpty')}
          </Text>
        ) : (
          <List size="sm" aria-label={t('cardsQueue')}>
            {s.queue.map((p) => (
              <List.Item key={p.employeeNo}>
                <Group gap={4}>
                  {p.employeeNo} {p.name}
                  <ActionIcon
                    size="xs"
                    variant="subtle"
                    aria-label={t('cardsRemove', { name: p.name })}
                    onClick={() => void s.drop(p.employeeNo)}
                  >
                    <IconX size={12} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Select
          label={t('reader')}
          data={[
            { value: '', label: t('deskReader') },
            ...readers.map((d) => ({ value: d.id, label: t('terminalReader', { name: d.name }) })),
          ]}
          value={s.terminal ?? ''}
          onChange={(v) => void s.setTerminal(v ? v : null)}
          allowDeselect={false}
        />
        {s.terminal && next && (
          <Group gap="xs">
            <Text size="sm" role="status" data-testid="terminal-waiting">
              {s.waiting ? t('waitingAt', { name: next.name }) : s.session ? '…' : t('notWaiting')}
            </Text>
            {!s.session && (
              <Button size="compact-sm" variant="default" onClick={() => void s.arm()}>
                {t('waitAgain')}
              </Button>
            )}
          </Group>
        )}
        {!s.terminal && (
          <Group align="flex-end">
            <Select
              label={t('readerFormat')}
              data={CARD_FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
              value={s.format}
              onChange={(v) => v && s.setFormat(v as CardFormat)}
              allowDeselect={false}
              w={260}
            />
            <TextInput
              ref={swipeRef}
              label={next ? t('next', { name: next.name }) : t('swipe')}
              aria-label={t('swipe')}
              placeholder={t('swipe')}
              value={typed}
              disabled={!next}
              onChange={(e) => setTyped(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  void submit()
                }
              }}
              style={{ flex: 1 }}
              data-autofocus
            />
          </Group>
        )}
        {s.last && (
          <Alert
            color={good ? 'green' : 'red'}
            role={good ? 'status' : 'alert'}
            data-testid="card-issue-last"
          >
            {outcomeText(t, s.last, errorText)}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {s.issued.map((i) => `${i.person.name}: ${i.cardNo}`).join(' · ')}
          </Text>
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            disabled={s.issued.length === 0}
            onClick={() => void s.undo()}
          >
            {t('undo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
