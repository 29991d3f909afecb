/**
 * A name with a <wbr> at each place between Chinese words a line may end (nameWrap.ts);
 * with `word-break: keep-all` on the element around it, the browser breaks nowhere else
 * among Chinese characters, so a word such as 交易 (or a pool's 信贷员) is never split over
 * two lines. Spaces and hyphens break as ever. Step names on the stage and pool names in
 * the pool bar both use it.
 */
import { Fragment } from 'react';
import { breakPieces } from './nameWrap.ts';

export function WrappedName({ name }: { name: string }) {
  const pieces = breakPieces(name);
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && !/[\s-]$/u.test(pieces[i - 1]!) && <wbr />}
      {piece}
    </Fragment>
  ));
}
