// `npm run check:documents`: every document kind printed by LibreOffice and checked for broken
// words and text past the margins (tests/layout/check.ts). Builds dist/ when stale; needs soffice
// and poppler-utils (pdftotext, pdftoppm). Pictures in test-output/documents/.
import { compileTool, ensureDist } from './tool.mjs';

ensureDist();
const tool = await compileTool('tests/layout/check.ts', 'check-documents');
tool.load();
