/**
 * `npm start` (scripts/start.mjs compiles and runs this): the preview on 127.0.0.1, PORT or
 * 8080 (a free port when that one is taken), the workspace in .preview/state.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startPreview } from './app-server';

export async function main(): Promise<void> {
  const stateFile = path.resolve(process.env.PREVIEW_STATE ?? path.join('.preview', 'state.json'));
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  console.log(`Состояние: ${stateFile}`);
  if (!fs.existsSync(stateFile)) console.log('Первый запуск: создаю демонстрационную школу через дополнение…');
  const started = Date.now();
  const preview = await startPreview({ stateFile, port });
  console.log(`Готово за ${((Date.now() - started) / 1000).toFixed(1)} с.`);
  if (port !== 0 && !preview.url.endsWith(`:${port}`)) console.log(`Порт ${port} занят: взят свободный.`);
  console.log(`Предпросмотр дополнения: ${preview.url}/`);
  console.log('Остановить: Ctrl+C. Кнопка «Сброс» на странице возвращает демонстрационную школу.');
}
