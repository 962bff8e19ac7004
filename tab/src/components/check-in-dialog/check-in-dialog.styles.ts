import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckInDialogStyles = makeStyles({
  situation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});
