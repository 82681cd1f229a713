/**
 * Whether a build offers e-mail alerts: the Node server always does; a static
 * export (STATIC_EXPORT=1) only when ALERTS_ENDPOINT names a server for its
 * form to post to. Plain CommonJS, so that next.config.js, which decides the
 * build's routes, and the app, which decides its links, read one rule.
 *
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {boolean}
 */
function alertsServed(env) {
  return env.STATIC_EXPORT !== "1" || Boolean(env.ALERTS_ENDPOINT);
}

module.exports = { alertsServed };
