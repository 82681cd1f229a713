import { Pool } from "pg";
import { describeAlertStore } from "@/lib/testing/alert-store-suite";
import { testDatabase } from "@/lib/testing/postgres";
import { openPostgresAlertStore } from "./postgres-store";

describeAlertStore({
  name: "PostgreSQL",
  runsSendTogether: true,
  newDatabase: async () => {
    const url = await testDatabase("store");
    return () => openPostgresAlertStore(new Pool({ connectionString: url }));
  },
});
