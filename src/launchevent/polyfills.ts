// Built-ins newer than ES2016 that the engine uses, for classic Outlook's older JavaScript-only
// runtime. Defined only where missing; a bundle test runs the handler with them removed.

if (!Array.prototype.flatMap) {
  Object.defineProperty(Array.prototype, 'flatMap', {
    configurable: true,
    writable: true,
    value: function flatMap<T, U>(this: T[], callback: (value: T, index: number, array: T[]) => U | readonly U[], thisArg?: unknown): U[] {
      const out: U[] = [];
      for (let i = 0; i < this.length; i++) {
        const mapped = callback.call(thisArg, this[i]!, i, this);
        if (Array.isArray(mapped)) for (const item of mapped) out.push(item);
        else out.push(mapped as U);
      }
      return out;
    },
  });
}

export {};
