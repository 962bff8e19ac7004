import { makeStyles, tokens } from '@fluentui/react-components';

export const useTrainingSessionDialogStyles = makeStyles({
  /** Fields side by side where there is room; one column at 360 px. */
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
});
