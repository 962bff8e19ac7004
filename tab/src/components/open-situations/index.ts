export { OpenSituations } from './open-situations';
export type { OpenSituationsProps } from './open-situations.types';
