/** What screen readers hear while a chip is dragged, in the UI's language. */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { CANVAS_DROP_ID, kindOf } from './kinds.ts';

export function paletteAnnouncements(t: TFunction): Announcements {
  const kindName = (active: Parameters<typeof kindOf>[0]): string => {
    const kind = kindOf(active);
    return kind ? t(`palette.kind.${kind}`) : '';
  };
  return {
    onDragStart: ({ active }) => t('palette.announce.pickedUp', { kind: kindName(active) }),
    onDragOver: ({ active, over }) =>
      over?.id === CANVAS_DROP_ID
        ? t('palette.announce.overCanvas', { kind: kindName(active) })
        : t('palette.announce.notOverCanvas', { kind: kindName(active) }),
    onDragEnd: ({ active, over }) =>
      over?.id === CANVAS_DROP_ID
        ? t('palette.announce.dropped', { kind: kindName(active) })
        : t('palette.announce.droppedOutside', { kind: kindName(active) }),
    onDragCancel: () => t('palette.announce.cancelled'),
  };
}

export function paletteInstructions(t: TFunction): ScreenReaderInstructions {
  return { draggable: t('palette.instructions') };
}
