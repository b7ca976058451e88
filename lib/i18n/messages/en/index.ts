// English messages, one file per domain; each file holds its own top-level namespace(s).
import auth from "./auth.json";
import calendars from "./calendars.json";
import caseStudies from "./case-studies.json";
import common from "./common.json";
import dashboard from "./dashboard.json";
import documents from "./documents.json";
import editor from "./editor.json";
import landing from "./landing.json";
import media from "./media.json";
import metrics from "./metrics.json";
import publicPage from "./public-page.json";
import seo from "./seo.json";
import sharing from "./sharing.json";
import confidential from "./confidential.json";
import firstRun from "./first-run.json";
import sharePresets from "./share-presets.json";
import kpiTable from "./kpi-table.json";
import imports from "./imports.json";
import featured from "./featured.json";
import saves from "./saves.json";

const messages = {
  ...common,
  ...landing,
  ...auth,
  ...dashboard,
  ...editor,
  ...media,
  ...metrics,
  ...documents,
  ...calendars,
  ...caseStudies,
  ...publicPage,
  ...sharing,
  ...seo,
  ...confidential,
  ...firstRun,
  ...sharePresets,
  ...kpiTable,
  ...imports,
  ...featured,
  ...saves,
};
export default messages;
