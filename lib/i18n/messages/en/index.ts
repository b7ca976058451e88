// English messages, one file per domain; each file holds its own top-level namespace(s).
import auth from "./auth.json";
import common from "./common.json";
import dashboard from "./dashboard.json";
import editor from "./editor.json";
import landing from "./landing.json";
import media from "./media.json";
import metrics from "./metrics.json";

const messages = { ...common, ...landing, ...auth, ...dashboard, ...editor, ...media, ...metrics };
export default messages;
