/** Small DOM helpers: text always goes in as text (no innerHTML with data). */
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'class') node.className = String(value);
    else if (key === 'value' && 'value' in node) (node as HTMLInputElement).value = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.firstChild.remove();
}

export function api<T>(path: string, body?: unknown): Promise<T> {
  return track(
    (async () => {
      const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(await response.text());
      return (await response.json()) as T;
    })(),
  );
}

let running = 0;

/**
 * Work the server has not answered yet (the page's requests, the frames' script calls, a frame
 * still loading): while there is any, the page says «Выполняется скрипт…» as Sheets does, and
 * `html[data-running]` tells a test the answer is still to come.
 */
export function track<T>(work: Promise<T>): Promise<T> {
  setRunning(1);
  return work.finally(() => setRunning(-1));
}

function setRunning(delta: number): void {
  running += delta;
  document.documentElement.toggleAttribute('data-running', running > 0);
  const note = document.getElementById('running');
  if (note) note.hidden = running === 0;
}

/** Column letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
