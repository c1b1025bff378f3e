/** The JSON the preview server sends (emulator/preview/view.ts, session.ts). */
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
export interface Notice {
  kind: string;
  title: string;
  text: string;
  buttons: string[];
  ui: number | null;
  width?: number;
  height?: number;
}
export interface ActionResult {
  error: string | null;
  notices: Notice[];
  pending: Notice | null;
}
export interface Grid {
  name: string;
  rows: string[][];
  columns: number;
  frozenRows: number;
  hiddenColumns: number[];
  widths: number[];
  lists: Record<string, string[]>;
  selected: { row: number; column: number } | null;
  charts: Array<{ sheetId: number; chartId: number; row: number; column: number; offsetX: number; offsetY: number }>;
}
export interface View {
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
  log: Array<{ at: string; level: string; message: string }>;
  outbox: Array<{ at: string; to: string; subject: string; body: string; html: string | null }>;
  files: Array<{ id: string; name: string; path: string; mimeType: string; isDoc: boolean }>;
  forms: Array<{ id: string; title: string; published: boolean; accepting: boolean; responses: number }>;
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
