// English messages, one file per domain; each file holds its own top-level namespaces.
import common from "./common.json";
import landing from "./landing.json";

const messages = { ...common, ...landing };
export default messages;
