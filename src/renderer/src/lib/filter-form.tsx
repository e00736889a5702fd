// The frame of a search screen's filter bar (Events, Audit): the fields the screen gives, then
// Search, Clear, and Export of what the filter finds as CSV (downloaded, counted in a notice).
import { Button, Group, TextInput } from '@mantine/core'
import { IconDownload, IconSearch, IconX } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Result } from '@shared/result'
import { saveFile } from '../features/profiles/save-file'
import { useErrorText } from './error-text'
import { notify } from './notify'
import { useBusy } from './use-busy'

/** `datetime-local` value → ISO instant (the station's isoTime), or undefined when empty. */
export const localToIso = (local: string): string | undefined =>
  local ? new Date(local).toISOString() : undefined

/** From / to as two `datetime-local` inputs. */
export function DateRangeInputs(props: {
  from: string
  to: string
  onFrom(value: string): void
  onTo(value: string): void
  fromLabel: string
  toLabel: string
}) {
  return (
    <>
      <TextInput
        type="datetime-local"
        label={props.fromLabel}
        value={props.from}
        onChange={(e) => props.onFrom(e.currentTarget.value)}
        w={190}
      />
      <TextInput
        type="datetime-local"
        label={props.toLabel}
        value={props.to}
        onChange={(e) => props.onTo(e.currentTarget.value)}
        w={190}
      />
    </>
  )
}

export function FilterForm(props: {
  /** The form's accessible name. */
  label: string
  /** Runs the search with the fields' filter. */
  onSearch(): Promise<void>
  /** Empties the fields and searches for everything. */
  onClear(): void
  /** Exports what the last search found. */
  exportCsv(): Promise<Result<{ csv: string; rows: number }>>
  /** The downloaded file's name starts with it (`events`, `audit`). */
  filePrefix: string
  words: { search: string; clear: string; export: string; exported(rows: number): string }
  children: ReactNode
}) {
  const errorText = useErrorText()
  const [exporting, runExport] = useBusy()
  const exportNow = async () => {
    await props.onSearch()
    const r = await runExport(props.exportCsv)
    if (!r.ok) {
      const e = errorText(r.error)
      return notify({ color: 'red', title: e.title, message: e.advice ?? e.detail })
    }
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '')
    saveFile(`${props.filePrefix}-${stamp}.csv`, r.value.csv, 'text/csv;charset=utf-8')
    notify({ color: 'green', message: props.words.exported(r.value.rows) })
  }
  return (
    <form
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault()
        void props.onSearch()
      }}
    >
      <Group align="flex-end" gap="xs">
        {props.children}
        <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
          {props.words.search}
        </Button>
        <Button
          variant="subtle"
          onClick={props.onClear}
          leftSection={<IconX size={16} aria-hidden />}
        >
          {props.words.clear}
        </Button>
        <Button
          variant="default"
          ml="auto"
          loading={exporting}
          onClick={() => void exportNow()}
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {props.words.export}
        </Button>
      </Group>
    </form>
  )
}
