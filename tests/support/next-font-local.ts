// next/font/local is a compile-time transform of Next's; outside Next a font is just its class names.
export default function localFont(options: { variable?: string }) {
  return { className: "font-local", variable: options.variable ? `font-variable${options.variable.replace(/^--/, "-")}` : "", style: { fontFamily: "local" } };
}
