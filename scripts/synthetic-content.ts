/**
 * A synthetic press-release archive shaped like a real company's, for the
 * benchmarks and browser tests: `writeSyntheticContent(2000)` writes twenty
 * years of a hundred releases each, the last in SYNTHETIC_LAST_YEAR, into a
 * fresh content folder and returns its path. Each year holds four quarterly
 * results releases, each announcing a call with a telephone replay, and
 * otherwise ordinary news without a call. About one release in five names a
 * filing, one in ten names no contacts, and the contacts change every few
 * years. The same arguments always write the same bytes: all variety comes
 * from seeded generators, none from the clock.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The year of the newest release: fixed, so that output never depends on today, and past, so that no call is upcoming. */
export const SYNTHETIC_LAST_YEAR = 2006;

export type SyntheticContentOptions = {
  /** Releases in each year, four of them quarterly results; 100 by default. */
  readonly releasesPerYear?: number;
  /** The content folder to write, which must not exist yet; a fresh temporary one by default. */
  readonly directory?: string;
};

const COMPANY = "Example Networks";
const LISTED = `${COMPANY} (Nasdaq: EXMP), a leading provider of voice over IP infrastructure for service providers,`;
const SITE = "www.example.com";
const RESULTS_ISSUED = "16:05";
/** Item 12 of Form 8-K, in force from this day, made companies furnish their results releases to the SEC. */
const RESULTS_ON_8K_FROM = "2003-03-28";
/** Calls were by telephone only before webcasts became usual. */
const FIRST_WEBCAST_YEAR = 1999;
/** A year has about 255 working days besides its holidays; beyond this, releases would share days. */
const MAX_RELEASES_PER_YEAR = 250;
/** Four-digit years only: file names and datelines are written so. */
const FIRST_YEAR = 1900;

/** mulberry32, seeded from a few integers: the same seeds give the same sequence on every run. */
class Random {
  #state: number;

  constructor(...seeds: readonly number[]) {
    this.#state = seeds.reduce(
      (state, seed) => Math.imul(state ^ seed, 0x9e3779b1) >>> 0,
      0x2545f491,
    );
  }

  /** A fraction from 0 up to, not including, 1. */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, this.int(0, items.length - 1));
  }

  /** `size` distinct whole numbers below `length`. */
  sample(length: number, size: number): Set<number> {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(size, length))
      chosen.add(this.int(0, length - 1));
    return chosen;
  }
}

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined)
    throw new RangeError(`no item ${index} in a list of ${items.length}`);
  return item;
}

/** The item whose turn it is, the list starting over when it runs out. */
const inTurn = <T>(items: readonly T[], turn: number): T =>
  itemAt(items, ((turn % items.length) + items.length) % items.length);

// Days are counted from 1970-01-01 in whole numbers, so that no clock or zone enters a date.
const DAY_MS = 86_400_000;
const dayOf = (year: number, month: number, date: number) =>
  Date.UTC(year, month - 1, date) / DAY_MS;
const asDate = (day: number) => new Date(day * DAY_MS);
const isoDay = (day: number) =>
  asDate(day).toISOString().slice(0, "YYYY-MM-DD".length);
const longDateFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: "UTC",
});
const weekdayFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  timeZone: "UTC",
});
const easternZoneFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/New_York",
  timeZoneName: "short",
});
/** "October 23, 2003" */
const longDate = (day: number) => longDateFormat.format(asDate(day));
/** "Thursday, October 23, 2003" */
const weekdayDate = (day: number) =>
  `${weekdayFormat.format(asDate(day))}, ${longDate(day)}`;
const weekdayOf = (day: number) => asDate(day).getUTCDay();
const isWorkday = (day: number) => weekdayOf(day) >= 1 && weekdayOf(day) <= 5;
const daysFrom = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
function nextWorkday(day: number): number {
  let workday = day;
  while (!isWorkday(workday)) workday++;
  return workday;
}
/** New Year's Day, Independence Day and Christmas: no release goes out. */
const HOLIDAYS = new Set(["01-01", "07-04", "12-25"]);
const isHoliday = (day: number) =>
  HOLIDAYS.has(isoDay(day).slice("YYYY-".length));

type Quarter = 1 | 2 | 3 | 4;
const QUARTER_NAMES = ["First", "Second", "Third", "Fourth"] as const;
const quarterName = (quarter: Quarter) => itemAt(QUARTER_NAMES, quarter - 1);

type PeriodicReport = {
  readonly form: "10-K" | "10-Q";
  readonly fiscalYear: number;
  readonly quarter: Quarter;
  /** The last day of the period it reports. */
  readonly periodEnd: number;
  readonly filed: number;
};

/** A quarterly results release: its day, its telephone replay's last day, and the report filed after it. */
type Results = {
  readonly day: number;
  readonly replayThrough: number;
  readonly report: PeriodicReport;
};

/** The fourth quarter's results come out in February, the others within about five weeks of their quarter's end. */
const RESULTS_WINDOWS: readonly {
  readonly quarter: Quarter;
  readonly from: readonly [month: number, date: number];
  readonly to: readonly [month: number, date: number];
}[] = [
  { quarter: 4, from: [2, 3], to: [2, 24] },
  { quarter: 1, from: [4, 20], to: [5, 8] },
  { quarter: 2, from: [7, 20], to: [8, 7] },
  { quarter: 3, from: [10, 20], to: [11, 7] },
];

/**
 * The four results releases of a year, seeded by the year alone: a later
 * year's releases name the reports these announce, whether or not the
 * archive reaches back to this year.
 */
