import { makeStyles, tokens } from '@fluentui/react-components';

export const usePrivacyDialogStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { margin: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0` },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  terms: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginInlineStart: 0, marginBottom: tokens.spacingVerticalXS },
});
