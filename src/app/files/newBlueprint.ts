/** The blueprint that "New" opens: the smallest one the schema accepts, named in both languages. */
import type { Blueprint } from '../../model/index.ts';
import { CURRENT_VERSION, FORMAT_NAME } from '../../model/schema/blueprint.ts';
import type { OpenDocument } from '../store/blueprintStore.ts';

export const NEW_BLUEPRINT_ID = 'new-blueprint';
/** Its name until the user gives one; dropped in a language once another is named. */
export const NEW_BLUEPRINT_NAME: Readonly<Record<string, string>> = {
  en: 'New blueprint',
  'zh-CN': '新蓝图',
};

export function createNewBlueprint(): Blueprint {
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    id: NEW_BLUEPRINT_ID,
    name: { ...NEW_BLUEPRINT_NAME },
    steps: [],
    flows: [],
  };
}

export function newDocument(): OpenDocument {
  const blueprint = createNewBlueprint();
  return {
    origin: { kind: 'new' },
    blueprint,
    findings: [],
    fileName: `${blueprint.id}.json`,
  };
}