function resultsOf(year: number): Results[] {
  const random = new Random(year, 0x4e5);
  return RESULTS_WINDOWS.map(({ quarter, from, to }): Results => {
    // Monday to Thursday: a Friday-evening call would find few listeners.
    const day = random.pick(
      daysFrom(dayOf(year, ...from), dayOf(year, ...to)).filter(
        (candidate) => isWorkday(candidate) && weekdayOf(candidate) !== 5,
      ),
    );
    const replayThrough = day + random.pick([7, 14]);
    const annual = quarter === 4;
    const fiscalYear = annual ? year - 1 : year;
    // A 10-Q follows in a week or two; a 10-K, with its audit, in about a month.
    let filed = nextWorkday(
      day + (annual ? random.int(24, 34) : random.int(8, 13)),
    );
    // Otherwise the filing's sentence would be the first to name the replay's last day.
    if (filed === replayThrough) filed = nextWorkday(filed + 1);
    return {
      day,
      replayThrough,
      report: {
        form: annual ? "10-K" : "10-Q",
        fiscalYear,
        quarter,
        periodEnd: dayOf(fiscalYear, quarter * 3 + 1, 1) - 1,
        filed,
      },
    };
  });
}

/** The last periodic report filed before a day of `year`: the previous year's filings are in time for any day. */
function latestReportBefore(day: number, year: number): PeriodicReport {
  return [...resultsOf(year - 1), ...resultsOf(year)]
    .map(({ report }) => report)
    .reduce((latest, report) => (report.filed < day ? report : latest));
}

/** What a release will be, before its text is drawn. */
type Plan = {
  readonly day: number;
  readonly results: Results | undefined;
  readonly namesFiling: boolean;
  readonly withoutContacts: boolean;
};

/**
 * A year's releases: its four results releases, and ordinary news on other
 * working days, one in each equal stretch of the year so that the news is
 * spread over it. A fifth of the releases name a filing, half of those (at
 * most all four) results releases; a tenth of the news names no contacts.
 */
function planYear(year: number, perYear: number): Plan[] {
  const random = new Random(year, perYear);
  const results = resultsOf(year);
  const resultDays = new Set(results.map(({ day }) => day));
  const open = daysFrom(dayOf(year, 1, 1), dayOf(year, 12, 31)).filter(
    (day) => isWorkday(day) && !isHoliday(day) && !resultDays.has(day),
  );
  const newsCount = perYear - results.length;
  const newsDays = Array.from({ length: newsCount }, (_, stretch) =>
    itemAt(
      open,
      random.int(
        Math.floor((stretch * open.length) / newsCount),
        Math.floor(((stretch + 1) * open.length) / newsCount) - 1,
      ),
    ),
  );
  const filings = Math.round(perYear / 5);
  const resultsFilings = Math.min(results.length, Math.ceil(filings / 2));
  const resultsNaming = random.sample(results.length, resultsFilings);
  const newsNaming = random.sample(newsCount, filings - resultsFilings);
  const newsWithout = random.sample(newsCount, Math.round(perYear / 10));
  return [
    ...results.map((result, index) => ({
      day: result.day,
      results: result,
      namesFiling: resultsNaming.has(index),
      withoutContacts: false,
    })),
    ...newsDays.map((day, index) => ({
      day,
      results: undefined,
      namesFiling: newsNaming.has(index),
      withoutContacts: newsWithout.has(index),
    })),
  ].sort((a, b) => a.day - b.day);
}

type Person = {
  readonly organization: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
};

const INVESTOR_RELATIONS: readonly Person[] = [
  { name: "Karen Whitfield", phone: "978-614-8420", email: "kwhitfield" },
  { name: "Daniel Okafor", phone: "978-614-8533", email: "dokafor" },
  { name: "Maria Castellano", phone: "978-589-8677", email: "mcastellano" },
  { name: "Thomas Brennan", phone: "978-589-8219", email: "tbrennan" },
  { name: "Priya Raman", phone: "(978) 614-8391", email: "praman" },
  { name: "Gregory Lindqvist", phone: "978-614-8745", email: "glindqvist" },
].map((person) => ({
  ...person,
  organization: `${COMPANY}, Inc.`,
  email: `${person.email}@example.com`,
}));

const MEDIA_RELATIONS: readonly Person[] = [
  {
    organization: "Harbor Street Communications",
    name: "Laura Beckett",
    phone: "617-275-6520",
    email: "lbeckett@harborstreet.example.net",
  },
  {
    organization: `${COMPANY}, Inc.`,
    name: "Michael Dunleavy",
    phone: "978-614-8579",
    email: "mdunleavy@example.com",
  },
  {
    organization: "Greylock Public Relations",
    name: "Sarah Lindgren",
    phone: "781-684-0770",
    email: "slindgren@greylockpr.example.org",
  },
  {
    organization: `${COMPANY}, Inc.`,
    name: "Anthony Russo",
    phone: "978-589-8412",
    email: "arusso@example.com",
  },
  {
    organization: "Beacon Hill Partners",
    name: "Emily Tran",
    phone: "617-523-1184",
    email: "etran@beaconhill.example.net",
  },
];

// Staff turn over on cycles of their own, so that the two contacts change in different years.
const investorRelationsOf = (year: number) =>
  inTurn(INVESTOR_RELATIONS, Math.floor(year / 3));
const mediaRelationsOf = (year: number) =>
  inTurn(MEDIA_RELATIONS, Math.floor((year + 1) / 4));
const chiefExecutiveOf = (year: number) =>
  inTurn(
    ["Margaret Chen", "Robert Alvarez", "Steven Kowalski"],
    Math.floor(year / 8),
  );
const chiefFinancialOf = (year: number) =>
  inTurn(
    ["David Harrington", "Lisa Moreno", "Paul Everett", "Anne Gallagher"],
    Math.floor((year + 2) / 5),
  );

/** A conference-call service: the company changes provider, and with it the numbers, every few years. */
type Bridge = {
  readonly dialIn: readonly [string, string];
  readonly replay: readonly [string, string];
  readonly codeName: string;
};
const bridgeOf = (year: number): Bridge =>
  inTurn(
    [
      {
        dialIn: ["(888) 794-2210", "(719) 325-4816"],
        replay: ["(888) 203-1112", "(719) 457-0820"],
        codeName: "reservation number",
      },
      {
        dialIn: ["+1-877-407-9205", "+1-201-689-8054"],
        replay: ["+1-877-660-6853", "+1-201-612-7415"],
        codeName: "access code",
      },
      {
        dialIn: ["800-762-8779", "480-629-9041"],
        replay: ["800-406-7325", "303-590-3030"],
        codeName: "passcode",
      },
    ],
    Math.floor(year / 5),
  );

