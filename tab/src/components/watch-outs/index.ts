export { WatchOuts } from './watch-outs';
export type { WatchOutsProps } from './watch-outs.types';
