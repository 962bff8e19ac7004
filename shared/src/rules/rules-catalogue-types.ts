import type { LocalizedText } from '../i18n/locale';
import type { ProgrammeSettings } from '../model/settings';

/** Where a rule lives: one pure function (or constant) in `shared/`, named and located. */
export interface RuleSource {
  symbol: string;
  /** Path from the repository root. */
  file: string;
}

/** A test that tries to break the rule: its file and (part of) its title. */
export interface RuleProof {
  file: string;
  test: string;
}

/**
 * One rule of the card or one privacy promise. The catalogue is data so that `docs/rules.md`,
 * the works-council pages and the code cannot drift apart: a test checks that each source
 * exists, each proof names a real test, each setting's default and bounds are the schema's, and
 * each promise on the works-council pages points at a rule whose figures it repeats.
 */
export interface RuleEntry {
  /** Stable, kebab-case: the anchor in docs/rules.md that the works-council pages link to. */
  id: string;
  title: LocalizedText;
  /** What holds, in words a leader or a works council reads. */
  statement: LocalizedText;
  /** The programme setting behind the rule, if any; default and bounds come from its schema. */
  setting?: keyof ProgrammeSettings;
  /** Fixed figures of the rule that are not settings (e.g. "180 days"), as they appear in the pages. */
  figures?: string[];
  enforcedBy: RuleSource[];
  /** The paths that call it: REST routes, card actions, the scheduler, the tab. */
  calledFrom: string[];
  provenBy: RuleProof[];
  /** Promised on docs/works-council.{da,en}.md (which must then link `rules.md#<id>`). */
  promised?: boolean;
}
