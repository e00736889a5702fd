// Network & platforms → Certificates (guide 21.11): create a signing request on the terminal
// from subject fields, show and download it, delete it, install the signed certificate (a
// file or pasted PEM; the station checks it before sending and trusts it after).
import {
  Alert,
  Button,
  FileButton,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import type { CertificateInstalled, CsrView } from '@shared/contract/certificates'
import type { AppError } from '@shared/result'
import { useAccountsCertsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { saveFile } from '../../profiles/save-file'
import type { SectionProps } from '../sections'
import { SectionProblem } from './SectionProblem'

const FIELDS = [
  'hostName',
  'countryName',
  'stateOrProvince',
  'locality',
  'organization',
  'organizationUnit',
  'email',
] as const
type Field = (typeof FIELDS)[number]

export function CertificatesPanel({ device }: SectionProps) {
  const { t } = useAccountsCertsText()
  const [subject, setSubject] = useState<Partial<Record<Field, string>>>({ hostName: device.host })
  const [csr, setCsr] = useState<CsrView | null>(null)
  const [pem, setPem] = useState('')
  const [installed, setInstalled] = useState<CertificateInstalled | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const online = device.health === 'online'

  const run = async <T,>(
    call: () => Promise<{ ok: true; value: T } | { ok: false; error: AppError }>,
    then: (v: T) => void,
  ) => {
    setBusy(true)
    setError(null)
    const r = await call()
    setBusy(false)
    if (!r.ok) return setError(r.error)
    then(r.value)
  }

  const filled = Object.fromEntries(
    Object.entries(subject).filter(([, v]) => v && v.trim() !== ''),
  ) as Partial<Record<Field, string>>

  return (
    <Stack gap="xs" data-testid="certificates" maw={880}>
      <Title order={3} size="h4">
        {t('cert.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('cert.hint')}
      </Text>
      <Group grow align="flex-start">
        {FIELDS.map((f) => (
          <TextInput
            key={f}
            size="xs"
            label={t(`cert.${f}`)}
            value={subject[f] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value
              setSubject((s) => ({ ...s, [f]: value }))
            }}
          />
        ))}
      </Group>
      <Group>
        <Button
          size="xs"
          loading={busy}
          disabled={!online || !filled.hostName}
          onClick={() =>
            void run(
              () =>
                station.certificates.createCsr({
                  id: device.id,
                  subject: { hostName: filled.hostName ?? '', ...filled },
                }),
              setCsr,
            )
          }
        >
          {t('cert.create')}
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          disabled={!online}
          onClick={() => void run(() => station.certificates.getCsr({ id: device.id }), setCsr)}
        >
          {t('cert.read')}
        </Button>
        {csr && (
          <>
            <Button
              size="xs"
              variant="default"
              onClick={() => saveFile(`${device.name}.csr`, csr.pem, 'application/pkcs10')}
            >
              {t('cert.download')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              loading={busy}
              disabled={!online}
              onClick={() =>
                void run(
                  () => station.certificates.deleteCsr({ id: device.id }),
                  () => {
                    setCsr(null)
                    notify({ message: t('cert.removed'), color: 'green' })
                  },
                )
              }
            >
              {t('cert.remove')}
            </Button>
          </>
        )}
      </Group>
      {csr && (
        <Textarea
          label={t('cert.request')}
          value={csr.pem}
          readOnly
          autosize
          maxRows={8}
          className="mono"
          data-testid="csr-pem"
        />
      )}
      <Textarea
        label={t('cert.signed')}
        value={pem}
        autosize
        minRows={3}
        maxRows={8}
        className="mono"
        placeholder="-----BEGIN CERTIFICATE-----"
        onChange={(e) => setPem(e.currentTarget.value)}
      />
      <Group>
        <FileButton
          accept=".pem,.crt,.cer,application/x-pem-file"
          onChange={(f) => void f?.text().then(setPem)}
        >
          {(props) => (
            <Button size="xs" variant="default" {...props}>
              {t('cert.chooseFile')}
            </Button>
          )}
        </FileButton>
        <Button
          size="xs"
          loading={busy}
          disabled={!online || pem.trim() === ''}
          onClick={() =>
            void run(() => station.certificates.install({ id: device.id, pem }), setInstalled)
          }
        >
          {t('cert.install')}
        </Button>
      </Group>
      {installed && (
        <Alert
          color={installed.pinUpdated || device.protocol !== 'https' ? 'green' : 'yellow'}
          data-testid="cert-installed"
        >
          {t('cert.installed', { subject: installed.subject, validTo: installed.validTo })}{' '}
          {device.protocol === 'https' &&
            (installed.pinUpdated
              ? t('cert.pinUpdated', { fingerprint: installed.fingerprint })
              : t('cert.pinKept'))}
        </Alert>
      )}
      <SectionProblem error={error} />
    </Stack>
  )
}
