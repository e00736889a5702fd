// One row of the virtual list. Plain elements and CSS classes rather than library components:
// dozens of rows mount at once when the list jumps, and each must be cheap.
import { IconEye, IconFaceId, IconFingerprint, IconId } from '@tabler/icons-react'
import { memo } from 'react'
import type { PersonSummary } from '@shared/model'
import type { RowWords } from './row-words'
import { validityText } from './validity'

interface Props {
  index: number
  person: PersonSummary | undefined
  top: number
  height: number
  selected: boolean
  onOpen(employeeNo: string): void
  onMove(index: number, delta: number): void
  /** Passed down so rows do not each subscribe to i18next (and worded once, not per render). */
  words: RowWords
  /** Picked for the bulk tools. */
  checked: boolean
  onToggle(index: number, employeeNo: string, range: boolean): void
  /** The face thumbnail's URL once loaded. */
  thumbnail: string | undefined
  /** The local time now (YYYY-MM-DDThh:mm:ss), for the validity column. */
  now: string
}

export const PersonRow = memo(function PersonRow({
  index,
  person,
  top,
  height,
  selected,
  onOpen,
  onMove,
  words,
  checked,
  onToggle,
  thumbnail,
  now,
}: Props) {
  const style = { height, transform: `translateY(${top}px)` }
  if (!person)
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        className="person-row"
        style={style}
        data-index={index}
        aria-busy="true"
      >
        <span role="gridcell" aria-label={words.loading}>
          <span className="row-skeleton" />
        </span>
      </div>
    )
  const validity = validityText(person.valid, now)
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-checked={checked}
      tabIndex={0}
      className="person-row"
      style={style}
      data-index={index}
      data-testid="person-row"
      data-employee-no={person.employeeNo}
      onClick={() => onOpen(person.employeeNo)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          onOpen(person.employeeNo)
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault()
          onMove(index, e.key === 'ArrowDown' ? 1 : -1)
        }
      }}
    >
      <span role="gridcell" className="person-check" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          checked={checked}
          aria-label={words.selectRow(person.name)}
          onChange={() => {}}
          onClick={(e) => onToggle(index, person.employeeNo, e.shiftKey)}
          onKeyDown={(e) => e.stopPropagation()}
        />
      </span>
      <span role="gridcell" className="person-thumb">
        {thumbnail ? (
          <img src={thumbnail} alt="" width={28} height={28} data-testid="person-thumbnail" />
        ) : person.hasFace ? (
          <span className="thumb-placeholder" />
        ) : null}
      </span>
      <span role="gridcell" className="mono">
        {person.employeeNo}
      </span>
      <span role="gridcell" className="person-name">
        {person.name}
      </span>
      <span role="gridcell">{person.groupName}</span>
      <span role="gridcell">{words.userType(person.userType)}</span>
      <span
        role="gridcell"
        className={`validity validity-${validity.kind}`}
        data-testid="validity"
        title={person.valid ? `${person.valid.beginTime} – ${person.valid.endTime}` : undefined}
      >
        {words.validity(validity.kind, validity.date)}
      </span>
      <span role="gridcell">
        {person.applyState && (
          <span
            className={`apply-state apply-state-${person.applyState}`}
            data-testid="apply-state"
            data-state={person.applyState}
          >
            {words.applyState(person.applyState)}
          </span>
        )}
      </span>
      <span role="gridcell" className="cred-list">
        {person.hasFace && (
          <span className="cred cred-face">
            <IconFaceId size={12} aria-hidden />
            {words.face}
          </span>
        )}
        {person.cards > 0 && (
          <span className="cred cred-card">
            <IconId size={12} aria-hidden />
            {words.cards(person.cards)}
          </span>
        )}
        {person.fingerprints > 0 && (
          <span className="cred cred-finger">
            <IconFingerprint size={12} aria-hidden />
            {words.fingerprints(person.fingerprints)}
          </span>
        )}
        {person.irises > 0 && (
          <span className="cred cred-iris">
            <IconEye size={12} aria-hidden />
            {words.irises(person.irises)}
          </span>
        )}
      </span>
    </div>
  )
})
