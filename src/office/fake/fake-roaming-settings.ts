// Office.context.roamingSettings for the simulator and tests: get/set/remove in memory, saveAsync
// calls back on a later turn (as Office does) and keeps what was saved, which tests can read.
export class FakeRoamingSettings {
  private readonly values = new Map<string, unknown>();
  /** What the last saveAsync stored: Outlook keeps only saved settings for next time. */
  saved: Record<string, unknown> = {};

  constructor(initial: Record<string, unknown> = {}) {
    for (const [name, value] of Object.entries(initial)) this.values.set(name, value);
    this.saved = { ...initial };
  }

  get(name: string): unknown {
    return this.values.get(name);
  }

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  remove(name: string): void {
    this.values.delete(name);
  }

  saveAsync(callback?: (result: { status: 'succeeded' }) => void): void {
    setTimeout(() => {
      this.saved = Object.fromEntries(this.values);
      callback?.({ status: 'succeeded' });
    }, 0);
  }
}
