import { describe, expect, it } from "vitest";
import { argumentsOf, compareLocaleFolders, compareMessages, otherLocales, parseProblems, readLocaleFiles } from "@/lib/i18n/check";

const en = readLocaleFiles("en");

describe("message completeness (issue #17)", () => {
  it("every English message parses", () => {
    expect(Object.entries(en).flatMap(([file, tree]) => parseProblems(tree).map((p) => `${file}: ${p.key}: ${p.problem}`))).toEqual([]);
  });

  // No other locale folder yet: nothing to compare (passes); lv is checked as soon as lib/i18n/messages/lv exists.
  it.each(otherLocales().map((locale) => [locale]))("%s has the same files, keys and ICU arguments as en, and parses", (locale) => {
    const problems = compareLocaleFolders(en, readLocaleFiles(locale), { reference: "en", other: locale });
    expect(problems.map((p) => `${p.key}: ${p.problem}`)).toEqual([]);
  });
});

describe("the completeness checker", () => {
  const reference = { room: { title: "Campaigns", count: "{count, plural, one {# campaign} other {# campaigns}}", by: "By {name}" } };

  it("accepts a faithful translation, with its own plural categories", () => {
    const lv = { room: { title: "Kampaņas", count: "{count, plural, zero {# kampaņu} one {# kampaņa} other {# kampaņas}}", by: "Autors: {name}" } };
    expect(compareMessages(reference, lv, { reference: "en", other: "lv" })).toEqual([]);
  });

  it("fails on a key missing in either language", () => {
    const lv = { room: { title: "Kampaņas", count: "{count, plural, other {# kampaņas}}", extra: "Lieks" } };
    expect(compareMessages(reference, lv, { reference: "en", other: "lv" })).toEqual([
      { key: "room.by", problem: "missing in lv" },
      { key: "room.extra", problem: "missing in en (only in lv)" },
    ]);
  });

  it("fails on a renamed argument", () => {
    const lv = { room: { ...reference.room, by: "Autors: {vards}" } };
    expect(compareMessages(reference, lv, { reference: "en", other: "lv" })).toEqual([
      { key: "room.by", problem: "arguments differ: en {name:text}, lv {vards:text}" },
    ]);
  });

  it("fails on an argument whose type or shape changed", () => {
    const lv = { room: { ...reference.room, count: "{count, select, one {viena} other {vairākas}}", by: "Autors: {name, number}" } };
    expect(compareMessages(reference, lv, { reference: "en", other: "lv" }).map((p) => p.key)).toEqual(["room.by", "room.count"]);
    expect(compareMessages({ a: "{kind, select, A {a} other {o}}" }, { a: "{kind, select, B {b} other {o}}" })).toHaveLength(1);
    expect(compareMessages({ a: "Read <b>{title}</b>" }, { a: "Lasīt {title}" })).toHaveLength(1);
  });

  it("fails on a message that does not parse, in either language", () => {
    const lv = { room: { ...reference.room, by: "Autors: {name" } };
    const problems = compareMessages(reference, lv, { reference: "en", other: "lv" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: "room.by", problem: expect.stringMatching(/^lv: does not parse/) });
    expect(parseProblems({ broken: "{count, plural, one {x}" })).toHaveLength(1);
  });

  it("fails on a file only one language has", () => {
    const problems = compareLocaleFolders(
      { "a.json": { a: { x: "X" } }, "b.json": { b: { y: "Y" } } },
      { "a.json": { a: { x: "Iks" } } },
      { reference: "en", other: "lv" },
    );
    expect(problems).toEqual([{ key: "b.json", problem: "file missing in lv" }]);
  });

  it("reads a plural with the number inside as one numeric argument", () => {
    expect(Object.fromEntries(argumentsOf("{n, plural, one {# day} other {{n, number} days}} on {day, date, short}"))).toEqual({ n: "plural", day: "date" });
  });

  it("names each plain argument's kind", () => {
    expect(Object.fromEntries(argumentsOf("{name} sent {count, number} at {at, time, short} on {day, date}"))).toEqual({
      name: "text",
      count: "number",
      at: "time",
      day: "date",
    });
  });
});
