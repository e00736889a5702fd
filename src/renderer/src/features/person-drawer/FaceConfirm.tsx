// A new face picture is shown beside the stored one before it replaces it: the person at the desk
// sees what the terminals will get, and keeps the old one with one click.
import { Button, Group, Image, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonDrawerText } from '../../i18n/feature-hooks'

export function FaceConfirm({
  name,
  current,
  next,
  onReplace,
  onKeep,
}: {
  name: string
  current: string
  next: Blob | null
  onReplace: () => void
  onKeep: () => void
}) {
  const { t } = usePersonDrawerText()
  const { t: tc } = useTranslation()
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!next) return setUrl(null)
    const u = URL.createObjectURL(next)
    setUrl(u)
    return () => URL.revokeObjectURL(u)
  }, [next])
  return (
    <Modal
      opened={next !== null}
      onClose={onKeep}
      title={t('faceConfirm.title', { name })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      data-testid="face-confirm"
    >
      <Group grow align="flex-start">
        <Stack gap={4} align="center">
          <Text size="sm" c="dimmed">
            {t('faceConfirm.current')}
          </Text>
          <Image src={current} alt={t('faceConfirm.current')} h={180} fit="contain" />
        </Stack>
        <Stack gap={4} align="center">
          <Text size="sm" fw={600}>
            {t('faceConfirm.next')}
          </Text>
          {url && (
            <Image
              src={url}
              alt={t('faceConfirm.next')}
              h={180}
              fit="contain"
              data-testid="face-confirm-new"
            />
          )}
        </Stack>
      </Group>
      <Text size="sm" mt="sm">
        {t('faceConfirm.body')}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeep}>
          {t('faceConfirm.keep')}
        </Button>
        <Button onClick={onReplace}>{t('faceConfirm.replace')}</Button>
      </Group>
    </Modal>
  )
}
