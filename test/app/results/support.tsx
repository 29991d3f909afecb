/** Real results for the results views' tests: the examples run through the engine, and an i18n to render with. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type i18n } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import type { Scenario } from '../../../src/app/results/scenario.ts';
import { type Blueprint, loadBlueprintText } from '../../../src/model/index.ts';
import { type Results, simulate } from '../../../src/sim/index.ts';

const BLUEPRINTS_DIR = join(import.meta.dirname, '..', '..', '..', 'blueprints');

export function loadExample(fileName: string): Blueprint {
  const loaded = loadBlueprintText(readFileSync(join(BLUEPRINTS_DIR, fileName), 'utf8'));
  if (!loaded.ok) throw new Error(`${fileName} does not load`);
  return loaded.blueprint;
}

const cache = new Map<string, Results>();

/** Five replications: enough for intervals, quick enough for a unit test. Cached per blueprint. */
export function resultsOf(blueprint: Blueprint, replications = 5): Results {
  const key = `${replications}:${JSON.stringify(blueprint)}`;
  let results = cache.get(key);
  if (!results) {
    results = simulate(blueprint, { replications });
    cache.set(key, results);
  }
  return results;
}

export function deposit(): { blueprint: Blueprint; results: Results } {
  const blueprint = loadExample('counter-deposit.json');
  return { blueprint, results: resultsOf(blueprint) };
}

/** The deposit example with a pool's capacity (and every schedule period) set to `units`. */
export function withCapacity(blueprint: Blueprint, poolId: string, units: number): Blueprint {
  const copy = structuredClone(blueprint);
  const pool = copy.resources!.find((p) => p.id === poolId)!;
  pool.capacity = units;
  pool.schedule = pool.schedule?.map((period) => ({ ...period, capacity: units }));
  return copy;
}

export function scenario(
  id: string,
  name: string,
  blueprint: Blueprint,
  replications = 5,
): Scenario {
  return {
    id,
    name,
    createdAt: '2026-11-23T15:00:00Z',
    blueprint,
    results: resultsOf(blueprint, replications),
  };
}

function i18nIn(language: 'en' | 'zh-CN'): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Static HTML of the element in the language, as a browser would get it before any effect. */
export function renderHtml(element: ReactElement, language: 'en' | 'zh-CN' = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={i18nIn(language)}>{element}</I18nextProvider>);
}

/** The text of the HTML, tags removed and entities decoded, for assertions on wording. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replace(/\s+/g, ' ')
    .trim();
}
