// One string per distinct word of a text, numbered in order of first use. E-mail repeats its words,
// so the tokenizer looks each word up here instead of slicing a fresh string for every occurrence,
// and matchers can remember per distinct word (by number) what they learnt about it.

/** Open addressing over typed arrays: no per-word Map entry or bucket array to allocate. */
export class WordTable {
  readonly words: string[] = [];
  // Small at first: phrases are tokenized too, a few words each. A power of two, for the mask.
  private hashes = new Int32Array(16);
  /** Word number + 1 per slot; 0 marks an empty slot. */
  private slots = new Int32Array(16);

  /**
   * The number of the word source[start, end), which hashes to `hash`; adds it when new.
   * `source` is already lower-cased.
   */
  numberOf(source: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let taken = this.slots[slot]!; taken !== 0; taken = this.slots[slot]!) {
      if (this.hashes[slot] === hash) {
        const word = this.words[taken - 1]!;
        if (word.length === length && source.startsWith(word, start)) return taken - 1;
      }
      slot = (slot + 1) & mask;
    }
    this.words.push(source.slice(start, end));
    this.hashes[slot] = hash;
    this.slots[slot] = this.words.length;
    // Half full at most, so a probe stays short.
    if (this.words.length * 2 > this.slots.length) this.grow();
    return this.words.length - 1;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] === 0) continue;
      let slot = oldHashes[i]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = oldHashes[i]!;
      this.slots[slot] = oldSlots[i]!;
    }
  }
}
