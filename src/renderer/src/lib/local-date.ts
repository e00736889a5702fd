/** An ISAPI local time without offset ('YYYY-MM-DDThh:mm:ss') as the terminal reads it: 'YYYY-MM-DD hh:mm'. */
export const localDate = (local: string): string => local.replace('T', ' ').slice(0, 16)
