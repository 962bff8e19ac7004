import { makeStyles } from '@fluentui/react-components';

export const useDateInputStyles = makeStyles({
  // A day fills its cell like the fields beside it.
  date: { minWidth: '9em' },
  // A time of day is five characters: it sits beside the weekdays, not on a row of its own.
  time: { width: '6.5em', minWidth: 0, flexGrow: 0, flexShrink: 0 },
});
