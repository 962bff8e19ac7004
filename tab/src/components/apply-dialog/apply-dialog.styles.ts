import { makeStyles, tokens } from '@fluentui/react-components';

export const useApplyDialogStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});
