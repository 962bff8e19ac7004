import type { BoardRole } from '@ambassadors/shared/views/board-view';
import type { ProgrammeSummary } from '../board/board.types';

export interface AppHeaderProps {
  role: BoardRole | null;
  programmes: ProgrammeSummary[];
  programmeId: string | null;
  onSelectProgramme(id: string): void;
  refreshing: boolean;
}
