export { App } from './app';
export type { AppProps, AppPage } from './app.types';
