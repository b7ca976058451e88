// Messages of one locale: one file per room (see README "Languages"), each holding its room's namespace.
// Written by reorg.mjs from the *.json files of this folder; a new file needs its import and spread here.
import analytics from "./analytics.json";
import auth from "./auth.json";
import calendars from "./calendars.json";
import campaigns from "./campaigns.json";
import caseStudies from "./case-studies.json";
import coach from "./coach.json";
import common from "./common.json";
import confidential from "./confidential.json";
import contact from "./contact.json";
import credentials from "./credentials.json";
import dashboard from "./dashboard.json";
import documents from "./documents.json";
import editor from "./editor.json";
import exportMessages from "./export.json";
import featured from "./featured.json";
import firstRun from "./first-run.json";
import firstrun from "./firstrun.json";
import imports from "./imports.json";
import landing from "./landing.json";
import latvian from "./latvian.json";
import media from "./media.json";
import metrics from "./metrics.json";
import platforms from "./platforms.json";
import profileImport from "./profile-import.json";
import publicMessages from "./public.json";
import samples from "./samples.json";
import saves from "./saves.json";
import seo from "./seo.json";
import sharing from "./sharing.json";
import uploadStream from "./upload-stream.json";
import fileDrop from "./filedrop.json";

const messages = {
  ...analytics,
  ...auth,
  ...calendars,
  ...campaigns,
  ...caseStudies,
  ...coach,
  ...common,
  ...confidential,
  ...contact,
  ...credentials,
  ...dashboard,
  ...documents,
  ...editor,
  ...exportMessages,
  ...featured,
  ...firstRun,
  ...firstrun,
  ...imports,
  ...landing,
  ...latvian,
  ...media,
  ...metrics,
  ...platforms,
  ...profileImport,
  ...publicMessages,
  ...samples,
  ...saves,
  ...seo,
  ...sharing,
  ...uploadStream,
  ...fileDrop,
};
export default messages;
