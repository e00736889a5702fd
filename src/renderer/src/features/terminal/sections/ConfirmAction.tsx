// A button that asks before it acts: the question and Yes / Cancel replace it until answered.
import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'

export function ConfirmAction(p: {
  label: string
  question: string
  yes: string
  cancel: string
  disabled: boolean
  run: () => Promise<void>
}) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!asking)
    return (
      <Group>
        <Button variant="default" disabled={p.disabled} onClick={() => setAsking(true)}>
          {p.label}
        </Button>
      </Group>
    )
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={p.question}>
      <Text size="sm">{p.question}</Text>
      <Button
        size="compact-sm"
        color="red"
        loading={busy}
        onClick={async () => {
          setBusy(true)
          try {
            await p.run()
          } finally {
            setBusy(false)
            setAsking(false)
          }
        }}
      >
        {p.yes}
      </Button>
      <Button size="compact-sm" variant="default" onClick={() => setAsking(false)}>
        {p.cancel}
      </Button>
    </Group>
  )
}
