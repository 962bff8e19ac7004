import { makeStyles } from '@fluentui/react-components';

export const useDateInputStyles = makeStyles({
  // A day or a time is short: the field need not take the row.
  input: { minWidth: '9em' },
});
