/**
 * A loopback web server over a Host: it serves the built pages (dist/<name>.html) with the
 * google.script.run shim injected, and runs the calls they make on the emulator. The browser
 * tests use it; `npm start` grows from it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Host } from '../host';
import { invokeFromPage } from '../bridge';
import { clientShim } from './shim';

export interface PreviewServer {
  url: string;
  host: Host;
  /** Requests the pages made of google.script.host (close, setHeight…), in order. */
  hostRequests: Array<{ what: string; data: unknown }>;
  close(): Promise<void>;
}

export interface PreviewOptions {
  host: Host;
  distDir: string;
  port?: number;
}

const MAX_BODY = 5 * 1024 * 1024;

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const { host, distDir } = options;
  const hostRequests: PreviewServer['hostRequests'] = [];
  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = /^\/page\/([\w-]+)$/.exec(url.pathname);
    if (request.method === 'GET' && page) {
      const file = path.join(distDir, `${page[1]}.html`);
      if (!fs.existsSync(file)) return send(response, 404, 'text/plain', `No page ${page[1]}`);
      return send(response, 200, 'text/html; charset=utf-8', withShim(host, fs.readFileSync(file, 'utf8'), url.searchParams.get('user')));
    }
    if (request.method === 'POST' && url.pathname === '/run') {
      const body = JSON.parse(await readBody(request)) as { fn: string; args: unknown[]; user?: string | null };
      const outcome = invokeFromPage(host, body.fn, body.args, { user: body.user ?? undefined });
      return send(response, 200, 'application/json', JSON.stringify(outcome));
    }
    if (request.method === 'POST' && url.pathname === '/host') {
      hostRequests.push(JSON.parse(await readBody(request)) as { what: string; data: unknown });
      return send(response, 204, 'text/plain', '');
    }
    send(response, 404, 'text/plain', 'Not found');
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host,
    hostRequests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A page's HTML with the google.script.run shim first in its head. */
export function withShim(host: Host, html: string, user: string | null): string {
  const names = Object.keys(host.bundle.functions).filter((n) => !n.endsWith('_'));
  const shim = `<script>${clientShim(names, user)}</script>`;
  return /<head>/i.test(html) ? html.replace(/<head>/i, (head) => `${head}\n${shim}`) : `${shim}\n${html}`;
}

export async function readBody(request: http.IncomingMessage): Promise<string> {
  return (await readBytes(request)).toString('utf8');
}

export function readBytes(request: http.IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('Request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}
