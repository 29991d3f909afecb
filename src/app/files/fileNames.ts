/**
 * File names from the blueprint's name, in the UI's language ("Counter deposit" →
 * counter-deposit.svg, 柜台存款 → 柜台存款.svg): letters and digits of any script kept,
 * everything else one hyphen, so the name is safe on every system. A name with nothing
 * left falls back to the blueprint's id.
 */
import { textIn, type Blueprint } from '../../model/index.ts';

const MAX_LENGTH = 80;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...slug].slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
}

export function fileStem(blueprint: Blueprint, language: string): string {
  return slugify(textIn(blueprint.name, language)) || blueprint.id;
}

export function fileNameFor(blueprint: Blueprint, extension: string, language: string): string {
  return `${fileStem(blueprint, language)}.${extension}`;
}
