// JSON as terminals print it: cJSON's formatted output. Objects one member a line, indented
// with tabs, a tab after the colon; arrays on one line with ", " between elements, so a list
// of objects opens with `[{`; an empty object is `{` newline, indent, `}`.

export function cjson(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map((v) => cjson(v, depth + 1)).join(', ')}]`
  if (typeof value === 'object') {
    const pad = '\t'.repeat(depth + 1)
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${pad}${JSON.stringify(k)}:\t${cjson(v, depth + 1)}`)
    return `{\n${members.map((m) => `${m}`).join(',\n')}${members.length ? '\n' : ''}${'\t'.repeat(depth)}}`
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  return JSON.stringify(value)
}
