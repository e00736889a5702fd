// What the CLI prints can carry names a terminal supplied (device names, person names from a
// sync, event texts): its escape codes must not reach the operator's terminal, where they could
// move the cursor, rewrite earlier lines or set the window title.
const CONTROL =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g // eslint-disable-line no-control-regex

/** The text without terminal control sequences and control characters (newline and tab kept). */
export function printable(text: string): string {
  return text.replace(CONTROL, '')
}
