/** Counts service calls per method ("Range.getValues") and per service ("SpreadsheetApp"). */
export class CallCounter {
  private readonly byKey = new Map<string, number>();
  private readonly serviceOf = new Map<string, string>();

  count(service: string, key: string): void {
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
    this.serviceOf.set(key, service);
  }

  get(key: string): number {
    return this.byKey.get(key) ?? 0;
  }

  /** Total calls, or the calls of one service. */
  total(service?: string): number {
    let sum = 0;
    for (const [key, n] of this.byKey) if (!service || this.serviceOf.get(key) === service) sum += n;
    return sum;
  }

  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, n] of this.byKey) {
      const service = this.serviceOf.get(key) ?? '?';
      out[service] = (out[service] ?? 0) + n;
    }
    return out;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byKey].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.byKey.clear();
  }
}
