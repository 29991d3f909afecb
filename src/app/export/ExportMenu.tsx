/**
 * The header's Export menu: the whole blueprint as SVG, as PNG at 1×, 2× or 4×, or
 * printed (or saved as PDF) on A4 or A3 pages. A menu button: Enter, Space or ↓ opens
 * it on the first item, ↑ on the last; ↑ ↓ Home End move; Escape closes it back onto
 * the button; Tab or a click elsewhere closes it.
 */
import '../styles/export.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type Blueprint } from '../../model/index.ts';
import type { Paper } from '../diagram/printPages.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { drawForPrint, exportPng, exportSvg, type PngScale } from './exportImage.ts';
import { printBlueprint } from './printBlueprint.ts';
import { runHeat } from './runHeat.ts';
import { useRunStore } from '../simulation/appRunStore.ts';

type Choice = { kind: 'svg' } | { kind: 'png'; scale: PngScale } | { kind: 'print'; paper: Paper };

const CHOICES: { key: string; choice: Choice }[] = [
  { key: 'svg', choice: { kind: 'svg' } },
  { key: 'png1', choice: { kind: 'png', scale: 1 } },
  { key: 'png2', choice: { kind: 'png', scale: 2 } },
  { key: 'png4', choice: { kind: 'png', scale: 4 } },
  { key: 'printA4', choice: { kind: 'print', paper: 'A4' } },
  { key: 'printA3', choice: { kind: 'print', paper: 'A3' } },
];

export function ExportMenu({ blueprint }: { blueprint: Blueprint | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  // Which item takes focus when the menu opens: the first, or the last after ↑.
  const [startAt, setStartAt] = useState<'first' | 'last'>('first');

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (startAt === 'first' ? list[0] : list[list.length - 1])?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, startAt]);

  const choose = async (choice: Choice) => {
    setOpen(false);
    button.current?.focus();
    if (!blueprint) return;
    setBusy(true);
    // With the heat shown on the canvas, the picture shows the last run's waits too.
    const run = useRunStore.getState();
    const heat = runHeat(run.overlay ? run.latest : null, blueprint, t, language);
    // The flows are drawn as the canvas draws them: around the steps, or straight.
    const straightFlows = !useLayoutPreferences.getState().flowsAroundSteps;
    try {
      if (choice.kind === 'svg') exportSvg(blueprint, t, language, { heat, straightFlows });
      else if (choice.kind === 'png')
        await exportPng(blueprint, t, language, choice.scale, { heat, straightFlows });
      else {
        const title = textIn(blueprint.name, language) || blueprint.id;
        const printed = drawForPrint(blueprint, t, language, choice.paper, {
          heat,
          straightFlows,
        });
        await printBlueprint(printed, title, choice.paper, (page, pages) =>
          t('files.export.page', { page, pages }),
        );
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      window.alert(t('files.exportFailed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setStartAt(event.key === 'ArrowDown' ? 'first' : 'last');
      setOpen(true);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(list.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="files-button export-menu__button"
        disabled={!blueprint || busy}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setStartAt('first');
          setOpen((was) => !was);
        }}
        onKeyDown={onButtonKey}
      >
        {t('files.export.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('files.export.menu')}
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          {CHOICES.map(({ key, choice }) => (
            <li key={key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="export-menu__item"
                onClick={() => void choose(choice)}
              >
                {t(`files.export.${key}` as 'files.export.svg')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
