// The camera's image parameters back to the terminal's defaults (guide 21.14.5): brightness,
// contrast, saturation, sharpness, supplement light and power-line frequency of channel 1
// return to factory values. Confirmed, since the installer's tuning is lost.
import { z } from 'zod'
import { id, method } from './method'

export const pictureApi = {
  /** PUT /ISAPI/Image/channels/1/restore, after checking the channel's isSupportRestore. */
  'picture.restoreDefaults': method<{ channel: number }>()(
    z.object({ deviceId: id, confirm: z.literal(true) }).strict(),
  ),
}
