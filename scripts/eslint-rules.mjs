// Local ESLint rules (flat config plugin "postfolio"), used by eslint.config.mjs.
//
// postfolio/no-literal-string (issue #17 "Keep it complete"): user-visible text in components/ and app/ goes
// through next-intl, so a new language cannot meet an English word. It reports words written straight into
// what a reader sees or hears:
//   - JSX text (`<p>Saved</p>`) and strings rendered as children (`{open ? "Hide" : "Show"}`);
//   - string attributes (`aria-label="Close"`, `placeholder="e.g. Jane"`, `label="Name"`), except the attributes
//     that are code, not text: className, id, type, role, href/src, data-* (test ids), aria-hidden, rel, ...;
//   - object properties that become text (title, description, alt, placeholder, label), e.g. Next metadata;
//   - the first argument of toast()/alert()/confirm().
// A string counts as words when it has a letter run and reads like prose: it contains a space between letters or
// starts with a capital followed by lower case ("Close", "Sign in"). Identifiers ("ghost", "current-password"),
// constants ("YYYY-MM-DD"), URLs, paths, emails, CSS and ICU keys ("editor.common.save") are not words.
// Brand and platform names, punctuation-only strings and text inside <code>, <kbd>, <script>, <style> are allowed.

/** Attributes whose string value is code, never shown as text. */
const CODE_ATTRIBUTES = new Set([
  "className",
  "class",
  "id",
  "key",
  "name",
  "type",
  "role",
  "href",
  "src",
  "srcSet",
  "action",
  "method",
  "rel",
  "target",
  "lang",
  "dir",
  "htmlFor",
  "form",
  "autoComplete",
  "inputMode",
  "enterKeyHint",
  "pattern",
  "accept",
  "encType",
  "fill",
  "stroke",
  "viewBox",
  "d",
  "xmlns",
  "style",
  "as",
  "variant",
  "size",
  "tone",
  "icon",
  "mode",
  "sizes",
  "loading",
  "decoding",
  "fetchPriority",
  "referrerPolicy",
  "crossOrigin",
  "aria-hidden",
  "aria-live",
  "aria-current",
  "aria-controls",
  "aria-describedby",
  "aria-labelledby",
  "aria-haspopup",
  "aria-expanded",
  "aria-orientation",
  "aria-autocomplete",
  "nonce",
  "integrity",
  "charSet",
  "content",
  "property",
  "httpEquiv",
  "media",
  "color",
  "width",
  "height",
  "side",
  "align",
  "orientation",
  "defaultValue",
  "value",
  "namespace",
  "field",
  "path",
  "sectionKey",
  "testId",
]);
/** Object keys whose string value is shown to a person. */
const TEXT_PROPERTIES = new Set(["title", "description", "alt", "placeholder", "label", "ariaLabel", "aria-label"]);
/** Calls whose first argument is shown to a person. */
const TEXT_CALLS = new Set(["toast", "alert", "confirm", "prompt"]);
/** Elements whose text is code or data, not prose. */
const CODE_ELEMENTS = new Set(["code", "kbd", "samp", "pre", "script", "style"]);
/** Names that stay as they are in every language. */
const ALLOWED_WORDS = new Set([
  "Postfolio",
  "Instagram",
  "Facebook",
  "LinkedIn",
  "TikTok",
  "YouTube",
  "Pinterest",
  "Threads",
  "Snapchat",
  "Google",
  "GitHub",
  "Canva",
  "Markdown",
  "PDF",
  "CSV",
  "ZIP",
  "QR",
  "EN",
  "LV",
  "OK",
  "Aa", // a typeface specimen (theme swatches)
]);

