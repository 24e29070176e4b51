/** What the link prompt shows: prepared by the content script. */
import type { Lang } from '../../engine/types';

export interface LinkPromptModel {
  lang: Lang;
  host: string;
  /** One line per reason, already in the user's language. */
  reasons: string[];
}

export interface LinkPromptActions {
  onOpen(): void;
  onCancel(): void;
}