/** A name as a headline writes it and as running text does. */
type Named = readonly [title: string, text: string];

const PRODUCTS = [
  ["Meridian Media Gateway", "media gateway"],
  ["Keystone Softswitch", "softswitch"],
  ["Harbor Session Controller", "session border controller"],
  ["Beacon Network Manager", "network management system"],
  ["Atlas Signaling Gateway", "signaling gateway"],
  ["Summit Application Server", "application server"],
  ["Vantage Policy Server", "policy server"],
] as const;
const MARKETS: readonly Named[] = [
  ["Cable Operators", "cable operators"],
  ["Wireless Carriers", "wireless carriers"],
  ["Rural Carriers", "rural carriers"],
  ["International Carriers", "international carriers"],
  ["Tandem Networks", "tandem networks"],
  ["Competitive Local Carriers", "competitive local carriers"],
];
const FEATURES: readonly Named[] = [
  ["Lawful Intercept Support", "lawful intercept support"],
  ["Wideband Voice", "wideband voice"],
  ["SIP Trunking", "SIP trunking"],
  ["Number Portability", "number portability"],
  ["IPv6 Support", "IPv6 support"],
  ["Call Quality Monitoring", "call quality monitoring"],
  ["Emergency Calling", "emergency calling"],
];
const CUSTOMER_PLACES = [
  "Northern Plains",
  "Cascadia",
  "Bluewater",
  "Pinnacle",
  "Redwood",
  "Lakeshore",
  "Granite State",
  "Gulf Coast",
  "Prairie",
  "Tidewater",
  "Atlantic Crest",
  "Sierra",
  "Keystone Valley",
  "Great Lakes",
] as const;
const CUSTOMER_KINDS = [
  "Telephone",
  "Telecom",
  "Communications",
  "Wireless",
  "Broadband",
] as const;
const SERVICES: readonly Named[] = [
  ["Voice over IP Trunking", "voice over IP trunking"],
  ["Long-Distance Tandem Replacement", "long-distance tandem replacement"],
  ["Residential Voice Services", "residential voice services"],
  ["Hosted Business Voice", "hosted business voice"],
  ["Wireless Backhaul", "wireless backhaul"],
  ["International Voice Transit", "international voice transit"],
];
const REGIONS: readonly Named[] = [
  ["Its National Network", "its national network"],
  ["the Midwest", "the Midwest"],
  ["the Pacific Northwest", "the Pacific Northwest"],
  ["Latin America", "Latin America"],
  ["Western Europe", "Western Europe"],
  ["the Asia-Pacific Region", "the Asia-Pacific region"],
];
const PARTNERS = [
  "Halvorsen Systems",
  "Corvid Technologies",
  "Tessaract Computing",
  "Northgate Integration",
  "Orion Data Systems",
  "Kestrel Software",
] as const;
const AGREEMENTS: readonly Named[] = [
  ["Global Reseller Agreement", "global reseller agreement"],
  ["Distribution Agreement for Asia", "distribution agreement for Asia"],
  ["Joint Interoperability Program", "joint interoperability program"],
  ["OEM Agreement", "OEM agreement"],
  ["Strategic Alliance", "strategic alliance"],
];
const FIRST_NAMES = [
  "James",
  "Linda",
  "Ravi",
  "Catherine",
  "Michael",
  "Helen",
  "Victor",
  "Naomi",
  "Edward",
  "Julia",
] as const;
const LAST_NAMES = [
  "Hollister",
  "Nakamura",
  "Delgado",
  "Fitzgerald",
  "Osei",
  "Marchetti",
  "Sorensen",
  "Whitaker",
  "Iyer",
  "Campbell",
] as const;
const TITLES: readonly Named[] = [
  ["Chief Financial Officer", "chief financial officer"],
  ["Chief Technology Officer", "chief technology officer"],
  ["Vice President of Worldwide Sales", "vice president of worldwide sales"],
  ["Vice President of Engineering", "vice president of engineering"],
  ["General Counsel", "general counsel"],
  ["Vice President of Marketing", "vice president of marketing"],
];

type Slots = Readonly<Record<string, string>>;

/** Every name a template may use, drawn afresh for each attempt at a release. */
function drawSlots(random: Random, year: number): Slots {
  const [product, kind] = random.pick(PRODUCTS);
  const named = (key: string, [title, text]: Named) => ({
    [key]: text,
    [`${key.charAt(0).toUpperCase()}${key.slice(1)}`]: title,
  });
  const customer = () =>
    `${random.pick(CUSTOMER_PLACES)} ${random.pick(CUSTOMER_KINDS)}`;
  return {
    company: COMPANY,
    product,
    kind,
    version: `Release ${random.int(2, 9)}.${random.int(0, 4)}`,
    customer: customer(),
    otherCustomer: customer(),
    partner: random.pick(PARTNERS),
    person: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    ceo: chiefExecutiveOf(year),
    number: String(random.int(12, 90)),
    percent: String(random.int(8, 35)),
    countries: String(random.int(12, 40)),
    years: String(random.int(15, 30)),
    ...named("market", random.pick(MARKETS)),
    ...named("feature", random.pick(FEATURES)),
    ...named("service", random.pick(SERVICES)),
    ...named("region", random.pick(REGIONS)),
    ...named("agreement", random.pick(AGREEMENTS)),
    ...named("title", random.pick(TITLES)),
  };
}

function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`no slot {${name}}`);
    return value;
  });
}

