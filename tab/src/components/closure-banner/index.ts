export { ClosureBanner } from './closure-banner';
export type { ClosureBannerProps } from './closure-banner.types';
