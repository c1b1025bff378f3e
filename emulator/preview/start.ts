/**
 * `npm start` (scripts/start.mjs compiles and runs this): the preview on 127.0.0.1, PORT or
 * 8080 (a free port when that one is taken), the workspace in .preview/state.json.
 */
import path from 'node:path';
import { startPreview } from './app-server';

export async function main(): Promise<void> {
  const stateFile = path.resolve(process.env.PREVIEW_STATE ?? path.join('.preview', 'state.json'));
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  console.log(`Состояние: ${stateFile}`);
  const started = Date.now();
  const preview = await startPreview({ stateFile, port });
  console.log(`Готово за ${((Date.now() - started) / 1000).toFixed(1)} с.`);
  console.log(`Предпросмотр дополнения: ${preview.url}/`);
  console.log('Остановить: Ctrl+C. «Начать заново» на странице возвращает демонстрационную школу.');
}
