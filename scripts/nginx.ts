/**
 * deploy/nginx.conf as a configuration nginx runs without privileges, for the
 * export's browser tests and the bench: the same server block, listening on a
 * loopback port and serving another root, with its pid and temporary files in
 * a folder of its own, beside any nginx the machine runs.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const DEPLOY_CONFIG = path.resolve(__dirname, "../deploy/nginx.conf");

/** Debian puts nginx in /usr/sbin, which is not on other users' PATH. */
const NGINX_CANDIDATES = ["nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx"];

const BROTLI_STATIC_MODULE = "ngx_http_brotli_static_module.so";

/** What `nginx -V` tells of the build: where it looks for relative includes and modules, and what it lacks. */
export type NginxBuild = {
  binary: string;
  confDirectory: string;
  modulesDirectory: string;
  withoutModules: string[];
};

/** NGINX if set, else the first nginx found; undefined when there is none. */
export function findNginx(): NginxBuild | undefined {
  const candidates = process.env.NGINX ? [process.env.NGINX] : NGINX_CANDIDATES;
  for (const binary of candidates) {
    const result = spawnSync(binary, ["-V"], { encoding: "utf8" });
    if (result.error || result.status !== 0) continue;
    const option = (name: string) =>
      new RegExp(`--${name}=(\\S+)`).exec(result.stderr)?.[1];
    const prefix = option("prefix") ?? "/usr/local/nginx";
    return {
      binary,
      confDirectory: path.dirname(
        option("conf-path") ?? path.join(prefix, "conf/nginx.conf"),
      ),
      modulesDirectory: option("modules-path") ?? path.join(prefix, "modules"),
      withoutModules: [...result.stderr.matchAll(/--without-(\S+)/g)].map(
        ([, name]) => name ?? "",
      ),
    };
  }
  return undefined;
}

export const NGINX_MISSING =
  "nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-static (Debian), brew install nginx (macOS), or set NGINX to its path";

/** Where the brotli_static module is, if this nginx has one. */
export function brotliStaticModule(build: NginxBuild): string | undefined {
  const file = path.join(build.modulesDirectory, BROTLI_STATIC_MODULE);
  return existsSync(file) ? file : undefined;
}

type RunnableOptions = {
  /** deploy/nginx.conf's text */
  deployConfig: string;
  port: number;
  root: string;
  /** the folder for the pid and temporary files */
  directory: string;
  build: NginxBuild;
};

/** Replaces the one directive `name` has, failing if the deploy file has none or several. */
function replaceDirective(config: string, name: string, value: string) {
  const directive = new RegExp(`^(\\s*)${name}\\s[^;]*;`, "gm");
  const count = config.match(directive)?.length ?? 0;
  if (count !== 1)
    throw new Error(
      `deploy/nginx.conf must have one \`${name}\`, has ${count}`,
    );
  return config.replace(directive, `$1${name} ${value};`);
}

/** The deploy file wrapped in the main and http contexts it is included from when deployed. */
export function runnableConfig({
  deployConfig,
  port,
  root,
  directory,
  build,
}: RunnableOptions): string {
  const listen = /^(\s*)listen\s[^;]*;\n/gm;
  if (!listen.test(deployConfig))
    throw new Error("deploy/nginx.conf must have a `listen`");
  let listening = false;
  let server = deployConfig.replace(listen, (_line, indent: string) => {
    if (listening) return "";
    listening = true;
    return `${indent}listen 127.0.0.1:${port};\n`;
  });
  server = replaceDirective(server, "root", path.resolve(root));
  // A deployed file's relative includes are read from nginx's own folder.
  server = server.replace(
    /^(\s*)include\s+([^/\s;][^;]*);/gm,
    (_line, indent: string, file: string) =>
      `${indent}include ${path.join(build.confDirectory, file)};`,
  );
  const brotli = brotliStaticModule(build);
  if (!brotli) server = server.replace(/^\s*brotli_static\s[^;]*;\n/gm, "");
  // Only the modules this nginx has take a temporary path; each default is a system folder.
  const temporaryPaths = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .filter(
      (module) =>
        module === "client_body" ||
        !build.withoutModules.includes(`http_${module}_module`),
    )
    .map((module) => `  ${module}_temp_path ${path.join(directory, module)};`);
  return [
    `# Written by scripts/nginx.ts from ${DEPLOY_CONFIG}.`,
    ...(brotli ? [`load_module ${brotli};`] : []),
    // As root, nginx's workers would run as nobody, who may not read a checkout in a home folder.
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "worker_processes auto;",
    "daemon off;",
    `pid ${path.join(directory, "nginx.pid")};`,
    "error_log stderr;",
    "events { worker_connections 1024; }",
    "http {",
    "  access_log off;",
    ...temporaryPaths,
    server,
    "}",
    "",
  ].join("\n");
}

export type RunnableNginx = {
  command: string;
  args: string[];
  brotli: boolean;
};

/**
 * Writes the runnable configuration to a folder named by the port, emptied
 * first, so that runs on different ports never share one and a run stopped
 * by a signal leaves only one behind.
 */
export function prepareNginx(port: number, root: string): RunnableNginx {
  const build = findNginx();
  if (!build) throw new Error(NGINX_MISSING);
  const directory = path.join(tmpdir(), `ir-nginx-${port}`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const config = path.join(directory, "nginx.conf");
  writeFileSync(
    config,
    runnableConfig({
      deployConfig: readFileSync(DEPLOY_CONFIG, "utf8"),
      port,
      root,
      directory,
      build,
    }),
  );
  return {
    command: build.binary,
    // -e: the log nginx writes to before it reads the configuration, a system file by default.
    args: ["-c", config, "-p", directory, "-e", "stderr"],
    brotli: brotliStaticModule(build) !== undefined,
  };
}
