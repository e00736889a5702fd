import { Button, Group, Modal, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonDrawerText, usePersonsText } from '../../i18n/feature-hooks'
import type { PersonDetail } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { useBusy } from '../../lib/use-busy'
import { usePersonDrawer } from './store'
import { notify } from '../../lib/notify'

export function DeletePerson({ person }: { person: PersonDetail }) {
  const { t } = usePersonDrawerText()
  const { t: tPersons } = usePersonsText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const remove = usePersonDrawer((s) => s.remove)
  const [opened, setOpened] = useState(false)
  const [busy, run] = useBusy()
  const confirm = async () => {
    const r = await run(remove)
    setOpened(false)
    if (r.ok) notify({ message: tPersons('removed', { name: person.name }), color: 'green' })
    else
      notify({
        color: 'red',
        title: errorText(r.error).title,
        message: errorText(r.error).advice ?? errorText(r.error).detail,
      })
  }
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('delete')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('deleteTitle', { name: person.name })}
        centered
      >
        <Text size="sm">
          {t('deleteBody', { name: person.name, employeeNo: person.employeeNo })}
        </Text>
        <Group justify="flex-end" mt="lg" gap="xs">
          <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
            {tc('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('deleteConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
