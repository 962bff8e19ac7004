import { makeStyles, tokens } from '@fluentui/react-components';

export const useUndoHistoryStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});
