import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportDialogStyles = makeStyles({
  surface: { maxWidth: '960px', width: '95vw' },
  actions: { flexWrap: 'wrap' },
  action: { whiteSpace: 'nowrap', flexShrink: 0 },
  frame: {
    width: '100%',
    height: '70vh',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
  },
});
