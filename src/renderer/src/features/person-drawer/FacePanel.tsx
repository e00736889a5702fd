import { Alert, Button, Center, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core'
import { IconCamera, IconPhotoOff, IconTrash, IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { usePersonDrawerText } from '../../i18n/feature-hooks'
import type { AppError } from '@shared/result'
import { reasonOf, useErrorText } from '../../lib/error-text'
import { useBusy } from '../../lib/use-busy'
import { FaceConfirm } from './FaceConfirm'
import { faceRefusal } from './face-refusal'
import { MAX_FACE_BYTES, usePersonDrawer } from './store'
import { WebcamDialog } from './WebcamDialog'
import { notify } from '../../lib/notify'

export function FacePanel({ name }: { name: string }) {
  const { t } = usePersonDrawerText()
  const errorText = useErrorText()
  const face = usePersonDrawer((s) => s.face)
  const setFace = usePersonDrawer((s) => s.setFace)
  const removeFace = usePersonDrawer((s) => s.removeFace)
  const [busy, run] = useBusy()
  const [problem, setProblem] = useState<string | null>(null)
  const [webcam, setWebcam] = useState(false)

  const show = (error: AppError) => {
    const e = errorText(error)
    setProblem(
      faceRefusal(t, error) ?? (reasonOf(error) ? e.detail : `${e.title}. ${e.advice ?? e.detail}`),
    )
  }
  const [pending, setPending] = useState<{ picture: Blob; source: 'file' | 'webcam' } | null>(null)
  const upload = async (picture: Blob, source: 'file' | 'webcam', confirmed = false) => {
    setProblem(null)
    if (picture.size > MAX_FACE_BYTES) {
      setProblem(t('faceRefused.tooBig'))
      return false
    }
    if (face && !confirmed) {
      // a stored face is replaced only after the new one was seen beside it
      setPending({ picture, source })
      return true
    }
    const r = await run(() => setFace(picture, source))
    if (r.ok) notify({ message: t('faceSaved'), color: 'green' })
    else show(r.error)
    return r.ok
  }

  return (
    <Paper withBorder p="md" radius="md">
      {face && (
        <FaceConfirm
          name={name}
          current={face.url}
          next={pending?.picture ?? null}
          onKeep={() => setPending(null)}
          onReplace={() => {
            const p = pending
            setPending(null)
            if (p) void upload(p.picture, p.source, true)
          }}
        />
      )}
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Center
          w={120}
          h={150}
          bg="var(--mantine-color-default-hover)"
          style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden', flex: 'none' }}
        >
          {face ? (
            <Image
              src={face.url}
              alt={t('photoAlt', { name })}
              w={120}
              h={150}
              fit="cover"
              data-testid="face-image"
            />
          ) : (
            <IconPhotoOff size={36} color="var(--mantine-color-dimmed)" aria-hidden />
          )}
        </Center>
        <Stack gap="xs" style={{ flex: 1 }}>
          <Text fw={600} size="sm">
            {t('photo')}
          </Text>
          <Text size="xs" c="dimmed" data-testid="face-meta">
            {face
              ? t('faceMeta', {
                  width: face.meta.width,
                  height: face.meta.height,
                  kb: Math.max(1, Math.round(face.meta.bytes / 1024)),
                  source: t(`faceSource.${face.meta.source}`),
                })
              : t('noPhoto')}
          </Text>
          <Group gap="xs">
            <FileButton accept="image/jpeg,image/png" onChange={(f) => f && void upload(f, 'file')}>
              {(props) => (
                <Button
                  {...props}
                  size="xs"
                  variant="light"
                  loading={busy}
                  leftSection={<IconUpload size={14} aria-hidden />}
                >
                  {face ? t('replaceFace') : t('uploadFace')}
                </Button>
              )}
            </FileButton>
            <Button
              size="xs"
              variant="light"
              onClick={() => setWebcam(true)}
              leftSection={<IconCamera size={14} aria-hidden />}
            >
              {t('webcam')}
            </Button>
            {face && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() =>
                  void run(removeFace).then((r) =>
                    r.ok ? notify({ message: t('faceRemoved') }) : show(r.error),
                  )
                }
              >
                {t('removeFace')}
              </Button>
            )}
          </Group>
          {busy && (
            <Text size="xs" c="dimmed" role="status">
              {t('uploading')}
            </Text>
          )}
        </Stack>
      </Group>
      {problem && (
        <Alert color="red" variant="light" mt="sm" role="alert" data-testid="face-problem">
          {problem}
        </Alert>
      )}
      <WebcamDialog
        opened={webcam}
        onClose={() => setWebcam(false)}
        onPicture={(blob) => upload(blob, 'webcam')}
      />
    </Paper>
  )
}
