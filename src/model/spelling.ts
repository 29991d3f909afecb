/** Suggests the known name closest to a misspelt one ("durtion" → "duration", "lable" → "label"). */

/** Edits needed to turn a into b: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d = new Array<number>(rows * columns);
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * columns + j]! + 1,
        d[i * columns + j - 1]! + 1,
        d[(i - 1) * columns + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * columns + j - 2]! + 1);
      }
      d[i * columns + j] = best;
    }
  }
  return d[rows * columns - 1]!;
}

/** The closest name within a third of the word's length (1 to 3 edits), if any. */
export function closestName(word: string, names: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    if (name === word) continue;
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
