import { createElement } from "react";
import { iconPaths, type IconName } from "./icon-paths";

// Icons of the reading pages: each outline is drawn once per page as a <symbol>
// (IconSprite, rendered by PublicFrame) and every use is a small <svg><use>,
// instead of a full inline copy per use (107 on the demo page). Plain server
// markup: lucide-react's components are client components, which the reading
// pages, rendered without a client runtime, cannot contain.

const prefix = "pf-i-";

/** A decorative icon (aria-hidden), sized and coloured by its className like lucide's. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      className={className}
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <use href={`#${prefix}${name}`} />
    </svg>
  );
}

/** Every icon's outline as a <symbol>, once per page. */
export function IconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" style={{ position: "absolute" }}>
      {(Object.keys(iconPaths) as IconName[]).map((name) => (
        <symbol key={name} id={`${prefix}${name}`} viewBox="0 0 24 24">
          {iconPaths[name].map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
        </symbol>
      ))}
    </svg>
  );
}