/** Sentences any release may use, whatever its news. */
const GENERAL = [
  "Service providers are moving voice traffic from circuit-switched networks to packet networks to lower their costs and to offer new services.",
  "{company} systems are deployed in {countries} countries and carry billions of minutes of traffic each month.",
  "Packet voice lets a carrier run one network for voice and data, with fewer systems to buy, power and maintain.",
  "Industry analysts expect spending on packet voice infrastructure to grow by more than {percent} percent a year.",
  "{company} works closely with each customer to plan its migration, from laboratory testing through field trials to commercial service.",
  "Interoperability with equipment from other vendors remains a priority for carriers whose networks were built over several decades.",
  "Every system is managed from a single console, which simplifies provisioning, billing and fault management.",
  "Carriers that have completed the move report lower operating expenses and faster introduction of new calling features.",
  "{company} offers its customers technical support around the clock from centers in North America, Europe and Asia.",
  "The company continues to invest heavily in research and development to extend its lead in carrier-class packet voice.",
  "Demand for {service} has grown steadily as carriers look for new sources of revenue.",
  "Cable operators and wireless carriers have joined traditional telephone companies in building packet voice networks.",
  "A packet network can carry a call across the country with the same quality as the circuit-switched network it replaces.",
  "Software upgrades let carriers add features to systems already in service, without replacing hardware in the field.",
  "Large carriers typically test new voice equipment for a year or more before putting it into commercial service.",
  "{company} designs its systems for the reliability that carriers expect of the public telephone network.",
  "Open interfaces let carriers combine {company} systems with applications from other vendors.",
  "Regulators in several countries have begun to allow voice over IP services to compete with traditional telephone service.",
] as const;

type Topic = "product" | "customer" | "partner" | "appointment";

const TOPIC_SENTENCES: Readonly<Record<Topic, readonly string[]>> = {
  product: [
    "{product} {version} supports {service} and can be added to systems already in service without interrupting calls.",
    "The new release adds carrier-class redundancy, simpler provisioning and lower power consumption per port.",
    "{product} is designed for {market}, which need to add capacity quickly and at low cost.",
    "Field trials of {product} {version} were completed with several service providers earlier this year.",
    "With {product}, a single system can handle up to {number} thousand simultaneous calls.",
    "{product} {version} is available now to existing customers as a software upgrade.",
    "The release also adds tools for monitoring call quality in real time across the network.",
    "{product} complies with the latest industry standards for signaling and media handling.",
  ],
  customer: [
    "{customer} serves more than {number} thousand residential and business subscribers in {region}.",
    "The deployment replaces aging circuit switches and moves the traffic of {customer} onto a single packet network.",
    "{customer} chose {company} after an evaluation of competing systems that lasted several months.",
    "The network is expected to enter commercial service in stages over the coming year.",
    "{customer} plans to use the new network to launch {service} for its business customers.",
    "The agreement includes the {product}, installation services and multi-year support.",
    "{customer} is the latest of more than {countries} carriers in {region} to select {company}.",
  ],
  partner: [
    "Under the agreement, {partner} will offer {company} systems together with its own network services.",
    "The two companies will also test their products together in a shared laboratory.",
    "{partner} brings a worldwide sales force and long relationships with carriers in {region}.",
    "The agreement gives {company} access to service providers it has not reached with its own sales teams.",
    "The companies expect the first joint deployments to begin within the coming months.",
    "{partner} will train its engineers to install and support the {product}.",
  ],
  appointment: [
    "{person} brings more than {years} years of experience in the telecommunications industry to the role.",
    "Most recently, {person} held a senior position at {partner}, leading its operations in {region}.",
    "Earlier, {person} spent several years in engineering and sales management at a national carrier.",
    "{person} will report to {ceo}, president and chief executive officer.",
    "The appointment takes effect immediately.",
    "{person} holds a degree in electrical engineering and a master's degree in business administration.",
  ],
};

const TOPIC_QUOTES: Readonly<Record<Topic | "results", readonly string[]>> = {
  product: [
    "This release reflects what our customers have asked for: more capacity, simpler operation and lower cost.",
    "The {product} lets carriers grow their networks without adding floor space or staff.",
    "We built this release with our customers, and it shows in every feature.",
  ],
  customer: [
    "We are pleased to support {customer} as it moves its voice traffic to a packet network.",
    "{customer} joins a growing list of carriers that have chosen {company} for their core networks.",
    "Our team has worked closely with the engineers of {customer} since the first laboratory tests.",
  ],
  partner: [
    "{partner} shares our view that packet voice is the future of the public network.",
    "Together we can serve carriers in markets neither company could reach as quickly alone.",
    "This agreement puts our systems in front of many more service providers.",
  ],
  appointment: [
    "{person} brings the experience we need for the next stage of our growth.",
    "We are delighted to welcome {person} to the team.",
    "{person} has a record of building strong organizations and serving carriers well.",
  ],
  results: [
    "The quarter showed continued progress with new and existing customers.",
    "We added new customers in {region} and expanded our work with existing ones.",
    "Our focus remains on profitable growth and on the quality of our products.",
    "We enter the coming months with a strong balance sheet and a growing pipeline.",
  ],
};

/** An ordinary release's news: what its headline, lead and summary say, and its own section. */
type NewsTemplate = {
  readonly topic: Topic;
  readonly headline: string;
  /** What follows "Example Networks (Nasdaq: EXMP), a leading provider of …," in the lead. */
  readonly lead: string;
  readonly summary: string;
  readonly section: string;
};

