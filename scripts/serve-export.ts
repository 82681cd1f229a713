/**
 * `tsx scripts/serve-export.ts <port> [root]`: serves the static export (out/)
 * on 127.0.0.1 with deploy/nginx.conf, in the foreground, until stopped.
 */
import { spawn } from "node:child_process";
import { prepareNginx } from "./nginx";

const [port, root = "out"] = process.argv.slice(2);
if (!port || !/^\d+$/.test(port)) {
  console.error("usage: tsx scripts/serve-export.ts <port> [root]");
  process.exit(2);
}
try {
  const { command, args } = prepareNginx(Number(port), root);
  const nginx = spawn(command, args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => nginx.kill(signal));
  nginx.on("exit", (code) => process.exit(code ?? 1));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
