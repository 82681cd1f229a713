import { checkImported, importText, readFixture } from "./import-fixtures";

/** The investor contact most fixtures print, without an organisation line. */
export const jocelynForInvestors = {
  role: "Investor Relations",
  name: "Jocelyn Philbrook",
  phone: "978-589-8672",
  email: "jphilbrook@sonusnet.com",
};

/** Imports a fixture and checks the result as the build would, placeholders apart. */
export function imported(fixture: string) {
  const result = importText(readFixture(fixture), fixture);
  const checked = checkImported(result);
  if (!checked.ok)
    throw new Error(
      `${fixture} fails the content checks: ${JSON.stringify(checked.problems)}`,
    );
  return { ...result, release: checked.value };
}
