/** Placeholder until the figure extractor lands (issue 2). */
import { defaultPackData, type TopicPackData } from './topic-pack';
import type { Figure } from './types';

export interface ExtractOptions {
  pack?: TopicPackData;
}

export function extractFigures(_text: string, _options: ExtractOptions = {}): Figure[] {
  void defaultPackData;
  return [];
}
