import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusMessageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    maxWidth: '36rem',
    margin: '0 auto',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, color: tokens.colorNeutralForeground2 },
});