const NEWS: readonly NewsTemplate[] = [
  {
    topic: "product",
    headline: "{company} Introduces {product} {version} for {Market}",
    lead: "today introduced {product} {version}, a new release of its {kind} for {market}.",
    summary:
      "{company} introduces {product} {version}, a new release of its {kind} for {market}.",
    section: "About the {product}",
  },
  {
    topic: "product",
    headline: "{company} Announces General Availability of {product} {version}",
    lead: "today announced the general availability of {product} {version}, which adds {feature} to its {kind}.",
    summary:
      "{product} {version}, which adds {feature} to the {kind} of {company}, is generally available.",
    section: "Availability",
  },
  {
    topic: "product",
    headline: "{company} Adds {Feature} to {product}",
    lead: "today added {feature} to the {product}, its {kind} for {market}.",
    summary: "{company} adds {feature} to the {product}, its {kind}.",
    section: "About the {product}",
  },
  {
    topic: "customer",
    headline: "{customer} Selects {company} for {Service}",
    lead: "today announced that {customer} has selected {company} systems for {service}.",
    summary:
      "{customer} selects {company} systems and the {product} for {service}.",
    section: "About {customer}",
  },
  {
    topic: "customer",
    headline: "{customer} Deploys {company} {product} Across {Region}",
    lead: "today announced that {customer} has deployed the {product} across {region}.",
    summary:
      "{customer} deploys the {product} of {company} across {region} for {service}.",
    section: "About {customer}",
  },
  {
    topic: "customer",
    headline: "{company} Wins {Service} Contract With {customer}",
    lead: "today announced a contract with {customer} to supply {service}.",
    summary:
      "{company} wins a contract to supply {customer} with {service}, built on the {product}.",
    section: "The Network",
  },
  {
    topic: "partner",
    headline: "{company} and {partner} Sign {Agreement}",
    lead: "and {partner} today announced a {agreement} for the carrier market.",
    summary:
      "{company} and {partner} sign a {agreement} for the carrier market.",
    section: "About {partner}",
  },
  {
    topic: "appointment",
    headline: "{company} Appoints {person} {Title}",
    lead: "today announced the appointment of {person} as its {title}.",
    summary: "{company} appoints {person} as its {title}.",
    section: "Biography",
  },
  {
    topic: "appointment",
    headline: "{company} Elects {person} to Its Board of Directors",
    lead: "today announced that its board of directors has elected {person} as a director.",
    summary: "{company} elects {person} to its board of directors.",
    section: "Biography",
  },
];

const ABOUT = `## About ${COMPANY}

${COMPANY}, Inc. is a leading provider of voice over IP infrastructure for wireline, wireless and cable service providers. Its media gateways, softswitches, session border controllers and network management systems let carriers move voice traffic from circuit-switched networks to packet networks, and offer new services at lower cost. Its systems are deployed by incumbent and competitive carriers, cable operators and wireless carriers, and carry voice traffic for millions of subscribers. ${COMPANY} is headquartered in Westford, Massachusetts, with sales and support offices in North America, Europe and Asia. Additional information on ${COMPANY} is available at http://${SITE}.`;

const GENERIC_RISK_REFERENCE =
  "Readers are referred to the risk factors described in the company's filings with the Securities and Exchange Commission, which identify important risk factors that could cause actual results to differ from those contained in the forward-looking statements.";

/** The safe-harbor block, with the sentence that refers readers to the risk factors. */
const safeHarbor = (riskReference: string) => `:::safe-harbor
This release contains forward-looking statements regarding future events and the future financial performance of ${COMPANY} that involve risks and uncertainties. Readers are cautioned that these forward-looking statements are only predictions and may differ materially from actual future events or results. ${riskReference} Risk factors include, among others, the continued adverse effect of developments in the telecommunications industry, the company's ability to grow its customer base, dependence on new product offerings, market acceptance of its products, competition from large incumbent vendors, rapid technological and market change, the company's reliance on a small number of customers for a large share of its revenues, the timing of large orders and manufacturing and sourcing risks. Any forward-looking statements represent the views of ${COMPANY} only as of today and should not be relied upon as representing its views as of any subsequent date. While ${COMPANY} may elect to update forward-looking statements at some point, it specifically disclaims any obligation to do so.
:::`;

const TRADEMARKS = `:::trademarks
${COMPANY}, Meridian, Keystone, Harbor, Beacon, Atlas, Summit and Vantage are trademarks of ${COMPANY}, Inc. All other trademarks, service marks, registered trademarks, or registered service marks are the property of their respective owners.
:::`;

/** Distinct sentences from a list, filled in: drawn at once, so that no paragraph repeats another's. */
function draw(
  random: Random,
  list: readonly string[],
  count: number,
  slots: Slots,
): string[] {
  return [...random.sample(list.length, count)].map((index) =>
    fill(itemAt(list, index), slots),
  );
}

/** Sentences as a quotation opens: the last one's stop becomes the comma before "said". */
const quoted = (lines: readonly string[]) =>
  `"${lines.join(" ").replace(/\.$/, ",")}"`;

type Filing = {
  readonly date: string;
  readonly form: "10-K" | "10-K/A" | "10-Q" | "10-Q/A";
  readonly label: string;
  readonly quote: string;
};
type Figure = {
  readonly label: string;
  readonly value: string;
  readonly period: string;
  readonly quote: string;
};
type Contact = Person & {
  readonly role: "Investor Relations" | "Media Relations";
};

/** One release, ready to be written. */
type Draft = {
  readonly headline: string;
  readonly summary: string;
  /** The file name's words after its date. */
  readonly slugWords: string;
  readonly contacts: readonly Contact[];
  readonly filings: readonly Filing[];
  readonly figures: readonly Figure[];
  /** The front matter's `calls:` block, if the release announces one. */
  readonly calls: string | undefined;
  readonly sec: string | undefined;
  readonly issued: string | undefined;
  readonly body: string;
};

/** "Annual Report on Form 10-K for the fiscal year ended December 31, 2003" */
function reportTitle(report: PeriodicReport, amended = false): string {
  const form = amended ? `${report.form}/A` : report.form;
  return report.form === "10-K"
    ? `Annual Report on Form ${form} for the fiscal year ended ${longDate(report.periodEnd)}`
    : `Quarterly Report on Form ${form} for the quarter ended ${longDate(report.periodEnd)}`;
}

const reportLabel = (report: PeriodicReport, amended = false) =>
  `${amended ? "Amended " : ""}${report.form === "10-K" ? "Annual" : "Quarterly"} Report on Form ${report.form}${amended ? "/A" : ""}`;

