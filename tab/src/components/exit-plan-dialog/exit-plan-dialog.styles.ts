import { makeStyles, tokens } from '@fluentui/react-components';

export const useExitPlanDialogStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});
