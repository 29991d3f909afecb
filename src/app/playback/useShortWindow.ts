/**
 * Whether the window is short: under 800 CSS px high (a 1280×720 projector, a 1440×900
 * laptop zoomed to 125 %, either at 150 %). Playback then lays its controls out as
 * Present does (pools in one row, the controls' short words), so the stage keeps the
 * height its names need (playbackShort.css).
 */
import { useMediaQuery } from './useMediaQuery.ts';

export function useShortWindow(): boolean {
  return useMediaQuery('(max-height: 799.98px)');
}