/** A quarter's revenue in millions: steady growth with a seeded wobble, the same in every release that states it. */
function revenue(fiscalYear: number, quarter: Quarter): number {
  const wobble = new Random(fiscalYear, quarter, 0x4e7).next();
  return (
    Math.round(
      40 *
        1.08 ** (fiscalYear - 2000) *
        (1 + quarter * 0.02 + wobble * 0.08) *
        10,
    ) / 10
  );
}
const millions = (value: number) => `$${value.toFixed(1)} million`;
/** Net income as a percentage of revenue: some quarters lose money, none breaks exactly even. */
const MARGINS = [-6, -4, -2, 2, 4, 6, 8, 10, 12, 14] as const;
const SHARES_MILLIONS = 80;

function contactsFor(year: number, investors: boolean): Contact[] {
  return [
    ...(investors
      ? [
          {
            role: "Investor Relations" as const,
            ...investorRelationsOf(year),
          },
        ]
      : []),
    { role: "Media Relations" as const, ...mediaRelationsOf(year) },
  ];
}

/** An EDGAR accession number of the filing agent, unique by the day it was filed. */
function accessionNumber(day: number, random: Random): string {
  const year = asDate(day).getUTCFullYear();
  const sequence = (day - dayOf(year, 1, 1)) * 20 + random.int(0, 19);
  return `0001157523-${String(year % 100).padStart(2, "0")}-${String(sequence).padStart(6, "0")}`;
}

function resultsDraft(plan: Plan, results: Results, random: Random): Draft {
  const { day, replayThrough, report } = results;
  const year = asDate(day).getUTCFullYear();
  const { fiscalYear, quarter } = report;
  const slots = drawSlots(random, year);
  const name = quarterName(quarter);
  const period = `${name.toLowerCase()} quarter ${fiscalYear}`;
  const annual = quarter === 4;
  const headline = `${COMPANY} Reports ${name} Quarter ${annual ? "and Fiscal Year " : ""}${fiscalYear} Results`;

  const current = revenue(fiscalYear, quarter);
  const revenueSentence = `Revenues for the ${name.toLowerCase()} quarter of ${fiscalYear} were ${millions(current)}, compared with ${millions(revenue(fiscalYear - 1, quarter))} for the ${name.toLowerCase()} quarter of ${fiscalYear - 1}.`;
  const net = (current * random.pick(MARGINS)) / 100;
  const perShare = `$${(Math.abs(net) / SHARES_MILLIONS).toFixed(2)}`;
  const incomeSentence =
    net > 0
      ? `Net income for the quarter was ${millions(net)}, or ${perShare} per diluted share.`
      : `Net loss for the quarter was ${millions(-net)}, or ${perShare} per share.`;
  const quarters = [1, 2, 3, 4] as const;
  const annualSentence = annual
    ? ` Revenues for fiscal year ${fiscalYear} were ${millions(quarters.reduce((sum, q) => sum + revenue(fiscalYear, q), 0))}, compared with ${millions(quarters.reduce((sum, q) => sum + revenue(fiscalYear - 1, q), 0))} for fiscal year ${fiscalYear - 1}.`
    : "";
  const figures: Figure[] =
    random.next() < 0.5
      ? [
          {
            label: `Revenues, ${period}`,
            value: millions(current),
            period: `${fiscalYear}-Q${quarter}`,
            quote: revenueSentence,
          },
          {
            label: `${net > 0 ? "Net income per diluted share" : "Net loss per share"}, ${period}`,
            value: perShare,
            period: `${fiscalYear}-Q${quarter}`,
            quote: incomeSentence,
          },
        ]
      : [];

  const filingSentence = `The company expects to file its ${reportTitle(report)} with the Securities and Exchange Commission by ${longDate(report.filed)}.`;
  const filings: Filing[] = plan.namesFiling
    ? [
        {
          date: isoDay(report.filed),
          form: report.form,
          label: reportLabel(report),
          quote: filingSentence,
        },
      ]
    : [];

  const bridge = bridgeOf(year);
  const time = random.pick(["16:45", "17:00"]);
  const clock = time === "16:45" ? "4:45 p.m." : "5:00 p.m.";
  const zoneWord = random.pick([
    "Eastern time",
    "ET",
    easternZoneFormat
      .formatToParts(asDate(day + 0.75))
      .find(({ type }) => type === "timeZoneName")?.value ?? "Eastern",
  ]);
  const code = String(random.int(20_000_000, 29_999_999));
  const webcast = year >= FIRST_WEBCAST_YEAR;
  const calls = `calls:
  - title: Conference call on the ${period} results
    purpose: to discuss the results
    date: ${isoDay(day)}
    time: "${time}"
    zone: America/New_York
    dialIn:
${bridge.dialIn.map((number) => `      - number: ${number}`).join("\n")}
${
  webcast
    ? `    webcast:
      access: the Investor Relations section of ${SITE}
      url: http://${SITE}/investors
`
    : ""
}    replay:
      telephone:
        numbers:
${bridge.replay.map((number) => `          - number: ${number}`).join("\n")}
        code: "${code}"
        codeName: ${bridge.codeName}
        through: ${isoDay(replayThrough)}`;

  const general = draw(random, GENERAL, 7, slots);
  const nextQuarter = quarterName(
    quarter === 4 ? 1 : ((quarter + 1) as Quarter),
  );
  const outlookLow = Math.round(current * 1.01);
  const body = [
    `${LISTED} today reported results for its ${name.toLowerCase()} quarter${annual ? " and fiscal year" : ""} ended ${longDate(report.periodEnd)}.`,
    `${revenueSentence} ${incomeSentence}${annualSentence} The company ended the quarter with ${millions(current * random.int(5, 8))} in cash, cash equivalents and marketable securities.`,
    `Gross margin for the quarter was ${random.int(52, 68)} percent of revenues, and operating expenses were ${millions((current * random.int(40, 60)) / 100)}. Product revenues accounted for ${random.int(70, 85)} percent of total revenues, and service revenues for the rest. Customers outside the United States accounted for ${random.int(15, 45)} percent of revenues in the quarter, and ${random.int(2, 4)} customers each accounted for more than ten percent. Deferred revenue at the end of the quarter was ${millions((current * random.int(30, 90)) / 100)}.`,
    ...(plan.namesFiling ? [filingSentence] : []),
    `${quoted(draw(random, TOPIC_QUOTES.results, 2, slots))} said ${chiefExecutiveOf(year)}, president and chief executive officer of ${COMPANY}. "${general.slice(0, 1).join(" ")}"`,
    `## ${name} Quarter Highlights`,
    fill(
      [
        "- Added {customer} as a customer for {service}.",
        "- Shipped {product} {version}, with {feature}.",
        "- Expanded the deployment of {otherCustomer} across {region}.",
        "- Signed a {agreement} with {partner}.",
        "- Completed field trials of {feature} with several service providers.",
      ].join("\n"),
      slots,
    ),
    "## Business Outlook",
    `For the ${nextQuarter.toLowerCase()} quarter, the company expects revenues of between ${millions(outlookLow)} and ${millions(outlookLow + 3)}. ${general.slice(1, 4).join(" ")} "We remain focused on execution and on our customers' success," said ${chiefFinancialOf(year)}, chief financial officer of ${COMPANY}.`,
    "## Market Review",
    general.slice(4).join(" "),
    "## Conference Call Information",
    [
      `${COMPANY} will host a conference call today, ${weekdayDate(day)}, at ${clock} ${zoneWord} to discuss these results.`,
      `To listen by telephone, dial ${bridge.dialIn.join(" or ")}.`,
      ...(webcast
        ? [
            `A live webcast of the call will be available on the Investor Relations section of ${SITE}.`,
          ]
        : []),
      `A telephone replay will be available after the call at ${bridge.replay.join(" or ")}.`,
      `The ${bridge.codeName} for the replay is ${code}.`,
      `The replay will be available through ${weekdayDate(replayThrough)}.`,
    ].join(" "),
    ABOUT,
    safeHarbor(GENERIC_RISK_REFERENCE),
  ].join("\n\n");

  return {
    headline,
    summary: `${COMPANY} reports ${period} revenues of ${millions(current)} and ${net > 0 ? "net income" : "a net loss"} of ${perShare} per share.`,
    slugWords: `${name} quarter ${annual ? "and fiscal " : ""}${fiscalYear} results`,
    contacts: contactsFor(year, true),
    filings,
    figures,
    calls,
    sec:
      day >= dayOfIso(RESULTS_ON_8K_FROM)
        ? accessionNumber(day, random)
        : undefined,
    issued: RESULTS_ISSUED,
    body,
  };
}

