import { ScrollArea, Stack, Table, Text } from '@mantine/core'
import type { PhotoOutcome } from '@shared/contract/person-files'
import { usePersonImportText } from '../../i18n/feature-hooks'
import { useReasonWords } from '../../lib/reason-words'

/** What each picture of the photos ZIP does: matched, no such person, or refused and why. */
export function PhotoOutcomes({ photos }: { photos: readonly PhotoOutcome[] }) {
  const { t } = usePersonImportText()
  const reasonWords = useReasonWords()
  const count = (o: PhotoOutcome['outcome']) => photos.filter((p) => p.outcome === o).length
  const unused = photos.filter((p) => p.outcome !== 'matched')
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="import-photos">
        {t('photosSummary', {
          matched: count('matched'),
          missing: count('noSuchPerson'),
          refused: count('refused'),
        })}
      </Text>
      {unused.length > 0 && (
        <ScrollArea.Autosize mah={160} type="auto">
          <Table withTableBorder aria-label={t('photosLabel')}>
            <Table.Tbody>
              {unused.map((p) => (
                <Table.Tr key={p.file}>
                  <Table.Td>{p.file}</Table.Td>
                  <Table.Td>
                    {p.outcome === 'noSuchPerson'
                      ? t('photoNoSuchPerson')
                      : p.reason === 'unnamed'
                        ? t('photoUnnamed')
                        : t('photoRefused', { why: reasonWords(p.why, p.reason ?? '') })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  )
}
