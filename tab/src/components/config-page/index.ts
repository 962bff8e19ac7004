export { ConfigPage } from './config-page';
export type { ConfigPageProps } from './config-page.types';
