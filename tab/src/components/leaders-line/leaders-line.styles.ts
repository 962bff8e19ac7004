import { makeStyles, tokens } from '@fluentui/react-components';

export const useLeadersLineStyles = makeStyles({
  root: { margin: 0, color: tokens.colorNeutralForeground2 },
});
