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
    // Fields share their row equally and shrink with a phone's width: Fluent's inputs bring a
    // 200 px minimum and a fieldset is as wide as its widest child unless told otherwise.
    '& .fui-Input, & .fui-Select, & .fui-Textarea': { minWidth: 0, width: '100%' },
    '& fieldset': { minWidth: 0, minInlineSize: 0 },
  },
});
