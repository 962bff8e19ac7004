import type { LocalizedText } from '../i18n/locale';

/**
 * The anatomy every Core Culture card shares (headline, facts, purpose, step by step, be aware
 * of, questions for the management team, fact box). The ambassador card is one instance; a
 * further card is new data, not new code.
 */
export interface CultureCard {
  id: string;
  headline: LocalizedText;
  title: LocalizedText;
  subtitle: LocalizedText;
  facts: {
    durationMinutes: number;
    participants: LocalizedText;
    tags: string[];
  };
  purpose: LocalizedText;
  explanation: LocalizedText[];
  quote: { text: LocalizedText; attribution: LocalizedText };
  steps: CardStep[];
  watchOuts: CardWatchOut[];
  managementQuestions: CardQuestionGroup[];
  factBox: { title: LocalizedText; text: LocalizedText };
}

export interface CardStep {
  key: string;
  title: LocalizedText;
  description: LocalizedText;
}

export interface CardWatchOut {
  key: string;
  title: LocalizedText;
  description: LocalizedText;
}

export interface CardQuestionGroup {
  key: string;
  title: LocalizedText;
  questions: LocalizedText[];
}
