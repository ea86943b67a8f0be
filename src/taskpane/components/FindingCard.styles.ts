import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingCardStyles = makeStyles({
  // Neutral cards (Fluent's Card guidance): the icon carries the severity, not a tinted banner.
  root: { rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  header: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  error: { color: tokens.colorStatusDangerForeground1, flexShrink: 0 },
  warning: { color: tokens.colorStatusWarningForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  quote: { margin: 0, paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  people: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  place: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  label: { whiteSpace: 'normal', textAlign: 'start', maxWidth: '100%', height: 'auto', minHeight: '24px' },
  why: { margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1, borderRadius: tokens.borderRadiusMedium, overflowWrap: 'anywhere' },
  reference: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
});
