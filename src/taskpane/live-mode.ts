/**
 * Live mode (off by default): re-check the sheet once the user has stopped editing for a moment. Excel's
 * onChanged also fires for the pane's own writes, so changes during a quiet period after a fill or an
 * undo are ignored, as are changes while the pane is busy.
 */
import type { WorkbookGateway } from "../excel/workbook";
import { debounce } from "./debounce";

/** How long after our own write its onChanged events are still ours. */
const QUIET_AFTER_WRITE_MS = 1500;

export class LiveMode {
  private unwatch?: () => Promise<void>;
  private quietUntil = 0;
  private readonly recheck: ReturnType<typeof debounce>;

  /** `check` runs `delayMs` after the last change; `busy` says whether the pane is in the middle of something. */
  constructor(
    private readonly workbook: WorkbookGateway,
    check: () => void,
    private readonly busy: () => boolean,
    delayMs = 1200,
  ) {
    this.recheck = debounce(check, delayMs);
  }

  /** The pane just wrote to the sheet: what fires next is its own doing. */
  wrote(): void {
    this.quietUntil = Date.now() + QUIET_AFTER_WRITE_MS;
  }

  /** Subscribes to or unsubscribes from the active sheet's changes to match `on`. */
  async set(on: boolean): Promise<void> {
    if (on && !this.unwatch) {
      this.unwatch = await this.workbook.watchActiveSheet(() => {
        if (Date.now() < this.quietUntil || this.busy()) return;
        this.recheck();
      });
    } else if (!on && this.unwatch) {
      const stop = this.unwatch;
      this.unwatch = undefined;
      this.recheck.cancel();
      await stop();
    }
  }
}
