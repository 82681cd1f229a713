/**
 * Modules import downward only: a cycle of imports, type imports included,
 * fails `npm run lint`. (ESLint's import/no-cycle found the same in ten
 * times the time.)
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module imports itself back through others.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
