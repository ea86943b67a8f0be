import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingCardStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalS },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  clause: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  trigger: { fontSize: tokens.fontSizeBase200 },
  words: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  dismissForm: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
});
