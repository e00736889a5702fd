import { Button } from '@mantine/core'
import { IconRadar } from '@tabler/icons-react'
import { useState } from 'react'
import { useOnboardText } from '../../i18n/feature-hooks'
import { FindTerminalsDialog } from './FindTerminalsDialog'

/** Devices page: "Find terminals" and its dialog. */
export function FindTerminalsButton() {
  const { t } = useOnboardText()
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button
        ml="auto"
        variant="default"
        leftSection={<IconRadar size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('find')}
      </Button>
      <FindTerminalsDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  )
}
