// When to restart a server that stopped by itself: again and again would hide a server that
// cannot run (and burn a core), never would leave the user without a canvas after one crash.

export interface RestartDecision {
  restart: boolean;
  /** Crashes inside the window, this one included. */
  crashes: number;
}

export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now` (ms): restart unless more than maxRestarts happened within the window. */
  crashed(now: number): RestartDecision {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, crashes: this.crashes.length };
  }

  /** A restart the user asked for starts counting afresh. */
  reset(): void {
    this.crashes.length = 0;
  }
}
