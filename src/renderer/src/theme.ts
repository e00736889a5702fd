import { createTheme, Loader, type CSSVariablesResolver } from '@mantine/core'

// Dense, calm defaults for a screen used all day. Shade 8 for the primary colour, darker
// "dimmed" text and a darker error red (Mantine's #fa5252 is below AA on white) keep every
// text at WCAG AA contrast (axe checks each screen).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    "Inter, 'Segoe UI', system-ui, -apple-system, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  fontFamilyMonospace: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  headings: { fontWeight: '600' },
  components: {
    // A spinner is a status (its aria-label names what loads); without a role the label is an
    // ARIA attribute its element may not carry (axe: aria-prohibited-attr, serious).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
  },
})

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7]!,
    '--mantine-color-placeholder': t.colors.gray[6]!,
    '--mantine-color-blue-light-color': t.colors.blue[9]!,
    '--mantine-primary-color-light-color': t.colors.blue[9]!,
    '--mantine-color-blue-light-hover': t.colors.blue[1]!,
    '--mantine-color-teal-light': t.colors.teal[0]!,
    '--mantine-color-grape-light': t.colors.grape[0]!,
    '--mantine-color-orange-light': t.colors.orange[0]!,
    '--mantine-color-teal-light-color': t.colors.teal[9]!,
    '--mantine-color-grape-light-color': t.colors.grape[9]!,
    '--mantine-color-orange-light-color': t.colors.orange[9]!,
    '--mantine-color-red-light-color': t.colors.red[9]!,
    // green 9 (#2b8a3e) is 3.8:1 on a light green's hover background (#d3f9d8), below AA:
    // one step darker keeps 5.7:1 there and 6.6:1 on white
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-error': t.colors.red[9]!,
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1]!,
    '--mantine-color-placeholder': t.colors.dark[2]!,
    '--mantine-color-blue-light-color': t.colors.blue[3]!,
    '--mantine-primary-color-light-color': t.colors.blue[3]!,
    '--mantine-color-teal-light-color': t.colors.teal[3]!,
    '--mantine-color-grape-light-color': t.colors.grape[3]!,
    '--mantine-color-orange-light-color': t.colors.orange[3]!,
    '--mantine-color-red-light-color': t.colors.red[3]!,
    '--mantine-color-green-light-color': t.colors.green[3]!,
    '--mantine-color-error': t.colors.red[4]!,
  },
})
