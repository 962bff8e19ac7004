export { CardFacts } from './card-facts';
export type { CardFactsProps } from './card-facts.types';
