export { Workshop } from './workshop';
export type { WorkshopProps } from './workshop.types';
