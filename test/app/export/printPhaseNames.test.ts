/**
 * Printed, a phase's name is never cut by a page's edge: a phase whose column is split
 * between two pages shows its name whole in each part (svgPhases.ts). Before, the
 * deposit's A4 pages cut "Wait and be served" (等待与办理) in two, and client reception's
 * A3 pages "Solution and confirmation".
 */
import { describe, expect, it } from 'vitest';
import { textIn } from '../../../src/model/index.ts';
import { drawForPrint } from '../../../src/app/export/exportImage.ts';
import type { Paper } from '../../../src/app/diagram/printPages.ts';
import { textWidth } from '../../../src/app/diagram/svgText.ts';
import { translator } from '../../support/translator.ts';
import { loadedExamples } from '../blueprints.ts';

const PAPERS: Paper[] = ['A4', 'A3'];

/** Each phase's header (its column) and the names drawn in it (centred at x, 14 units bold). */
function phaseHeaders(svg: string) {
  const phases = svg.slice(svg.indexOf('<g class="phases">'), svg.indexOf('<g class="lines">'));
  return [...phases.matchAll(/<g class="phase" data-phase-id="([^"]+)">(.*?)<\/g>/g)].map(
    ([, id, group]) => {
      const [, x, width] = /<rect x="([\d.-]+)" y="[\d.-]+" width="([\d.-]+)" height="36"/.exec(
        group!,
      )!;
      return {
        id: id!,
        left: Number(x),
        right: Number(x) + Number(width),
        names: [...group!.matchAll(/<text x="([\d.-]+)"[^>]*>([^<]*)<\/text>/g)].map(
          ([, x, name]) => {
            const half = textWidth(name!, 14, true) / 2;
            return { name: name!, left: Number(x) - half, right: Number(x) + half };
          },
        ),
      };
    },
  );
}

/** How many phases a page edge splits, over every example, language and paper. */
let splitPhases = 0;

describe.each(loadedExamples())('%s printed', (_file, blueprint) => {
  it.each(['en', 'zh-CN'])(
    'shows each phase name whole on every page its column reaches, in %s',
    async (language) => {
      const t = await translator(language);
      for (const paper of PAPERS) {
        const { drawing, plan } = drawForPrint(blueprint, t, language, paper);
        const headers = phaseHeaders(drawing.svg);
        expect(headers.map((phase) => phase.id)).toEqual(
          blueprint.phases?.map((phase) => phase.id),
        );
        for (const [index, header] of headers.entries()) {
          const whole = textIn(blueprint.phases![index]!.label, language) || header.id;
          expect(
            header.names.map((name) => name.name),
            `${paper}: ${header.id}`,
          ).toEqual(header.names.map(() => whole));
          const parts = plan.pages
            .map(
              (page) =>
                [
                  Math.max(page.x, header.left),
                  Math.min(page.x + page.width, header.right),
                ] as const,
            )
            .filter(([start, end]) => end - start > 1);
          if (parts.length > 1) splitPhases += 1;
          // One name in each part of the column, whole inside it: no page edge crosses it.
          expect(header.names, `${paper}: ${whole}`).toHaveLength(parts.length);
          for (const [start, end] of parts)
            expect(
              header.names.filter((name) => name.left >= start && name.right <= end),
              `${paper}: ${whole} between ${start} and ${end}`,
            ).toHaveLength(1);
        }
      }
    },
  );
});

describe('printed examples', () => {
  it('include phases split between two pages, so the names in each part are tested', () => {
    expect(splitPhases).toBeGreaterThan(0);
  });
});
