import { makeStyles, tokens } from '@fluentui/react-components';

export const useKeyMessageDialogStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});
