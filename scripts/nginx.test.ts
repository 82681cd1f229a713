import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nextSecurityHeaders } from "../e2e/security-headers";
import { DEPLOY_CONFIG, runnableConfig, type NginxBuild } from "./nginx";

const deployConfig = fs.readFileSync(DEPLOY_CONFIG, "utf8");

describe("deploy/nginx.conf", () => {
  it("sends each header next.config.ts sends, with its value, on every status", async () => {
    const sent = Object.fromEntries(
      [...deployConfig.matchAll(/^\s*add_header (\S+) "(.*)" always;$/gm)].map(
        ([, name, value]) => [name, value],
      ),
    );
    expect(sent).toEqual(await nextSecurityHeaders());
  });
});

describe("runnableConfig", () => {
  let modules: string;
  beforeEach(() => {
    modules = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-modules-"));
  });
  afterEach(() => {
    fs.rmSync(modules, { recursive: true, force: true });
  });

  const build = (withoutModules: string[] = []): NginxBuild => ({
    binary: "nginx",
    confDirectory: "/etc/nginx",
    modulesDirectory: modules,
    withoutModules,
  });
  const run = (config = deployConfig, nginx = build()) =>
    runnableConfig({
      deployConfig: config,
      port: 4567,
      root: "out",
      directory: "/tmp/ir-nginx-4567",
      build: nginx,
    });

  it("listens on the loopback port only and serves the root given", () => {
    const config = run();
    expect(config.match(/^\s*listen\s.*$/gm)).toEqual([
      "    listen 127.0.0.1:4567;",
    ]);
    expect(config.match(/^\s*root\s.*$/gm)).toEqual([
      `    root ${path.resolve("out")};`,
    ]);
  });

  it("reads relative includes from nginx's folder, as a deployed file does", () => {
    expect(run()).toContain("include /etc/nginx/mime.types;");
  });

  it("keeps pid and temporary files in its folder, for the modules nginx has", () => {
    const config = run(deployConfig, build(["http_uwsgi_module"]));
    expect(config).toContain("pid /tmp/ir-nginx-4567/nginx.pid;");
    expect(config).toContain(
      "client_body_temp_path /tmp/ir-nginx-4567/client_body;",
    );
    expect(config).toContain("scgi_temp_path /tmp/ir-nginx-4567/scgi;");
    expect(config).not.toContain("uwsgi_temp_path");
  });

  it("loads the brotli static module when nginx has it, else leaves brotli_static out", () => {
    expect(run()).not.toMatch(/^\s*(brotli_static|load_module)/m);
    const brotliModule = path.join(modules, "ngx_http_brotli_static_module.so");
    fs.writeFileSync(brotliModule, "");
    const config = run();
    expect(config).toContain(`load_module ${brotliModule};`);
    expect(config).toMatch(/^\s*brotli_static on;$/m);
  });

  it("refuses a deploy file without one root or without a listen", () => {
    expect(() => run(deployConfig.replace(/^\s*root\s.*$/m, ""))).toThrow(
      "deploy/nginx.conf must have one `root`, has 0",
    );
    expect(() => run(deployConfig.replace(/^\s*listen\s.*$/gm, ""))).toThrow(
      "deploy/nginx.conf must have a `listen`",
    );
  });
});
