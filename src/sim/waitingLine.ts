/**
 * A pool's queue: first come, first served within each priority level, highest level
 * first. Entries carry the customer's token at the time of joining; a customer who
 * reneges gets a new token, so their entry is recognised as stale and skipped when it
 * reaches the front (lazy deletion: no search through the queue).
 */
class Ring {
  ids = new Int32Array(64);
  tokens = new Int32Array(64);
  head = 0;
  length = 0;

  push(id: number, token: number): void {
    if (this.length === this.ids.length) this.grow();
    const at = (this.head + this.length) & (this.ids.length - 1);
    this.ids[at] = id;
    this.tokens[at] = token;
    this.length++;
  }

  /** Puts an entry at the front, ahead of everyone in the ring. */
  unshift(id: number, token: number): void {
    if (this.length === this.ids.length) this.grow();
    this.head = (this.head - 1) & (this.ids.length - 1);
    this.ids[this.head] = id;
    this.tokens[this.head] = token;
    this.length++;
  }

  /**
   * Puts an entry behind the first `after` valid entries (`currentToken(id) === token`),
   * or at the back when fewer are valid: the entries behind move one place back. Only a
   * recalled ticket takes this path, so the shift costs nothing to the others.
   */
  insertAfter(id: number, token: number, after: number, currentToken: Int32Array): void {
    if (this.length === this.ids.length) this.grow();
    const mask = this.ids.length - 1;
    let at = 0;
    for (let valid = 0; at < this.length && valid < after; at++) {
      const slot = (this.head + at) & mask;
      if (currentToken[this.ids[slot]!] === this.tokens[slot]) valid++;
    }
    for (let i = this.length; i > at; i--) {
      const to = (this.head + i) & mask;
      const from = (this.head + i - 1) & mask;
      this.ids[to] = this.ids[from]!;
      this.tokens[to] = this.tokens[from]!;
    }
    const slot = (this.head + at) & mask;
    this.ids[slot] = id;
    this.tokens[slot] = token;
    this.length++;
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const tokens = new Int32Array(this.ids.length * 2);
    for (let i = 0; i < this.length; i++) {
      const from = (this.head + i) & (this.ids.length - 1);
      ids[i] = this.ids[from]!;
      tokens[i] = this.tokens[from]!;
    }
    this.ids = ids;
    this.tokens = tokens;
    this.head = 0;
  }
}

export class WaitingLine {
  private readonly levels: Ring[];

  /** `levelCount` priority levels, 0 served first. */
  constructor(levelCount: number) {
    this.levels = Array.from({ length: Math.max(1, levelCount) }, () => new Ring());
  }

  push(id: number, token: number, level: number): void {
    this.levels[level]!.push(id, token);
  }

  /** Joins at the front of its priority level: served before everyone of that level. */
  pushFront(id: number, token: number, level: number): void {
    this.levels[level]!.unshift(id, token);
  }

  /**
   * Joins behind `after` waiting customers of its priority level, or at the level's back
   * when fewer wait (a missed ticket recalled: 过号顺延).
   */
  pushAfter(
    id: number,
    token: number,
    level: number,
    after: number,
    currentToken: Int32Array,
  ): void {
    this.levels[level]!.insertAfter(id, token, after, currentToken);
  }

  /**
   * The customer at the front whose entry is still valid (`currentToken(id) === token`),
   * or -1. Stale entries in front of it are dropped.
   */
  front(currentToken: Int32Array): number {
    for (const ring of this.levels) {
      while (ring.length > 0) {
        const id = ring.ids[ring.head]!;
        if (currentToken[id] === ring.tokens[ring.head]) return id;
        ring.head = (ring.head + 1) & (ring.ids.length - 1);
        ring.length--;
      }
    }
    return -1;
  }

  /**
   * The first valid entry after `front` (in queue order) for which `accepts` is true, or
   * -1. Entries served from the middle of the line are left behind as stale entries (the
   * customer's token changes), dropped when they reach the front.
   */
  findBehind(front: number, currentToken: Int32Array, accepts: (id: number) => boolean): number {
    let passedFront = false;
    for (const ring of this.levels) {
      for (let i = 0; i < ring.length; i++) {
        const at = (ring.head + i) & (ring.ids.length - 1);
        const id = ring.ids[at]!;
        if (currentToken[id] !== ring.tokens[at]) continue;
        if (!passedFront) passedFront = id === front;
        else if (accepts(id)) return id;
      }
    }
    return -1;
  }

  /**
   * The first valid entry in queue order for which `accepts` is true, or -1 (a pool whose
   * units are told apart: each unit serves the first who waits for it or for any unit).
   * Stale entries at the front of a level are dropped on the way.
   */
  find(currentToken: Int32Array, accepts: (id: number) => boolean): number {
    for (const ring of this.levels) {
      const mask = ring.ids.length - 1;
      while (ring.length > 0 && currentToken[ring.ids[ring.head]!] !== ring.tokens[ring.head]) {
        ring.head = (ring.head + 1) & mask;
        ring.length--;
      }
      for (let i = 0; i < ring.length; i++) {
        const at = (ring.head + i) & mask;
        const id = ring.ids[at]!;
        if (currentToken[id] === ring.tokens[at] && accepts(id)) return id;
      }
    }
    return -1;
  }

  /** Valid entries in order, for snapshots (playback). */
  contents(currentToken: Int32Array): number[] {
    const ids: number[] = [];
    for (const ring of this.levels) {
      for (let i = 0; i < ring.length; i++) {
        const at = (ring.head + i) & (ring.ids.length - 1);
        const id = ring.ids[at]!;
        if (currentToken[id] === ring.tokens[at]) ids.push(id);
      }
    }
    return ids;
  }

  clear(): void {
    for (const ring of this.levels) {
      ring.head = 0;
      ring.length = 0;
    }
  }
}
