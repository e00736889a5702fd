// Network & platforms served as stored documents (protocol-config/02 §5): the picture storage
// server. SSH, EZVIZ and ISUP are in docs-system.ts. The cloud storage password is accepted on
// PUT and never returned (writeOnly, dotted for nesting).
import { opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

const PORT = range(1024, 65535)

export const networkDocs: DocSpec[] = [
  {
    path: '/ISAPI/System/PictureServer',
    format: 'json',
    root: 'PictureServerInformation',
    // S2 (DS-K1A340) factory values, misspellings kept
    defaults: () => ({
      cloudStorage: {
        cloudManageHttpPort: 1024,
        cloudTransDataPort: 1024,
        cloudCmdPort: 1024,
        cloudHeartBeatPort: 1024,
        cloudStorageHttpPort: 1024,
        cloudUsername: '',
        cloudPoolId: 1,
        clouldProtocolVersion: '',
        clouldAccessKey: '',
      },
      pictureServerType: 'cloudStorage',
      addressingFormatType: 'hostname',
      hostName: '',
      portNo: 1024,
    }),
    caps: () => ({
      cloudStorage: {
        cloudManageHttpPort: PORT,
        cloudTransDataPort: PORT,
        cloudCmdPort: PORT,
        cloudHeartBeatPort: PORT,
        cloudStorageHttpPort: PORT,
        cloudUsername: range(0, 32),
        cloudPassword: range(0, 32),
        cloudPoolId: range(1, 4294967295),
        clouldProtocolVersion: range(0, 32),
        clouldAccessKey: range(0, 64),
        clouldSecretKey: range(0, 64),
      },
      pictureServerType: opt(['tomact', 'VRB', 'cloudStorage', 'KMS']),
      addressingFormatType: opt(['ipaddress', 'hostname']),
      hostName: range(0, 64),
      ipv4Address: range(0, 64),
      portNo: PORT,
      underlyingProtocol: opt(['HTTP', 'HTTPS']),
    }),
    writeOnly: ['cloudStorage.cloudPassword', 'cloudStorage.clouldSecretKey'],
  },
]
