import { makeStyles, tokens } from '@fluentui/react-components';

export const useCreateProgrammeFormStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    width: '100%',
  },
  field: { flexGrow: 1, minWidth: '12rem' },
});
