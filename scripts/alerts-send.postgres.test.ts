import { describeAlertsSend } from "@/lib/testing/alerts-send-suite";
import { testDatabase } from "@/lib/testing/postgres";

describeAlertsSend({
  name: "PostgreSQL",
  newDatabase: () => testDatabase("send"),
  runsSendTogether: true,
});
