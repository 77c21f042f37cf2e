import { toolLayout } from "../tools-layout";

// Forms below: this tool's part of the message catalogue.
export default toolLayout("catalogue");
