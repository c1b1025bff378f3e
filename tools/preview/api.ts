/**
 * The JSON between the preview server and its page, in one place for both: the server builds it
 * (view.ts, session.ts, app-server.ts), the page (app/) reads it. No imports, so the page's
 * DOM-only compile can read it too.
 */
export interface MenuItem {
  label: string;
  functionName?: string;
  items?: MenuItem[];
  separator?: boolean;
}
export interface Menu {
  title: string;
  addon: boolean;
  items: MenuItem[];
}
/** What the page shows after an action: dialogs, sidebars, toasts. */
export interface Notice {
  kind: string;
  title: string;
  text: string;
  buttons: string[];
  /** Sidebars and dialogs: the index of the UI event whose HTML the frame shows. */
  ui: number | null;
  /** Dialogs: the size the add-on asked for (HtmlOutput.setWidth/setHeight), in pixels. */
  width?: number;
  height?: number;
}
export interface ActionResult {
  error: string | null;
  notices: Notice[];
  /** A dialog the running script waits on. */
  pending: Notice | null;
}
export interface Grid {
  name: string;
  rows: string[][];
  columns: number;
  frozenRows: number;
  hiddenColumns: number[];
  widths: number[];
  /** Drop-down choices by "row,column" (1-based) for cells with a list rule. */
  lists: Record<string, string[]>;
  selected: { row: number; column: number } | null;
  /** Embedded charts by their anchor cell; the SVG comes from /chart/<sheetId>/<chartId>.svg. */
  charts: Array<{ sheetId: number; chartId: number; row: number; column: number; offsetX: number; offsetY: number }>;
}
/** The page's whole view, as GET /view sends it. */
export interface PageView {
  clock: number;
  clockText: string;
  zone: string;
  user: string;
  spreadsheet: string;
  tabs: Array<{ name: string; hidden: boolean }>;
  grid: Grid | null;
  menus: Menu[];
  triggers: Array<{ id: string; handler: string; eventType: string; user: string; nextRun: string }>;
  executions: Array<{ at: string; fn: string; kind: string; user: string; ok: boolean; message: string }>;
  /** The workspace's log (Logger, console, failed executions), newest last; kept in the state file. */
  log: Array<{ at: string; level: string; message: string }>;
  outbox: Array<{ at: string; to: string; subject: string; body: string; html: string | null }>;
  files: Array<{ id: string; name: string; path: string; mimeType: string; isDoc: boolean }>;
  forms: Array<{ id: string; title: string; published: boolean; accepting: boolean; responses: number }>;
}

export interface View extends PageView {
  notices: Notice[];
  pending: Notice | null;
}
export interface FormItem {
  id: number;
  type: string;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
  lower: number;
  upper: number;
  rows: string[];
  columns: string[];
}
export interface FormView {
  id: string;
  title: string;
  description: string;
  items: FormItem[];
  people: Array<{ name: string; email: string }>;
  error?: string;
}
