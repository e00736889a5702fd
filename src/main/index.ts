// Electron's composition root: build the station, open the window, wire IPC. Nothing else.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { createMainWindow, windowSource } from './electron/window'
import { wireIpc } from './electron/ipc'
import { safeStorageSecretBox } from './electron/safe-storage-box'
import { simulatorDemo } from './demo-launcher'
import { parseLaunchOptions } from './launch-options'
import { offerDemo } from './offer-demo'
import { systemClock } from './platform/clock'
import { installLastResort } from './platform/last-resort'
import { consoleLogger } from './platform/logger'
import { folderSecretBox } from './platform/secret-store'
import { createStation } from './station'
import { STATION_VERSION } from './version'

const options = parseLaunchOptions(process.argv.slice(1), {
  ...process.env,
  STATION_DATA_DIR: process.env.STATION_DATA_DIR ?? app.getPath('userData'),
})
const logger = consoleLogger('station')
installLastResort(logger)

if (!app.requestSingleInstanceLock()) app.quit()

app.whenReady().then(
  () => {
    // the folder's own store (a key file for new folders), shared with the CLI and browser
    // mode; the OS keychain only for a folder an older app version sealed with it
    const secrets = folderSecretBox(options.dataDir, { safeStorage: safeStorageSecretBox })
    const resourcesDir = app.isPackaged
      ? join(process.resourcesPath, 'demo')
      : join(app.getAppPath(), 'resources', 'demo')
    const station = createStation({
      dataDir: options.dataDir,
      secrets,
      clock: systemClock,
      logger,
      bridge: 'electron',
      version: STATION_VERSION,
      demo: simulatorDemo(options.dataDir, resourcesDir),
      continuousApply: options.continuousApply,
    })
    const here = dirname(fileURLToPath(import.meta.url))
    const unwire = wireIpc(
      station,
      () => BrowserWindow.getAllWindows(),
      windowSource(join(here, '../renderer')),
    )
    const open = () => createMainWindow(join(here, '../preload'), join(here, '../renderer'))
    open()
    if (options.demoIfEmpty) void offerDemo(station, (line) => logger.info(line))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open()
    })
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit()
    })
    app.on('will-quit', () => {
      unwire()
      void station.close()
    })
  },
  (error: unknown) => {
    logger.error('failed to start', { error: String(error) })
    app.exit(1)
  },
)
