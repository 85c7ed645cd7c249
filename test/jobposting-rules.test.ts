import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";

/** One JobPosting page: the JSON-LD properties given, the body text given. */
function page(properties: Record<string, unknown>, body: string): string {
  const data = { "@context": "https://schema.org", "@type": "JobPosting", ...properties };
  return `<!DOCTYPE html>\n<html><head>\n<script type="application/ld+json">\n${JSON.stringify(data, null, 2)}\n</script>\n</head>\n<body>\n${body}\n</body></html>\n`;
}

/** The 1-based line of the first line of `text` holding `needle`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split("\n").length;
}

function findings(text: string, ruleId: string, options?: Record<string, unknown>, filePath = "job.html"): string[] {
  const rules = { [ruleId]: options ? (["warn", options] as ["warn", Record<string, unknown>]) : ("warn" as const) };
  return lintText(text, { filePath, base: "none", rules }).messages.map((m) => m.message);
}

const salary = (min: number, max: number, unitText = "YEAR") => ({
  "@type": "MonetaryAmount",
  currency: "USD",
  value: { "@type": "QuantitativeValue", minValue: min, maxValue: max, unitText },
});

describe("jobposting-consistency", () => {
  it("takes a title with a qualifier set apart (place, Remote, company) for the same title, and a seniority word for another job", () => {
    expect(findings(page({ title: "Data Analyst" }, "<h1>Data Analyst (Remote)</h1>"), "jobposting-consistency")).toEqual([]);
    expect(findings(page({ title: "Data Analyst - Tucson, AZ" }, "<h1>Data Analyst</h1>"), "jobposting-consistency")).toEqual([]);
    expect(findings(page({ title: "Lead Data Analyst" }, "<h1>Data Analyst</h1>"), "jobposting-consistency")).toHaveLength(1);
    expect(findings(page({ title: "Data Analyst II" }, "<h1>Data Analyst</h1>"), "jobposting-consistency")).toHaveLength(1);
  });

  it("compares pay only where the periods can be compared, and any one agreeing figure is enough", () => {
    const hourly = "<h1>Cook</h1><p>Pay: $20 - $24 per hour.</p>";
    expect(findings(page({ baseSalary: salary(41600, 49920) }, hourly), "jobposting-consistency")).toEqual([]);
    expect(findings(page({ baseSalary: salary(20, 24, "HOUR") }, hourly), "jobposting-consistency")).toEqual([]);
    const off = page({ baseSalary: salary(18, 24, "HOUR") }, hourly);
    expect(findings(off, "jobposting-consistency")).toEqual([
      `JSON-LD baseSalary 18–24 USD per hour differs from the pay the text states: $20 - $24 at line ${lineOf(off, "Pay:")}`,
    ]);
    const two = "<h1>Cook</h1><p>Day shift: $18 - $22 per hour.</p><p>Night shift: $20 - $24 per hour.</p>";
    expect(findings(page({ baseSalary: salary(20, 24, "HOUR") }, two), "jobposting-consistency")).toEqual([]);
  });

  it("compares months of experience with the highest mandatory minimum, alternatives folded to their lowest, preferences aside", () => {
    const body =
      "<h2>Requirements</h2><ul><li>Bachelor's degree and 4+ years of experience in mechanical design, OR</li>" +
      "<li>Master's degree and 3+ years of experience in mechanical design.</li><li>2+ years of experience with SolidWorks.</li></ul>" +
      "<h2>Preferred</h2><ul><li>8+ years of experience in mechanical design.</li></ul>";
    const months = (n: number) => ({ experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: n } });
    expect(findings(page(months(36), body), "jobposting-consistency")).toEqual([]);
    expect(findings(page(months(48), body), "jobposting-consistency")).toHaveLength(1);
    expect(findings(page({ experienceRequirements: "At least 3 years of experience" }, body), "jobposting-consistency")).toEqual([]);
    expect(findings(page({ experienceRequirements: "At least 5 years of experience" }, body), "jobposting-consistency")).toHaveLength(1);
  });

  it("takes postgraduate for a Master's or a doctorate, and flags a degree where the text says none is needed", () => {
    const credential = (c: string) => ({ educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: c } });
    const masters = "<ul><li>Master's degree in Statistics.</li></ul>";
    expect(findings(page(credential("postgraduate degree"), masters), "jobposting-consistency")).toEqual([]);
    expect(findings(page(credential("bachelor degree"), masters), "jobposting-consistency")).toHaveLength(1);
    const none = page(credential("bachelor degree"), "<ul><li>No degree required.</li></ul>");
    expect(findings(none, "jobposting-consistency")).toEqual([
      `JSON-LD credentialCategory "bachelor degree" requires a degree, but the text says none is required at line ${lineOf(none, "No degree")}`,
    ]);
  });

  it("reads where the work is done from the title, location fields and prose, negation included", () => {
    const place = { jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Austin" } } };
    const remote = { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "USA" } };
    expect(findings(page(place, "<h1>Engineer (Remote)</h1>"), "jobposting-consistency")).toHaveLength(1);
    expect(findings(page(place, "<p><b>Location:</b> Remote</p>"), "jobposting-consistency")).toHaveLength(1);
    expect(findings(page(remote, "<p>This position is not remote.</p>"), "jobposting-consistency")).toHaveLength(1);
    expect(findings(page(remote, "<p>We build tools for remote teams.</p>"), "jobposting-consistency")).toEqual([]);
    expect(findings(page(remote, "<p>This is a hybrid role: two days on-site.</p>"), "jobposting-consistency")).toEqual([]);
    expect(findings(page(place, "<p>A fully remote role, or on-site in Austin if you prefer.</p>"), "jobposting-consistency")).toEqual([]);
  });

  it("holds a JSON file's description only to its own JobPosting", () => {
    const json = JSON.stringify([
      { "@context": "https://schema.org", "@type": "JobPosting", title: "Cook", description: "<h1>Cook</h1>" },
      { "@context": "https://schema.org", "@type": "JobPosting", title: "Dishwasher", description: "<h1>Dishwasher</h1>" },
    ]);
    expect(findings(json, "jobposting-consistency", undefined, "jobs.json")).toEqual([]);
  });
});

describe("jobposting-expired", () => {
  it("judges from today by default", () => {
    const lastYear = new Date().getUTCFullYear() - 1;
    const text = page({ datePosted: `${lastYear}-01-02`, validThrough: `${lastYear}-02-01` }, "<h1>Cook</h1>");
    expect(findings(text, "jobposting-expired")).toEqual([expect.stringMatching(new RegExp(`^validThrough ${lastYear}-02-01 has passed \\(as of \\d{4}-\\d{2}-\\d{2}\\)`))]);
    expect(findings(text, "jobposting-expired", { asOf: `${lastYear}-01-15` })).toEqual([]);
  });

  it("leaves a date that is not ISO 8601 to jobposting-required-fields", () => {
    expect(findings(page({ validThrough: "31/01/2020" }, "<h1>Cook</h1>"), "jobposting-expired")).toEqual([]);
    expect(findings(page({ validThrough: "31/01/2020" }, "<h1>Cook</h1>"), "jobposting-recommended-fields")).toContain(
      'validThrough "31/01/2020" is not an ISO 8601 date (write 2020-01-31 or 2020-01-31T09:00:00Z)',
    );
  });
});

describe("jobposting-required-fields", () => {
  it("rejects dates no calendar has, and suggests the ISO form of a US date", () => {
    expect(findings(page({ datePosted: "2026-02-30" }, ""), "jobposting-required-fields")).toContain(
      'datePosted "2026-02-30" is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00:00Z)',
    );
    expect(findings(page({ datePosted: "3/2/2026" }, ""), "jobposting-required-fields")).toContain(
      'datePosted "3/2/2026" is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00:00Z)',
    );
  });

  it("checks every JobPosting of a page, and none where there is no JSON-LD", () => {
    const two = `<script type="application/ld+json">[{"@type":"JobPosting","title":"A"},{"@type":"JobPosting","title":"B"}]</script>`;
    expect(findings(two, "jobposting-required-fields").filter((m) => m.includes("lacks datePosted"))).toHaveLength(2);
    expect(findings("<h1>Cook</h1><p>No structured data here.</p>", "jobposting-required-fields")).toEqual([]);
    expect(findings("Cook\nNo structured data here.\n", "jobposting-required-fields", undefined, "job.txt")).toEqual([]);
  });
});

describe("valid-json-ld", () => {
  it("takes other schema.org types for what they are, and a near miss of JobPosting for a typo", () => {
    const block = (type: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}"}</script>`;
    for (const type of ["Organization", "BreadcrumbList", "WebPage", "JobPosting"]) expect(findings(block(type), "valid-json-ld")).toEqual([]);
    for (const type of ["jobPosting", "Job Posting", "JobPostings", "JobPostng"]) expect(findings(block(type), "valid-json-ld")).toHaveLength(1);
  });

  it("reports each syntax error with its place, and comments", () => {
    const text = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", // note\n "title": \'Cook\'}</script>';
    const messages = lintText(text, { filePath: "job.html", base: "none", rules: { "valid-json-ld": "error" } }).messages;
    expect(messages.map((m) => [m.line, m.message.split(": ")[1]])).toEqual([
      [1, "comments are not allowed in JSON"],
      [2, "unexpected character"],
      [2, "a value is expected"],
    ]);
  });
});
