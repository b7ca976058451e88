// The one duplicate rule, used by the preview (to mark and untick) and by the save (to skip):
// the same certification name + issuer, the same position title + company + start date, the same
// school, the same skill or tool (within its list), each compared without letter case or extra spaces.
import type { ProfileEntryKind } from "./schema";

const norm = (value: string | null | undefined) => (value ?? "").trim().replace(/\s+/g, " ").toLowerCase();

export type DuplicateKeySource = {
  certification: { name: string; issuer: string };
  experience: { role: string; organization: string; startDate: string };
  education: { school: string };
  skill: { name: string; category: string };
};

export function duplicateKey<K extends ProfileEntryKind>(kind: K, entry: DuplicateKeySource[K]): string {
  switch (kind) {
    case "certification": {
      const cert = entry as DuplicateKeySource["certification"];
      return `certification|${norm(cert.name)}|${norm(cert.issuer)}`;
    }
    case "experience": {
      const job = entry as DuplicateKeySource["experience"];
      return `experience|${norm(job.role)}|${norm(job.organization)}|${job.startDate.trim()}`;
    }
    case "education":
      return `education|${norm((entry as DuplicateKeySource["education"]).school)}`;
    default: {
      const skill = entry as DuplicateKeySource["skill"];
      return `skill|${skill.category}|${norm(skill.name)}`;
    }
  }
}
