#!/usr/bin/env node
// Generates ATS-style plain-text job postings (.txt), the counterpart of
// ../shared/bench/gen-corpus.js (Markdown). Applicant tracking systems export
// postings as plain text: a "Job Title:" header block, section headings in
// CAPS or "Title:" style, tab-indented bullets (with or without a marker),
// "N+ years" requirements, pay lines and lines repeated across sections.
// The shapes follow ../shared/examples/ats-posting.txt and ../shared/corpus/*.txt.
//
// Usage: node gen-text.mjs <outDir> <N> [seed]     writes posting-00000.txt ...
//        node gen-text.mjs --one <file> [seed]
//
// Same seed and N give byte-identical files (a private PRNG, no Math.random),
// so benchmark corpora are comparable between runs and machines.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** mulberry32: the same small PRNG as gen-corpus.js. */
function mulberry32(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const companies = ["Quarrybend Electric", "Brightmere Home & Garden", "Veltrane Semiconductor", "Quillfeather Software", "Northgate Medical Group", "Cedar Hollow School District", "Ironvale Manufacturing", "Saltmarsh Logistics", "Brindle Spoon Bistro", "Halcyon Credit Union", "Redpine Analytics", "Tallowood Construction"];
const locations = ["Tacoma, WA", "Fort Collins, CO", "San Diego, CA", "Austin, TX or Remote (US)", "Asheville, NC", "Columbus, OH", "Remote (US)", "Raleigh, NC", "Boise, ID", "Pittsburgh, PA", "Hybrid - Denver, CO", "Madison, WI"];
const jobs = [
  { title: "Journeyman Electrician - Commercial", area: "Construction > Electrical", field: "commercial electrical construction", hourly: [34, 52], skills: ["NEC code compliance", "conduit bending", "blueprint reading", "motor controls", "fire alarm systems"] },
  { title: "Store Manager", area: "Retail > Store Operations", field: "retail management", hourly: null, salary: [55, 80], skills: ["scheduling", "inventory control", "point-of-sale systems", "loss prevention", "visual merchandising"] },
  { title: "Compiler Engineer", area: "Engineering Group > Software Engineering", field: "compiler development", salary: [150, 230], skills: ["C++", "LLVM", "MLIR", "Python", "register allocation"] },
  { title: "DevOps Engineer III", area: "Engineering Group > Infrastructure", field: "Linux systems administration", salary: [130, 185], skills: ["Kubernetes", "Terraform", "Helm", "Prometheus", "Bash"] },
  { title: "Registered Nurse - Med/Surg", area: "Nursing > Inpatient Care", field: "acute care nursing", hourly: [38, 61], skills: ["patient assessment", "Epic charting", "IV therapy", "wound care", "care planning"] },
  { title: "Middle School Math Teacher", area: "Education > Instruction", field: "classroom teaching", salary: [48, 72], skills: ["lesson planning", "differentiated instruction", "Google Classroom", "formative assessment", "classroom management"] },
  { title: "Line Cook (Full Time)", area: "Hospitality > Kitchen", field: "high-volume kitchens", hourly: [16, 22], skills: ["knife skills", "grill and saute", "food safety", "prep lists", "plating"] },
  { title: "Junior Data Analyst", area: "Finance > Analytics", field: "data analysis", salary: [58, 78], skills: ["SQL", "Excel", "Tableau", "Python", "data cleaning"] },
  { title: "PCB Design Engineer", area: "Engineering Group > Hardware Engineering", field: "PCB layout", salary: [105, 150], skills: ["Altium Designer", "signal integrity", "DFM reviews", "schematic capture", "high-speed routing"] },
  { title: "Warehouse Supervisor", area: "Operations > Distribution", field: "warehouse operations", hourly: [24, 31], skills: ["WMS software", "forklift operation", "OSHA safety", "cycle counting", "shift scheduling"] },
  { title: "Mechanical Design Engineer", area: "Engineering Group > Mechanical Engineering", field: "mechanical design", salary: [90, 135], skills: ["SolidWorks", "GD&T", "FEA", "sheet metal design", "tolerance analysis"] },
  { title: "Member Service Representative", area: "Banking > Branch Operations", field: "customer service", hourly: [18, 24], skills: ["cash handling", "account opening", "CRM software", "cross-selling", "problem solving"] },
];
const overviews = [
  "{company} is a {adj} employer with {size} people across {sites} locations. We have grown every year since {year} and we promote from within whenever we can.",
  "Join {company} and help us serve customers across the region. We are a {adj} team that takes pride in doing the job right the first time.",
  "{company} is seeking a {title} to join our team in {location}. The role reports to the {boss} and works closely with every department on site.",
  "Founded in {year}, {company} has built a reputation for quality work and long-term relationships with our customers. We work hard, play hard, and look out for each other.",
];
const roles = [
  "As our {title}, you will be the go-to person for {field} on a team that depends on steady, careful work. You will have the tools and the support to do the job well, and a clear path to grow into a lead role within two years.",
  "This is a hands-on role for someone who enjoys solving problems as they come up. You will split your time between day-to-day work and improvement projects, and you will work closely with the {boss} to set priorities each week.",
  "The {title} plays a key part in keeping our {location} site running. Expect a mix of planned work and urgent requests, a team that shares knowledge freely, and a manager who cares about your development.",
];
const schedules = ["Monday to Friday, {start}:00 AM - {end}:30 PM", "8-hour shifts; some 10-hour shifts during peak season", "Overtime as needed", "Every other weekend", "Day shift with occasional night coverage", "On-call one week in six"];
const environments = [
  "Work is performed indoors and outdoors, in all weather conditions, around moving equipment and noise. Personal protective equipment is required on site and provided by the company.",
  "This position works mostly in an office or classroom setting with occasional travel to other sites. Requires sitting or standing for extended periods and regular use of a computer.",
  "The kitchen and warehouse areas can be hot, loud, and busy. You will be on your feet for most of the shift and must be able to move quickly and safely in tight spaces.",
];
const adjs = ["fast-paced", "family-owned", "growing", "well-established", "mission-driven", "family-run", "values-based", "tight-knit"];
const bosses = ["General Manager", "Director of Operations", "Engineering Manager", "Nurse Manager", "Principal", "Head Chef", "Site Supervisor", "Branch Manager"];
const duties = [
  "Plan, schedule, and complete daily work orders according to company standards.",
  "Work with {skill} and {skill2} every day, and help improve how we use them.",
  "Train and mentor new team members and apprentices.",
  "Keep the work area clean, safe, and organized at all times.",
  "Communicate progress and problems to the {boss} before they become emergencies.",
  "Maintain accurate records in our {skill} system.",
  "Partner with other departments on seasonal planning and staffing.",
  "Follow all safety procedures and report hazards immediately.",
  "Review weekly reports and adjust plans to hit targets.",
  "Handle customer questions and complaints professionally and promptly.",
  "Take ownership of quality from the first step to final inspection.",
  "Support continuous improvement projects across the site.",
  "Participate in an on-call or weekend rotation as needed.",
  "Other duties as assigned.",
];
const requirements = [
  "{n}+ years of experience in {field}.",
  "{n}+ years of hands-on experience with {skill}.",
  "High school diploma or GED required; Bachelor's degree preferred.",
  "Bachelor's degree in a related field, or equivalent experience.",
  "Valid driver's license and reliable transportation.",
  "Ability to lift up to 50 pounds and stand for long periods.",
  "Strong written and verbal communication skills.",
  "Availability to work nights, weekends, and holidays.",
  "Proficiency with {skill} and {skill2}.",
  "Must pass a background check and drug screen.",
  "Ability to work independently and as part of a team.",
  "Excellent attention to detail and time management skills.",
];
const preferred = [
  "{n}+ years of experience with {skill}.",
  "Experience in a union environment.",
  "Bilingual in English and Spanish is a plus.",
  "Certification in {skill} or a related area.",
  "Experience training or leading a small team.",
  "A rockstar attitude and the ability to hit the ground running.",
  "Prior experience at a company of similar size.",
];
const benefits = [
  "Medical, dental, and vision insurance with an HSA option.",
  "401(k) with a {pct}% company match.",
  "{days} days of paid time off plus company holidays.",
  "Tuition reimbursement up to ${tuition} per year.",
  "Paid parental leave.",
  "Employee discount and shift meals.",
  "Company-paid life and disability insurance.",
  "Annual performance bonus.",
  "Free parking and a transit subsidy.",
  "Tools and uniforms provided.",
];
const eeo = [
  "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.",
  "We are committed to providing reasonable accommodations to qualified individuals with disabilities. Please contact our recruiting team if you need assistance during the application process.",
  "This job description is not intended to be an exhaustive list of all duties, responsibilities, or qualifications associated with the job.",
];
const applyLines = [
  "Apply online through our careers page. Applications are reviewed on a rolling basis.",
  "Interested? Send your resume to careers@example.com with the job title in the subject line.",
  "Stop by between 2 and 4 PM any weekday and ask for the hiring manager.",
  "Click Apply to submit your application. Only candidates selected for an interview will be contacted.",
];

/**
 * One posting from `rnd`. Three ATS layouts: a header block with CAPS
 * headings, "Title:" headings with tab-dash bullets, and the Workday-like
 * export where everything is tab-indented under a "Job Area:" line.
 */
export function textPosting(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sample = (list, k) => {
    const copy = list.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(k, copy.length));
  };
  const job = pick(jobs);
  const ctx = { company: pick(companies), location: pick(locations), title: job.title, field: job.field, boss: pick(bosses) };
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, key) => {
      switch (key) {
        case "n": return String(int(1, 10));
        case "skill": return pick(job.skills);
        case "skill2": return pick(job.skills);
        case "adj": return pick(adjs);
        case "size": return String(int(40, 4000));
        case "sites": return String(int(2, 30));
        case "year": return String(int(1952, 2018));
        case "pct": return String(int(3, 6));
        case "days": return String(int(10, 30));
        case "tuition": return `${int(2, 10) * 500}`;
        case "start": return String(int(6, 9));
        case "end": return String(int(2, 5));
        default: return ctx[key] ?? `{${key}}`;
      }
    });
  const payLine = () => {
    if (rnd() < 0.12) return pick(["Salary: TBD", "Pay: Competitive", "Compensation: DOE"]);
    if (job.hourly) {
      const lo = int(job.hourly[0], job.hourly[1] - 4);
      return `Pay: $${lo}.00 - $${lo + int(3, 9)}.50 per hour, plus overtime`;
    }
    const lo = int(job.salary[0], job.salary[1] - 15);
    return `Compensation: USD ${lo},000 - ${lo + int(10, 40)},000 base salary${rnd() < 0.4 ? ", plus bonus" : ""}`;
  };

  const sections = [
    ["Overview", sample(overviews, rnd() < 0.5 ? 2 : 1).map(fill), false],
    ["About the Role", [fill(pick(roles))], false],
    ["Responsibilities", sample(duties, int(6, 10)).map(fill), true],
    ["Requirements", sample(requirements, int(5, 8)).map(fill), true],
    ["Preferred Qualifications", sample(preferred, int(2, 4)).map(fill), true],
    ["Schedule", sample(schedules, int(2, 3)).map(fill), true],
    ["Work Environment", [fill(pick(environments))], false],
    ["Benefits", sample(benefits, int(4, 7)).map(fill), true],
  ];
  // Lines repeated across sections are the commonest ATS copy-paste defect.
  const [, , duty, reqs] = sections;
  if (rnd() < 0.6) reqs[1].push(pick(duty[1]));
  if (rnd() < 0.3) duty[1].push(duty[1][0]);
  const closing = [fill(pick(applyLines)), ...sample(eeo, int(1, 2)).map(fill)];

  const layout = int(0, 2);
  const out = [];
  if (layout === 2) {
    // Workday-style export: a "Job Area" line and every other line indented by two tabs.
    out.push(`Job Area: ${job.area}`);
    out.push(`\t\tGeneral Summary`);
    out.push(`\t\t${ctx.company} is hiring a ${ctx.title} in ${ctx.location}. ${sections[0][1][0]}`);
    for (const [name, lines] of sections.slice(1)) {
      out.push(`\t\t${name === "Requirements" ? "Minimum Qualifications" : name}`);
      for (const line of lines) out.push(`\t\t${line}`);
    }
    out.push(`\t\tAdditional Job Description`);
    for (const line of sample(reqs[1], 3)) out.push(`\t\t${line}`);
    out.push(`\t\t${payLine()}`);
    out.push("Education");
    out.push(`\t\t${fill(pick(requirements.slice(2, 4)))}`);
    out.push("Work Experience");
    out.push(`\t\t${int(1, 10)}+ years of experience in ${ctx.field}.`);
    for (const line of closing) out.push(line);
    return out.join("\n") + "\n";
  }
  out.push(rnd() < 0.7 ? `Job Title: ${ctx.title}` : `Position: ${ctx.title}`);
  out.push(`Company: ${ctx.company}`);
  out.push(`Location: ${ctx.location}`);
  out.push(`Employment Type: ${pick(["Full-time", "Full-time", "Part-time", "Contract", "Temporary to hire"])}`);
  out.push(payLine());
  out.push("");
  const caps = layout === 0;
  const renames = { Overview: caps ? "ABOUT US" : "About Us:", "About the Role": caps ? "ABOUT THE ROLE" : "About the Role:", Schedule: caps ? "SCHEDULE" : "Schedule:", "Work Environment": caps ? "WORK ENVIRONMENT" : "Physical Demands and Work Environment:", Responsibilities: caps ? "WHAT YOU'LL DO" : "Responsibilities:", Requirements: caps ? "WHAT YOU NEED" : "Requirements:", "Preferred Qualifications": caps ? "NICE TO HAVE" : "Nice to Have:", Benefits: caps ? "PAY AND BENEFITS" : "Benefits:" };
  const bullet = caps ? pick(["- ", "* ", "\u2022 "]) : pick(["\t- ", "\t", "\t\u2022 "]);
  for (const [name, lines, bulleted] of sections) {
    // A stray tab before a heading, as in ../shared/corpus/13-devops-engineer.txt.
    out.push((rnd() < 0.1 ? "\t" : "") + renames[name]);
    for (const line of lines) out.push(bulleted ? bullet + line : line);
    out.push("");
  }
  out.push(caps ? "HOW TO APPLY" : "How to Apply:");
  out.push(...closing);
  return out.join("\n") + "\n";
}

/** Postings of 2.5-4 KB, like gen-corpus.js's Markdown ones: shorter or longer draws are skipped. */
export function sizedTextPosting(rnd) {
  for (;;) {
    const text = textPosting(rnd);
    const bytes = Buffer.byteLength(text);
    if (bytes >= 2500 && bytes <= 4096) return text;
  }
}

function main(args) {
  if (args[0] === "--one") {
    if (!args[1]) throw new Error("usage: gen-text.mjs --one <file> [seed]");
    writeFileSync(args[1], sizedTextPosting(mulberry32(Number(args[2] ?? 7))));
    return;
  }
  const [dir, count, seed] = args;
  const n = Number(count);
  if (!dir || !Number.isInteger(n) || n < 0) throw new Error("usage: gen-text.mjs <outDir> <N> [seed]");
  const rnd = mulberry32(Number(seed ?? 42));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `posting-${String(i).padStart(5, "0")}.txt`), sizedTextPosting(rnd));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
