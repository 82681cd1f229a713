import { join } from "node:path";
import { describeAlertsSend } from "@/lib/testing/alerts-send-suite";
import { temporaryFolder } from "@/lib/testing/temporary-folder";

describeAlertsSend({
  name: "SQLite",
  newDatabase: async () => join(temporaryFolder("alerts-send-"), "alerts.db"),
  runsSendTogether: false,
});
