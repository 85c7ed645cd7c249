// Regenerates docs/playground.png: the built playground with the ATS example
// loaded. Run `npm run screenshot:playground` (it builds first).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { distDir, launchChromium, serveFolder } from "./browser-harness.mjs";

const example = readFileSync(new URL("../examples/ats-posting.txt", import.meta.url), "utf8");
const target = fileURLToPath(new URL("../docs/playground.png", import.meta.url));

const server = await serveFolder(distDir);
const browser = await launchChromium({ width: 1280, height: 860 });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator(".rule-setting").first().waitFor({ state: "attached" });
  await page.getByRole("button", { name: "Load example" }).click();
  await page.locator('li.finding[data-rule-id="experience-contradiction"]').first().waitFor();
  const text = await page.locator(".cm-content").innerText();
  if (!text.includes(example.split("\n")[0])) throw new Error("the example did not load");
  // No hover or focus ring left on the button that loaded the example.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.screenshot({ path: target });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
  await server.close();
}