const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * An ordinary release. One that names a filing either announces that the
 * company filed an amendment of its latest report today (a quarter of them,
 * when the headline is still free), or refers readers to that report.
 */
function newsDraft(plan: Plan, random: Random, attempt: number): Draft {
  const { day } = plan;
  const year = asDate(day).getUTCFullYear();
  const slots = drawSlots(random, year);
  const report = latestReportBefore(day, year);
  const general = draw(random, GENERAL, 10, slots);
  const amends = plan.namesFiling && attempt === 0 && random.next() < 0.25;
  if (amends) {
    const lead = `${LISTED} today filed an amended ${reportTitle(report, true)} with the Securities and Exchange Commission.`;
    const period =
      report.form === "10-K"
        ? `Annual Report for Fiscal ${report.fiscalYear}`
        : `Quarterly Report for ${quarterName(report.quarter)} Quarter ${report.fiscalYear}`;
    return {
      headline: `${COMPANY} Files Amended ${period}`,
      summary: `${COMPANY} files an amended ${reportLabel(report)} to correct the presentation of certain items; reported revenues and net income do not change.`,
      slugWords: `files amended ${period}`,
      contacts: plan.withoutContacts ? [] : contactsFor(year, true),
      filings: [
        {
          date: isoDay(day),
          form: `${report.form}/A`,
          label: reportLabel(report, true),
          quote: lead,
        },
      ],
      figures: [],
      calls: undefined,
      sec: undefined,
      issued: undefined,
      body: [
        `${lead} The amendment corrects the presentation of certain items in the financial statements and notes of the original report, filed on ${longDate(report.filed)}.`,
        `The amendment does not change the revenues, net income or cash previously reported for the period. ${general.slice(0, 2).join(" ")}`,
        `"Accurate and transparent financial reporting is a priority for ${COMPANY}," said ${chiefFinancialOf(year)}, chief financial officer. "${draw(random, TOPIC_QUOTES.results, 1, slots).join(" ")}"`,
        "## About the Amendment",
        `The amended report also updates the disclosure of the company's internal control over financial reporting. ${general.slice(2, 6).join(" ")}`,
        "## Industry Background",
        general.slice(6).join(" "),
        ABOUT,
        safeHarbor(GENERIC_RISK_REFERENCE),
      ].join("\n\n"),
    };
  }

  const template = random.pick(NEWS);
  const riskReference = `Readers are referred to the "Risk Factors" section of the ${reportTitle(report)}, filed by ${COMPANY} with the Securities and Exchange Commission on ${longDate(report.filed)}, which identifies important risk factors that could cause actual results to differ from those contained in the forward-looking statements.`;
  const topic = draw(random, TOPIC_SENTENCES[template.topic], 6, slots);
  const speaker =
    template.topic === "appointment" || random.next() < 0.6
      ? "{ceo}, president and chief executive officer of {company}"
      : "{person}, {title} of {company}";
  return {
    headline: fill(template.headline, slots),
    summary: fill(template.summary, slots),
    slugWords: fill(template.headline, slots),
    contacts: plan.withoutContacts
      ? []
      : contactsFor(year, template.topic === "appointment"),
    filings: plan.namesFiling
      ? [
          {
            date: isoDay(report.filed),
            form: report.form,
            label: reportLabel(report),
            quote: riskReference,
          },
        ]
      : [],
    figures: [],
    calls: undefined,
    sec: undefined,
    issued: undefined,
    body: [
      `${LISTED} ${fill(template.lead, slots)} ${topic.slice(0, 2).join(" ")}`,
      topic.slice(2, 4).join(" "),
      general.slice(0, 3).join(" "),
      `${quoted(draw(random, TOPIC_QUOTES[template.topic], 2, slots))} said ${fill(speaker, slots)}. "${general.slice(3, 4).join(" ")}"`,
      `## ${fill(template.section, slots)}`,
      topic.slice(4).join(" "),
      general.slice(4, 7).join(" "),
      "## Industry Background",
      general.slice(7).join(" "),
      ABOUT,
      safeHarbor(plan.namesFiling ? riskReference : GENERIC_RISK_REFERENCE),
      ...(template.topic === "product" ? [TRADEMARKS] : []),
    ].join("\n\n"),
  };
}

