import { makeStyles, tokens } from '@fluentui/react-components';

export const useNewProgrammeDialogStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});
