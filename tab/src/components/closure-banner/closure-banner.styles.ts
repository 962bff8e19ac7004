import { makeStyles } from '@fluentui/react-components';

export const useClosureBannerStyles = makeStyles({
  root: { marginBlockEnd: '12px' },
});
