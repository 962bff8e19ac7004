import { makeStyles, tokens } from '@fluentui/react-components';

export const useWithdrawDialogStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});
