import { Alert, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useWebcamText, type WebcamT } from '../../i18n/feature-hooks'

type CameraState = 'starting' | 'live' | 'shot' | 'denied' | 'missing' | 'busy' | 'failed'

const problemOf = (error: unknown): CameraState => {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing'
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy'
  return 'failed'
}

/** getUserMedia preview → a JPEG still → onPicture (which sends it with source 'webcam'). */
export function WebcamDialog(props: {
  opened: boolean
  onClose(): void
  onPicture(jpeg: Blob): Promise<boolean>
}) {
  const { t } = useWebcamText()
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('title')} size="lg" centered>
      {props.opened && <Camera {...props} t={t} />}
    </Modal>
  )
}

function Camera({
  onClose,
  onPicture,
  t,
}: {
  onClose(): void
  onPicture(jpeg: Blob): Promise<boolean>
  t: WebcamT
}) {
  const { t: tc } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const [state, setState] = useState<CameraState>('starting')
  const [shot, setShot] = useState<{ blob: Blob; url: string } | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    let stream: MediaStream | null = null
    let cancelled = false
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
      .then((s) => {
        if (cancelled) return s.getTracks().forEach((track) => track.stop())
        stream = s
        if (video.current) video.current.srcObject = s
        setState('live')
      })
      .catch((error: unknown) => !cancelled && setState(problemOf(error)))
    if (!navigator.mediaDevices) setState('missing')
    return () => {
      cancelled = true
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [])
  useEffect(
    () => () => {
      if (shot) URL.revokeObjectURL(shot.url)
    },
    [shot],
  )

  const capture = () => {
    const v = video.current
    if (!v || !v.videoWidth) return
    const canvas = document.createElement('canvas')
    canvas.width = v.videoWidth
    canvas.height = v.videoHeight
    canvas.getContext('2d')?.drawImage(v, 0, 0)
    canvas.toBlob(
      (blob) => {
        if (!blob) return setState('failed')
        setShot({ blob, url: URL.createObjectURL(blob) })
        setState('shot')
      },
      'image/jpeg',
      0.9,
    )
  }
  const use = async () => {
    if (!shot) return
    setSending(true)
    const ok = await onPicture(shot.blob)
    setSending(false)
    if (ok) onClose()
  }

  const problem =
    state === 'denied' || state === 'missing' || state === 'busy' || state === 'failed'
  return (
    <Stack gap="sm">
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {t(state)}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('hint')}
        </Text>
      )}
      <Center
        bg="dark.9"
        style={{
          borderRadius: 'var(--mantine-radius-md)',
          overflow: 'hidden',
          position: 'relative',
          aspectRatio: '16 / 9',
          display: problem ? 'none' : undefined,
        }}
      >
        {state === 'starting' && <Loader color="gray" aria-label={t('starting')} />}
        <video
          ref={video}
          autoPlay
          playsInline
          muted
          aria-label={t('preview')}
          style={{
            width: '100%',
            height: '100%',
            objectFit: 'contain',
            display: state === 'live' ? 'block' : 'none',
          }}
        />
        {state === 'live' && <div className="face-guide" aria-hidden />}
        {shot && state === 'shot' && (
          <img
            src={shot.url}
            alt={t('shot')}
            style={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
        )}
      </Center>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {tc('common.cancel')}
        </Button>
        {state === 'shot' ? (
          <>
            <Button variant="default" onClick={() => setState('live')} disabled={sending}>
              {t('retake')}
            </Button>
            <Button onClick={() => void use()} loading={sending}>
              {t('use')}
            </Button>
          </>
        ) : (
          <Button onClick={capture} disabled={state !== 'live'}>
            {t('capture')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
