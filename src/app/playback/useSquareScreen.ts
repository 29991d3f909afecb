/**
 * Whether the window is squarer than 1.71:1 (a 16:10 laptop, a 4:3 projector, a 5:4
 * screen): Present then puts the squares' legend beside the counters, where such a screen
 * has room, so the pools keep one line and the stage the height. The same limit as playbackPresent.css's
 * `max-aspect-ratio: 171/100` rules (where the counters' one row stops fitting).
 */
import { useMediaQuery } from './useMediaQuery.ts';

export function useSquareScreen(): boolean {
  return useMediaQuery('(max-aspect-ratio: 171/100)');
}
