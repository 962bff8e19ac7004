import { makeStyles, tokens } from '@fluentui/react-components';

export const useCloseProgrammeDialogStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: '20px', color: tokens.colorNeutralForeground1 },
});
