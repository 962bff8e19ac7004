import { makeStyles, tokens } from '@fluentui/react-components';

export const useFormDialogStyles = makeStyles({
  surface: { maxWidth: 'min(40rem, calc(100vw - 16px))' },
  wide: { maxWidth: 'min(56rem, calc(100vw - 16px))' },
  // Children keep their height: a long message must push the fields down, not overlap them.
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& > *': { flexShrink: 0 },
  },
});