/** `rendered`: the string is a child in JSX, always shown, so any real word counts (not only capitalised prose). */
export function looksLikeWords(raw, rendered = false) {
  const text = raw.replace(/\s+/g, " ").trim();
  if (!/[A-Za-z]{2,}/.test(text)) return false; // punctuation, numbers, "·", "x"
  if (/^(https?:|mailto:|tel:|\/|#|\.|@)/.test(text)) return false; // URLs, paths, anchors, handles
  if (/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(text)) return false; // e-mail address
  if (/^[a-z][\w-]*(\.[\w-]+)+$/i.test(text)) return false; // message keys, file names, dotted ids
  if (/^[\w-]+:[\w-]/.test(text) && !/\s/.test(text)) return false; // "lg:grid", "image/png"-like tokens
  const words = text.split(/[^A-Za-z'’]+/).filter((w) => w.length > 1);
  if (words.length === 0 || words.every((w) => ALLOWED_WORDS.has(w))) return false;
  if (rendered) return true;
  if (/[A-Za-z][\s][A-Za-z]/.test(text) && !/^[a-z0-9\s_:/.[\]()!-]+$/.test(text)) return true; // prose, not a class list
  if (/[A-Za-z]\s+[A-Za-z]/.test(text) && /[.!?…:]$/.test(text)) return true; // a lower-case sentence
  return /^[A-Z][a-z’']+/.test(text) && !ALLOWED_WORDS.has(text); // "Close", "Save"
}

function insideCodeElement(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "JSXElement" && p.openingElement.name.type === "JSXIdentifier" && CODE_ELEMENTS.has(p.openingElement.name.name)) return true;
  }
  return false;
}

/** The JSX attribute name, or "child" when a string is rendered as a child, or undefined when it is not rendered. */
function renderedAs(node) {
  let p = node.parent;
  while (p && ["ConditionalExpression", "LogicalExpression", "TemplateLiteral", "ArrayExpression"].includes(p.type)) {
    if (p.type === "ConditionalExpression" && p.test === node) return undefined;
    node = p;
    p = p.parent;
  }
  if (!p || p.type !== "JSXExpressionContainer") return undefined;
  if (p.parent.type === "JSXAttribute") return attributeName(p.parent);
  if (p.parent.type === "JSXElement" || p.parent.type === "JSXFragment") return "child";
  return undefined;
}
const attributeName = (attr) => (attr.name.type === "JSXNamespacedName" ? `${attr.name.namespace.name}:${attr.name.name.name}` : attr.name.name);
const isCodeAttribute = (name) =>
  CODE_ATTRIBUTES.has(name) || name.startsWith("data-") || /^on[A-Z]/.test(name) || /(ClassName|Class|Id|Href|Url|Key|Icon)$/.test(name);

const noLiteralString = {
  meta: {
    type: "problem",
    docs: { description: "User-visible text goes through next-intl messages, not string literals." },
    schema: [],
    messages: { literal: 'User-visible text "{{text}}": put it in the room\'s messages file and use t() (see README "Languages").' },
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: "literal", data: { text: text.replace(/\s+/g, " ").trim().slice(0, 60) } });
    const checkString = (node, text) => {
      const as = renderedAs(node);
      if (!as || (as !== "child" && isCodeAttribute(as)) || insideCodeElement(node)) return;
      if (looksLikeWords(text, as === "child")) report(node, text);
    };
    return {
      JSXText(node) {
        if (looksLikeWords(node.value, true) && !insideCodeElement(node)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = attributeName(node);
        if (
          node.value?.type === "Literal" &&
          typeof node.value.value === "string" &&
          !isCodeAttribute(name) &&
          looksLikeWords(node.value.value) &&
          !insideCodeElement(node)
        )
          report(node.value, node.value.value);
      },
      Literal(node) {
        if (typeof node.value !== "string") return;
        if (node.parent.type === "JSXAttribute") return; // handled above
        if (node.parent.type === "Property" && node.parent.value === node) {
          const key = node.parent.key.type === "Identifier" ? node.parent.key.name : node.parent.key.value;
          if (TEXT_PROPERTIES.has(key) && looksLikeWords(node.value)) return report(node, node.value);
        }
        if (node.parent.type === "CallExpression" && node.parent.arguments[0] === node) {
          const callee = node.parent.callee;
          const name =
            callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.object.type === "Identifier" ? callee.object.name : "";
          if (TEXT_CALLS.has(name) && looksLikeWords(node.value)) return report(node, node.value);
        }
        checkString(node, node.value);
      },
      TemplateLiteral(node) {
        const text = node.quasis.map((q) => q.value.cooked ?? "").join(" ");
        if (node.parent.type === "TaggedTemplateExpression") return;
        checkString(node, text);
      },
    };
  },
};

export const postfolioPlugin = { meta: { name: "postfolio" }, rules: { "no-literal-string": noLiteralString } };
