// Finds which terms of the term base occur in a text, all at once (Aho–Corasick): the corpus
// has 9 million characters and the term base about ten thousand terms, so testing each term
// with indexOf would be 10^11 steps; the automaton reads each character once.

/** The shortest term the base links to articles: one character says nothing. */
export const MIN_TERM_LENGTH = 2;

// The automaton in flat arrays, by UTF-16 code unit (both the terms and the texts are walked
// unit by unit, so characters outside the BMP match as their surrogate pairs).
export class TermMatcher {
  /** Transitions of each state: code unit -> state. */
  private readonly next: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Indexes of the terms that end in each state (fail links included); null when none. */
  private readonly out: (number[] | null)[] = [null];

  constructor(readonly terms: readonly string[]) {
    terms.forEach((term, index) => {
      if ([...term].length < MIN_TERM_LENGTH) return;
      let state = 0;
      for (let i = 0; i < term.length; i++) {
        const unit = term.charCodeAt(i);
        let target = this.next[state]!.get(unit);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.out.push(null);
          this.next[state]!.set(unit, target);
        }
        state = target;
      }
      (this.out[state] ??= []).push(index);
    });
    this.link();
  }

  private link(): void {
    this.fail = new Int32Array(this.next.length);
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [unit, child] of this.next[state]!) {
        let fail = this.fail[state]!;
        while (fail !== 0 && !this.next[fail]!.has(unit)) fail = this.fail[fail]!;
        const target = this.next[fail]!.get(unit);
        const childFail = target !== undefined && target !== child ? target : 0;
        this.fail[child] = childFail;
        const inherited = this.out[childFail];
        if (inherited) this.out[child] = [...(this.out[child] ?? []), ...inherited];
        queue.push(child);
      }
    }
  }

  /** The indexes (into `terms`) of the distinct terms occurring in `text`. */
  find(text: string): Set<number> {
    const found = new Set<number>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let target = this.next[state]!.get(unit);
      while (target === undefined && state !== 0) {
        state = this.fail[state]!;
        target = this.next[state]!.get(unit);
      }
      state = target ?? 0;
      const out = this.out[state];
      if (out) for (const index of out) found.add(index);
    }
    return found;
  }
}
