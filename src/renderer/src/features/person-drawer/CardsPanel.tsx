import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { usePersonDrawerText } from '../../i18n/feature-hooks'
import { CARD_TYPES, type CardType, type PersonDetail } from '@shared/model'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../lib/error-text'
import { useBusy } from '../../lib/use-busy'
import { usePersonDrawer } from './store'
import { notify } from '../../lib/notify'

const CARD_NO = /^[0-9A-Za-z]{1,32}$/

export function CardsPanel({ person }: { person: PersonDetail }) {
  const { t } = usePersonDrawerText()
  const errorText = useErrorText()
  const addCard = usePersonDrawer((s) => s.addCard)
  const removeCard = usePersonDrawer((s) => s.removeCard)
  const [cardNo, setCardNo] = useState('')
  const [cardType, setCardType] = useState<CardType>('normalCard')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, run] = useBusy()

  const explain = (error: AppError) => {
    if (error.code === 'CONFLICT' && typeof error.details?.owner === 'string')
      return t('cardOwned', {
        cardNo: String(error.details.cardNo),
        owner: error.details.owner,
      })
    if (error.code === 'INVALID_ARGS') return t('cardInvalid')
    const e = errorText(error)
    return `${e.title}. ${e.advice ?? e.detail}`
  }
  const add = async () => {
    const no = cardNo.trim()
    if (!CARD_NO.test(no)) return setProblem(t('cardInvalid'))
    const r = await run(() => addCard(no, cardType))
    if (!r.ok) return setProblem(explain(r.error))
    setCardNo('')
    setProblem(null)
    notify({ message: t('cardAdded', { cardNo: no }), color: 'green' })
  }
  const remove = async (no: string) => {
    const r = await run(() => removeCard(no))
    if (!r.ok) return setProblem(explain(r.error))
    notify({ message: t('cardRemoved', { cardNo: no }) })
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb="xs">
        {t('cards')}
      </Title>
      <Stack gap={6} mb="sm" data-testid="card-list">
        {person.cards.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('noCards')}
          </Text>
        )}
        {person.cards.map((c) => (
          <Group key={c.cardNo} justify="space-between" wrap="nowrap">
            <Text size="sm">
              <span className="mono">{c.cardNo}</span>{' '}
              <Text span size="xs" c="dimmed">
                {t(`cardTypes.${c.cardType}`)}
              </Text>
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('removeCard', { cardNo: c.cardNo })}
              onClick={() => void remove(c.cardNo)}
              disabled={busy}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void add()
        }}
      >
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={t('cardNo')}
            value={cardNo}
            onChange={(e) => setCardNo(e.currentTarget.value)}
            error={problem}
            style={{ flex: 1 }}
            maxLength={32}
            autoComplete="off"
          />
          <Select
            label={t('cardType')}
            data={CARD_TYPES.map((v) => ({ value: v, label: t(`cardTypes.${v}`) }))}
            value={cardType}
            onChange={(v) => v && setCardType(v as CardType)}
            allowDeselect={false}
            w={130}
          />
          <Button
            type="submit"
            mt={25}
            loading={busy}
            leftSection={<IconPlus size={14} aria-hidden />}
          >
            {t('addCard')}
          </Button>
        </Group>
      </form>
    </Paper>
  )
}
