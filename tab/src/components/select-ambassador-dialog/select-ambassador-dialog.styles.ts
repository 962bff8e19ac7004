import { makeStyles, tokens } from '@fluentui/react-components';

export const useSelectAmbassadorDialogStyles = makeStyles({
  motivation: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  previewTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  preview: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
