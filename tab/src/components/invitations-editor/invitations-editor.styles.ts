import { makeStyles, tokens } from '@fluentui/react-components';
import { plainListStyle } from '../../theme/panel-styles';

export const useInvitationsEditorStyles = makeStyles({
  root: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  list: plainListStyle,
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 12rem) minmax(0, 1fr) auto auto',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    // On a phone the name takes its own line and the note field gives way to the two buttons.
    '@media (max-width: 599px)': {
      gridTemplateColumns: 'minmax(0, 1fr) auto auto',
      '& > :first-child': { gridColumn: '1 / -1' },
    },
  },
  name: { fontWeight: tokens.fontWeightSemibold, alignSelf: 'center', overflowWrap: 'anywhere' },
  add: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10rem), 1fr))',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
  },
});
