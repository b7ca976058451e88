import "server-only";
import QRCode from "qrcode";

/** A QR code for `url` as an SVG string (rendered on the server; dark on white so every scanner reads it). */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
    color: { dark: "#18181b", light: "#ffffff" },
  });
  // Scales to its container; the caller gives it an accessible name.
  return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" width="100%" height="100%" ');
}
