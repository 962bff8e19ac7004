import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXXL}`,
    maxWidth: '90rem',
    margin: '0 auto',
    boxSizing: 'border-box',
    width: '100%',
    '& h2': {
      margin: `0 0 ${tokens.spacingVerticalM}`,
      fontSize: tokens.fontSizeBase500,
      fontWeight: tokens.fontWeightSemibold,
    },
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  purpose: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '60rem' },
  steps: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    // The five steps in one row where they fit (from ~900 px), else 3 + 2, 2 + 2 + 1, or one
    // column on a phone: never four and a lonely fifth.
    gridTemplateColumns: 'repeat(5, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    // (ranges that do not overlap: the order Griffel inserts media rules in does not matter)
    '@media (min-width: 600px) and (max-width: 899px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
    '@media (min-width: 420px) and (max-width: 599px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@media (max-width: 419px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stepItem: { display: 'flex', '& > article': { flexGrow: 1 } },
});
