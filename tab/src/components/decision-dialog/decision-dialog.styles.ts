import { makeStyles, tokens } from '@fluentui/react-components';

export const useDecisionDialogStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});
