// The client README's method table is the client's (issue 20: it named methods that did not
// exist): regenerate it with `npx tsx scripts/client-users.ts --readme` and prettier.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

/** Group → method names, from a markdown table of `| \`group\` | \`name()\`, … |` rows. */
const methodsOf = (markdown: string): Record<string, string[]> =>
  Object.fromEntries(
    [...markdown.matchAll(/^\|\s*`(\w+)`\s*\|(.*)\|\s*$/gm)].map((m) => [
      m[1]!,
      [...m[2]!.matchAll(/`(\w+)\(\)`/g)].map((n) => n[1]!),
    ]),
  )

it('names exactly the methods the client has, group by group', () => {
  const generated = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/client-users.ts', '--readme'],
    { encoding: 'utf8' },
  )
  const readme = methodsOf(readFileSync('src/main/isapi/README.md', 'utf8'))
  expect(Object.keys(readme).length).toBeGreaterThan(10)
  expect(readme).toEqual(methodsOf(generated))
})
