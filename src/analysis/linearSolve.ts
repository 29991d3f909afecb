/**
 * Solves a small dense linear system A·x = b by Gaussian elimination with partial pivoting
 * (the textbook algorithm, e.g. Golub & Van Loan, "Matrix Computations", applied to one
 * right-hand side). Dimensionless: the caller gives the units. O(n³), fine for
 * blueprint-sized n.
 */

/** The solution, or `null` when a pivot is below `pivotTolerance` (A singular or nearly). */
export function solveLinearSystem(
  matrix: readonly (readonly number[])[],
  rightHandSide: readonly number[],
  pivotTolerance = 1e-12,
): number[] | null {
  const n = rightHandSide.length;
  // Augmented working copy: row i is [A[i][0..n-1], b[i]].
  const rows = matrix.map((row, i) => [...row.slice(0, n), rightHandSide[i]!]);
  for (let column = 0; column < n; column++) {
    let pivotRow = column;
    for (let r = column + 1; r < n; r++) {
      if (Math.abs(rows[r]![column]!) > Math.abs(rows[pivotRow]![column]!)) pivotRow = r;
    }
    if (!(Math.abs(rows[pivotRow]![column]!) > pivotTolerance)) return null;
    if (pivotRow !== column) {
      const swap = rows[column]!;
      rows[column] = rows[pivotRow]!;
      rows[pivotRow] = swap;
    }
    const pivot = rows[column]!;
    for (let r = column + 1; r < n; r++) {
      const row = rows[r]!;
      const factor = row[column]! / pivot[column]!;
      if (factor === 0) continue;
      for (let k = column; k <= n; k++) row[k] = row[k]! - factor * pivot[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const row = rows[i]!;
    let sum = row[n]!;
    for (let k = i + 1; k < n; k++) sum -= row[k]! * x[k]!;
    x[i] = sum / row[i]!;
  }
  return x;
}
