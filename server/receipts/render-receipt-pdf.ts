/**
 * The receipt as a PDF (issue 4), made with pdf-lib. The standard PDF fonts cannot encode
 * Latvian letters (ā, ķ, ņ...), so DejaVu Sans is embedded through @pdf-lib/fontkit, subset to
 * the glyphs used. The reference number is also written, as plain text, into the document's
 * information dictionary (`/Reference`, and in the title), so programs can find it without
 * extracting page text.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, type PDFFont, PDFName, type PDFPage, PDFString, rgb } from 'pdf-lib';
import type { ReceiptContent } from './receipt-content.ts';

const FONT_URL = new URL('./fonts/DejaVuSans.ttf', import.meta.url);
let fontBytes: Uint8Array | undefined;

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const TEXT_COLOUR = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.3, 0.3, 0.3);

export async function renderReceiptPdf(content: ReceiptContent, producedAt: Date): Promise<Uint8Array> {
  fontBytes ??= readFileSync(FONT_URL);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  doc.setTitle(`${content.heading} ${content.reference}`);
  doc.setLanguage(content.language === 'lv' ? 'lv-LV' : 'en-GB');
  doc.setCreationDate(producedAt);
  doc.setModificationDate(producedAt);
  doc.setProducer('E-form platform');
  // The information dictionary is the trailer's /Info entry, which setTitle has just created.
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) info.set(PDFName.of('Reference'), PDFString.of(content.reference));

  const writer = createWriter(doc, font);
  writer.paragraph(content.heading, 18, TEXT_COLOUR, 10);
  for (const fact of content.facts) writer.paragraph(`${fact.label}: ${fact.value}`, 11, TEXT_COLOUR, 2);
  writer.space(10);
  for (const section of content.sections) {
    if (section.title) writer.paragraph(section.title, 14, TEXT_COLOUR, 6);
    for (const answer of section.answers) {
      writer.paragraph(answer.label, 9.5, MUTED, 1);
      for (const line of answer.lines) writer.paragraph(line, 11, TEXT_COLOUR, 1);
      writer.space(6);
    }
    writer.space(6);
  }
  writer.paragraph(content.footer, 9.5, MUTED, 0);
  return doc.save({ useObjectStreams: false });
}

function createWriter(doc: PDFDocument, font: PDFFont) {
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const newPageIfBelow = (needed: number) => {
    if (y - needed >= MARGIN) return;
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  };
  return {
    space(points: number) {
      y -= points;
    },
    paragraph(text: string, size: number, color: ReturnType<typeof rgb>, after: number) {
      for (const line of wrap(text, font, size, width)) {
        newPageIfBelow(size * 1.35);
        y -= size * 1.35;
        page.drawText(line, { x: MARGIN, y, size, font, color });
      }
      y -= after;
    },
  };
}

/** Breaks text into lines that fit `width`, at spaces, or inside a word longer than a line. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
