import { makeStyles, tokens } from '@fluentui/react-components';

export const useProgrammeSettingsStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  days: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  owners: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  owner: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});
