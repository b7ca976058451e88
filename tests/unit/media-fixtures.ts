import { deflateSync } from "node:zlib";

/** A small but well-formed PDF with `pages` pages, written object by object with a real xref table. */
export function minimalPdf(pages: number): Uint8Array<ArrayBuffer> {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>"),
  ];
  return assemble(objects.map((body, index) => `${index + 1} 0 obj\n${body}\nendobj\n`));
}

/** A one-page PDF that runs JavaScript when opened (an /OpenAction), as a hostile upload would. */
export function scriptedPdf(): Uint8Array<ArrayBuffer> {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>",
    "<< /Type /Action /S /JavaScript /JS (app.alert\\(document.cookie\\)) >>",
  ];
  return assemble(objects.map((body, index) => `${index + 1} 0 obj\n${body}\nendobj\n`));
}

/**
 * A PDF 1.5-style file whose page tree lives in a compressed object stream,
 * as most PDFs exported by current tools do: no `/Type /Page` in plain sight.
 */
export function compressedPdf(pages: number): Uint8Array<ArrayBuffer> {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(" ");
  const inner = [
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
  ];
  let offsets = "";
  let body = "";
  inner.forEach((object, index) => {
    offsets += `${index + 2} ${body.length} `;
    body += `${object}\n`;
  });
  const data = deflateSync(Buffer.from(offsets + body, "latin1"));
  const stream = `<< /Type /ObjStm /N ${inner.length} /First ${offsets.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`;
  const parts = [
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    Buffer.concat([Buffer.from(`${pages + 3} 0 obj\n${stream}`, "latin1"), data, Buffer.from("\nendstream\nendobj\n", "latin1")]).toString("latin1"),
  ];
  return assemble(parts);
}

function assemble(objects: string[]): Uint8Array<ArrayBuffer> {
  let text = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(Buffer.byteLength(text, "latin1"));
    text += object;
  }
  const xref = Buffer.byteLength(text, "latin1");
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, "latin1"));
}
