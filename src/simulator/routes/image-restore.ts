// Image parameters of a channel back to the factory values (guide 21.14.5, protocol-config/07
// §1.2: PUT /ISAPI/Image/channels/<ID>/restore, no body, answered with a ResponseStatus). The
// stored image sub-documents of that channel (colour, sharpness, supplement light, power-line
// frequency) are forgotten, so the next read answers the profile's defaults again. Only
// channel 1 exists (its capability says isSupportRestore).
import { terminalMediaDocs } from '../config/docs-terminal-media.js'
import { fail } from '../http/errors.js'
import { okXml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'

const CHANNEL_ONE = '/ISAPI/Image/channels/1/'

export const imageRestoreRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Image/channels/:id/restore',
    format: 'xml',
    feature: 'face',
    PUT: (ctx) => {
      if (ctx.params.id !== '1') fail('badParameters', 'id', 400)
      for (const spec of terminalMediaDocs)
        if (spec.path.startsWith(CHANNEL_ONE)) delete ctx.dev.data.docs[`${spec.root}/0`]
      return okXml(ctx.path)
    },
  },
]
