/**
 * The few icons the Fluent UI components we use draw (check box tick, drop-down chevron, message bar
 * badges, the command bar's "…" overflow, the settings gear), registered as inline SVG. Fluent's default icon font comes from Microsoft's CDN, which intranet
 * installs cannot reach (docs/intranet.md); inline icons need no download at all.
 */
import * as React from "react";
import { registerIcons } from "@fluentui/react";

const svg = (path: string) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
    <path d={path} />
  </svg>
);

let registered = false;

export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  registerIcons({
    icons: {
      CheckMark: svg("M13.86 3.66a.5.5 0 0 1-.02.7l-7.93 7.48a.6.6 0 0 1-.84-.02L2.4 9.1a.5.5 0 0 1 .72-.7l2.4 2.44 7.64-7.2a.5.5 0 0 1 .7.02Z"),
      ChevronDown: svg("M3.15 5.65a.5.5 0 0 1 .7 0L8 9.79l4.15-4.14a.5.5 0 0 1 .7.7l-4.5 4.5a.5.5 0 0 1-.7 0l-4.5-4.5a.5.5 0 0 1 0-.7Z"),
      Info: svg("M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 6a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0v-4A.5.5 0 0 0 8 7Zm0-2.25a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z"),
      ErrorBadge: svg("M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.15 4.15L8 7.29 5.85 5.15a.5.5 0 1 0-.7.7L7.29 8l-2.14 2.15a.5.5 0 0 0 .7.7L8 8.71l2.15 2.14a.5.5 0 0 0 .7-.7L8.71 8l2.14-2.15a.5.5 0 0 0-.7-.7Z"),
      Completed: svg("M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.35 4.65a.5.5 0 0 0-.7 0L7 9.29 5.35 7.65a.5.5 0 1 0-.7.7l2 2a.5.5 0 0 0 .7 0l4-4a.5.5 0 0 0 0-.7Z"),
      Warning: svg("M7.13 2.5a1 1 0 0 1 1.74 0l5.5 9.5A1 1 0 0 1 13.5 13.5h-11a1 1 0 0 1-.87-1.5l5.5-9.5ZM8 5a.5.5 0 0 0-.5.5v3.5a.5.5 0 0 0 1 0V5.5A.5.5 0 0 0 8 5Zm0 6.25a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Z"),
      More: svg("M4.5 8a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0Zm4.75 0a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0ZM14 8a1.25 1.25 0 1 1-2.5 0A1.25 1.25 0 0 1 14 8Z"),
      Settings: svg("M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5ZM6.5 8a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm.06-6.5a.5.5 0 0 0-.49.4l-.26 1.3c-.4.16-.78.38-1.12.65l-1.26-.43a.5.5 0 0 0-.59.22l-1.44 2.5a.5.5 0 0 0 .1.62l1 .88a4.6 4.6 0 0 0 0 1.3l-1 .88a.5.5 0 0 0-.1.62l1.44 2.5a.5.5 0 0 0 .6.22l1.25-.43c.34.27.72.49 1.12.65l.26 1.3a.5.5 0 0 0 .49.4h2.88a.5.5 0 0 0 .49-.4l.26-1.3c.4-.16.78-.38 1.12-.65l1.26.43a.5.5 0 0 0 .59-.22l1.44-2.5a.5.5 0 0 0-.1-.62l-1-.88a4.6 4.6 0 0 0 0-1.3l1-.88a.5.5 0 0 0 .1-.62l-1.44-2.5a.5.5 0 0 0-.6-.22l-1.25.43a4.5 4.5 0 0 0-1.12-.65l-.26-1.3a.5.5 0 0 0-.49-.4H6.56Zm.4 1h2.08l.23 1.13a.5.5 0 0 0 .33.37c.5.17.95.43 1.34.77a.5.5 0 0 0 .49.1l1.1-.37 1.04 1.8-.87.77a.5.5 0 0 0-.16.46 3.6 3.6 0 0 1 0 1.54.5.5 0 0 0 .16.46l.87.77-1.04 1.8-1.1-.37a.5.5 0 0 0-.49.1c-.39.34-.84.6-1.34.77a.5.5 0 0 0-.33.37l-.23 1.13H6.96l-.23-1.13a.5.5 0 0 0-.33-.37 3.5 3.5 0 0 1-1.34-.77.5.5 0 0 0-.49-.1l-1.1.37-1.04-1.8.87-.77a.5.5 0 0 0 .16-.46 3.6 3.6 0 0 1 0-1.54.5.5 0 0 0-.16-.46l-.87-.77 1.04-1.8 1.1.37a.5.5 0 0 0 .49-.1c.39-.34.84-.6 1.34-.77a.5.5 0 0 0 .33-.37l.23-1.13Z"),
      Clear: svg("M3.65 3.65a.5.5 0 0 1 .7 0L8 7.29l3.65-3.64a.5.5 0 0 1 .7.7L8.71 8l3.64 3.65a.5.5 0 0 1-.7.7L8 8.71l-3.65 3.64a.5.5 0 0 1-.7-.7L7.29 8 3.65 4.35a.5.5 0 0 1 0-.7Z"),
    },
  });
}
