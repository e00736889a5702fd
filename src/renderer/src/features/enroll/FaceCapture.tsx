import { Alert, Box, Button, FileButton, Group, Image, Loader, Stack, Text } from '@mantine/core'
import { IconCamera, IconDeviceDesktop, IconUpload } from '@tabler/icons-react'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useEnrollText, usePersonDrawerText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { Device } from '@shared/model'
import { reasonOf, useErrorText } from '../../lib/error-text'
import { useBusy } from '../../lib/use-busy'
import { faceRefusal } from '../person-drawer/face-refusal'
import { MAX_FACE_BYTES } from '../person-drawer/store'
import { WebcamDialog } from '../person-drawer/WebcamDialog'
import { SessionStatus } from './SessionStatus'
import { useEnroll } from './store'

/** The terminal's live view (while this panel is shown) and a capture on the terminal. */
export function FaceCapture({ device }: { device: Device }) {
  const { t } = useEnrollText()
  const { t: tDrawer } = usePersonDrawerText()
  const errorText = useErrorText()
  const [uploading, upload] = useBusy()
  const [webcam, setWebcam] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const {
    frame,
    previewError,
    previewMode,
    session,
    start,
    startPreview,
    stopPreview,
    setFacePicture,
  } = useEnroll(
    useShallow((s) => ({
      setFacePicture: s.setFacePicture,
      frame: s.frame,
      previewMode: s.previewMode,
      previewError: s.previewError,
      session: s.session,
      start: s.start,
      startPreview: s.startPreview,
      stopPreview: s.stopPreview,
    })),
  )
  useEffect(() => {
    void startPreview(device.id)
    return () => void stopPreview()
  }, [device.id, startPreview, stopPreview])
  const mine = session?.kind === 'face' ? session : null
  const busy = mine !== null && ['starting', 'waiting', 'captured'].includes(mine.phase)
  useHotkeys([['c', () => !busy && void start('face')]])
  /** A picture from a file or the webcam instead of the terminal's camera. */
  const savePicture = async (picture: Blob, source: 'file' | 'webcam'): Promise<boolean> => {
    setProblem(null)
    if (picture.size > MAX_FACE_BYTES) {
      setProblem(tDrawer('faceRefused.tooBig'))
      return false
    }
    const r = await upload(() => setFacePicture(picture, source))
    if (!r.ok) {
      const e = errorText(r.error)
      setProblem(
        faceRefusal(tDrawer, r.error) ??
          (reasonOf(r.error) ? e.detail : `${e.title}. ${e.advice ?? e.detail}`),
      )
    }
    return r.ok
  }

  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <Stack gap={4}>
        <Box
          w={320}
          h={240}
          bg="dark.7"
          style={{
            borderRadius: 'var(--mantine-radius-md)',
            overflow: 'hidden',
            display: 'grid',
            placeItems: 'center',
          }}
        >
          {frame ? (
            <img
              src={`data:image/jpeg;base64,${frame}`}
              alt={t('face.preview', { name: device.name })}
              data-testid="preview-frame"
              style={{ width: '100%', height: '100%', objectFit: 'contain' }}
            />
          ) : previewError ? (
            <Text size="sm" c="gray.3" p="md" ta="center">
              {t('face.previewUnavailable')}
            </Text>
          ) : (
            <Group gap="xs">
              <Loader size={16} color="gray.3" aria-hidden />
              <Text size="sm" c="gray.3">
                {t('face.previewStarting')}
              </Text>
            </Group>
          )}
        </Box>
        {previewMode && (
          <Text size="xs" c="dimmed" data-testid="preview-mode" maw={320}>
            {previewMode.mode === 'rtsp'
              ? t('face.previewRtsp')
              : previewMode.reason
                ? `${t('face.previewSnapshots')}: ${t(`face.previewReason.${previewMode.reason}`)}`
                : t('face.previewSnapshots')}
          </Text>
        )}
      </Stack>
      <Stack gap="sm" style={{ flex: 1, minWidth: 260 }}>
        <Button
          leftSection={<IconCamera size={16} aria-hidden />}
          onClick={() => void start('face')}
          disabled={busy}
          w="fit-content"
          aria-keyshortcuts="c"
        >
          {t('face.capture')}
        </Button>
        <Group gap="xs">
          <FileButton
            accept="image/jpeg,image/png"
            onChange={(f) => f && void savePicture(f, 'file')}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="xs"
                loading={uploading}
                leftSection={<IconUpload size={14} aria-hidden />}
              >
                {t('face.fromFile')}
              </Button>
            )}
          </FileButton>
          <Button
            variant="default"
            size="xs"
            onClick={() => setWebcam(true)}
            leftSection={<IconDeviceDesktop size={14} aria-hidden />}
          >
            {t('face.webcam')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" variant="light" role="alert" data-testid="enroll-face-problem">
            {problem}
          </Alert>
        )}
        <WebcamDialog
          opened={webcam}
          onClose={() => setWebcam(false)}
          onPicture={(jpeg) => savePicture(jpeg, 'webcam')}
        />
        <SessionStatus kind="face" waiting={t('face.waiting')} onRetry={() => void start('face')} />
        {mine?.jpegBase64 && (
          <Image
            src={`data:image/jpeg;base64,${mine.jpegBase64}`}
            alt={t('face.captured')}
            w={160}
            radius="md"
            data-testid="captured-face"
          />
        )}
      </Stack>
    </Group>
  )
}
