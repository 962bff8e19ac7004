import { makeStyles, tokens } from '@fluentui/react-components';

export const useSelectAmbassadorDialogStyles = makeStyles({
  motivation: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});
