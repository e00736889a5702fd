import pkg from '../../package.json'

export const STATION_VERSION: string = pkg.version
