// Picks the Fluent theme from Outlook's theme and the system's forced-colours (high contrast) mode.
import type { ThemeName } from './App';

function isDark(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x!, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

export function officeThemeName(officeTheme: { bodyBackgroundColor?: string } | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return 'highContrast';
  return isDark(officeTheme?.bodyBackgroundColor) ? 'dark' : 'light';
}
