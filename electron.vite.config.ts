import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { withCspMeta } from './src/main/electron/window-policy'

// src/shared is imported as '@shared/…' by every side (tsconfig paths say the same to tsc)
const resolveShared = { alias: { '@shared': resolve('src/shared') } }

// main: three entries share one build — the Electron entry, browser mode (web) and the CLI.
export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          web: resolve('src/main/web/entry.ts'),
          cli: resolve('src/main/cli.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveShared,
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: resolveShared,
    // favicon.svg / favicon.ico, copied beside index.html (browser mode serves /favicon.ico)
    publicDir: resolve('resources/favicon'),
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [
      react(),
      // a file:// page gets no response headers: the built index.html carries its own CSP
      { name: 'csp-meta', apply: 'build', transformIndexHtml: (html: string) => withCspMeta(html) },
    ],
  },
})
