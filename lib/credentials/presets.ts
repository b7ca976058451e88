// The certifications, skills and tools the career guide names (GUIDE.md), offered as one-click presets.

export const certificationPresets = [
  { key: "hootsuite", name: "Hootsuite Social Marketing", issuer: "Hootsuite" },
  { key: "hubspot", name: "HubSpot Social Media Marketing", issuer: "HubSpot Academy" },
  { key: "metaBlueprint", name: "Meta Blueprint", issuer: "Meta" },
  { key: "googleAnalytics", name: "Google Analytics", issuer: "Google" },
] as const;

export const skillPresets = [
  "Content creation",
  "Copywriting",
  "Strategic planning",
  "Analytics and reporting",
  "Community management",
  "Crisis communication",
  "Paid social",
  "Short-form video",
] as const;

export const toolPresets = [
  "Hootsuite",
  "Buffer",
  "Sprout Social",
  "Canva",
  "Adobe Creative Suite",
  "Meta Business Suite",
  "Google Analytics",
  "TikTok Ads Manager",
  "LinkedIn Campaign Manager",
] as const;
