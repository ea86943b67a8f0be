// The languages the product speaks, and how a host's locale name maps to one.
export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];

/** "cy-GB", "cy_GB.UTF-8", "CY" → cy; anything else → undefined (the caller's default). */
export function langOfLocale(locale: string | undefined | null): Lang | undefined {
  if (!locale) return undefined;
  const code = locale.trim().toLowerCase().slice(0, 2);
  return code === 'cy' ? 'cy' : code === 'en' ? 'en' : undefined;
}
