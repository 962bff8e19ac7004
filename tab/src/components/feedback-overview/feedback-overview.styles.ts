import { makeStyles, tokens } from '@fluentui/react-components';

export const useFeedbackOverviewStyles = makeStyles({
  surface: { maxWidth: 'min(52rem, calc(100vw - 16px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  hidden: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
