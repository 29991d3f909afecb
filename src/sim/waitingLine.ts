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
