import { describe, expect, it } from "vitest";
import { orderSections, sectionKeys, visibleSections } from "@/lib/sections";

describe("section order", () => {
  it("defaults to the recruiter-first order", () => {
    expect(orderSections([])).toEqual([...sectionKeys]);
    expect(orderSections([])[0]).toBe("campaigns");
  });

  it("keeps the owner's order, drops unknown and repeated keys, appends missing ones", () => {
    const order = orderSections(["skills", "bogus", "campaigns", "skills"]);
    expect(order.slice(0, 2)).toEqual(["skills", "campaigns"]);
    expect(order).toHaveLength(sectionKeys.length);
    expect(new Set(order).size).toBe(sectionKeys.length);
  });

  it("hides hidden sections and narrows to a share link's sections", () => {
    expect(visibleSections([], ["samples"])).not.toContain("samples");
    expect(visibleSections(["caseStudies"], [], ["campaigns", "caseStudies"])).toEqual(["caseStudies", "campaigns"]);
    expect(visibleSections([], ["campaigns"], ["campaigns"])).toEqual([]);
  });
});