/** Headlines drawn before one is free; beyond this the name lists are too short for the archive. */
const MAX_ATTEMPTS = 1000;

/** A release whose headline no other in the archive has. */
function draftRelease(
  plan: Plan,
  perYear: number,
  headlines: Set<string>,
): Draft {
  const random = new Random(plan.day, perYear);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const draft = plan.results
      ? resultsDraft(plan, plan.results, random)
      : newsDraft(plan, random, attempt);
    if (!headlines.has(draft.headline)) {
      headlines.add(draft.headline);
      return draft;
    }
  }
  throw new RangeError(
    `no free headline for the release of ${isoDay(plan.day)}: the archive is too large for the synthetic names`,
  );
}

/** Plain YAML where the text allows it, as people write front matter; quoted where it would not parse. */
const scalar = (text: string) =>
  /^[A-Za-z$][^"#:]*$/.test(text) ? text : JSON.stringify(text);

function releaseFile(plan: Plan, draft: Draft): string {
  const year = asDate(plan.day).getUTCFullYear();
  const lines = [
    "---",
    `headline: ${scalar(draft.headline)}`,
    `date: ${isoDay(plan.day)}`,
    ...(draft.issued ? [`issued: "${draft.issued}"`] : []),
    `summary: ${scalar(draft.summary)}`,
    "dateline: WESTFORD, Mass.",
    // The company moved its releases to another wire service in 2000.
    `wire: ${year < 2000 ? "PR Newswire" : "Business Wire"}`,
    ...(draft.sec
      ? [
          "sec:",
          "  form: 8-K",
          '  exhibit: "99.1"',
          `  accession: ${draft.sec}`,
        ]
      : []),
    "listing:",
    "  exchange: Nasdaq",
    "  ticker: EXMP",
    ...(draft.contacts.length === 0
      ? ["contacts: []"]
      : [
          "contacts:",
          ...draft.contacts.flatMap((contact) => [
            `  - role: ${contact.role}`,
            `    organization: ${scalar(contact.organization)}`,
            `    name: ${scalar(contact.name)}`,
            `    phone: ${contact.phone}`,
            `    email: ${contact.email}`,
          ]),
        ]),
    ...(draft.calls ? [draft.calls] : []),
    ...(draft.filings.length > 0
      ? [
          "events:",
          ...draft.filings.flatMap((filing) => [
            `  - date: ${filing.date}`,
            "    kind: filing",
            `    form: ${filing.form}`,
            `    label: ${scalar(filing.label)}`,
            `    quote: ${scalar(filing.quote)}`,
          ]),
        ]
      : []),
    ...(draft.figures.length > 0
      ? [
          "figures:",
          ...draft.figures.flatMap((figure) => [
            `  - label: ${scalar(figure.label)}`,
            `    value: ${scalar(figure.value)}`,
            `    period: ${figure.period}`,
            `    quote: ${scalar(figure.quote)}`,
          ]),
        ]
      : []),
    "---",
  ];
  return `${lines.join("\n")}\n\n${draft.body}\n`;
}

/** Words a short slug does not end on. */
const DANGLING = new Set([
  "across",
  "and",
  "for",
  "its",
  "of",
  "the",
  "to",
  "with",
]);

/** The headline's first words in kebab case, without the company leading it, like the importer's slugs. */
function slugOf(headline: string): string {
  const words = headline
    .replace(new RegExp(`^${COMPANY} (and )?`), "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 10);
  while (DANGLING.has(words.at(-1) ?? "")) words.pop();
  return words.join("-");
}

export function writeSyntheticContent(
  count: number,
  { releasesPerYear = 100, directory: into }: SyntheticContentOptions = {},
): string {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number, got ${count}`);
  if (
    !Number.isInteger(releasesPerYear) ||
    releasesPerYear < 4 ||
    releasesPerYear > MAX_RELEASES_PER_YEAR
  )
    throw new RangeError(
      `releasesPerYear must be a whole number from 4 (the results releases) to ${MAX_RELEASES_PER_YEAR}, got ${releasesPerYear}`,
    );
  if (SYNTHETIC_LAST_YEAR - Math.ceil(count / releasesPerYear) + 1 < FIRST_YEAR)
    throw new RangeError(
      `${count} releases at ${releasesPerYear} a year would start before ${FIRST_YEAR}`,
    );
  if (into !== undefined) mkdirSync(into);
  const directory =
    into ?? mkdtempSync(path.join(tmpdir(), `ir-content-${count}-`));
  const folder = path.join(directory, "releases");
  mkdirSync(folder);
  const headlines = new Set<string>();
  let remaining = count;
  // Newest year first, and only the first year cut short: a shorter archive is the newest part of a longer one.
  for (let year = SYNTHETIC_LAST_YEAR; remaining > 0; year--) {
    const plans = planYear(year, releasesPerYear).slice(-remaining);
    // Newest first within the year too, so that the releases a shorter archive leaves out are drafted last.
    for (const plan of plans.toReversed()) {
      const draft = draftRelease(plan, releasesPerYear, headlines);
      writeFileSync(
        path.join(folder, `${isoDay(plan.day)}-${slugOf(draft.slugWords)}.md`),
        releaseFile(plan, draft),
      );
    }
    remaining -= plans.length;
  }
  return directory;
}
