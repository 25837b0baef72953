/**
 * `npx tsx bench/generate-corpus.ts <count> [outDir]`: writes a synthetic corpus of `<count>`
 * article files (default folder `bench/corpus/<count>`, emptied first) for benchmarks.
 *
 * The files follow the real corpus file by file: the same frontmatter fields, order, quoting and
 * blank lines, the same optional fields and quirks (numbers as strings, bare dates, HTML entities,
 * escaped quotes, odd topic spellings), ~400 providers with Zipf-like popularity, ~1% duplicate
 * URLs and ~1% related stories that link back into the corpus. Half the files sit in
 * `<yyyy>/<mm>/` folders. Output depends only on `count` and `seed` (env `SEED` on the command
 * line): every random choice comes from a seeded mulberry32, never from `Math.random` or the clock.
 *
 * Image and logo URLs point at a `.invalid` host (RFC 2606), so a browser showing this corpus
 * never sends requests to the real sites the made-up provider domains may belong to.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PROVIDER_COUNT = 400
const IMAGE_HOST = 'https://media.broadsheet-bench.invalid'
const FIRST_DAY = Date.UTC(2014, 0, 1)
const LAST_DAY = Date.UTC(2024, 11, 31)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** Mixes numbers into one 32-bit seed (murmur3 finaliser), so streams stay independent. */
function mix(...parts: number[]): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    h = Math.imul(h ^ part, 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
  }
  return h >>> 0
}

class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: a float in [0, 1). */
  float(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.float() < p
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.float() * list.length)]!
  }

  /** An index into `weights`, chosen in proportion to them. */
  weighted(weights: readonly number[]): number {
    let x = this.float() * weights.reduce((a, b) => a + b, 0)
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!
      if (x < 0) return i
    }
    return weights.length - 1
  }

  base64(bytes: number): string {
    const buffer = Buffer.allocUnsafe(bytes)
    for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(this.float() * 256)
    return buffer.toString('base64')
  }
}

/** A sampler of indexes 0..n-1 where index k has weight 1 / (k + 1)^s. */
function zipf(n: number, s: number): (r: Random) => number {
  const cumulative = new Float64Array(n)
  let total = 0
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1) ** s
  return (r) => {
    const x = r.float() * total
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > x) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

// Word lists, kept out of Prettier's one-item-per-line layout.
// prettier-ignore
const WORDS = {
  paperAdjectives: [
    'Daily', 'Morning', 'Evening', 'Weekly', 'National', 'Global', 'Metro', 'Sunday', 'Capital',
    'Northern', 'Southern', 'Pacific', 'Atlantic', 'Midwest', 'Valley', 'Coastal', 'Harbor',
    'Union', 'Federal', 'Continental', 'Independent', 'Free', 'Modern', 'Business',
  ],
  paperNouns: [
    'Ledger', 'Herald', 'Chronicle', 'Gazette', 'Tribune', 'Observer', 'Courier', 'Dispatch',
    'Post', 'Times', 'Journal', 'Review', 'Sentinel', 'Monitor', 'Record', 'Standard', 'Examiner',
    'Register', 'Bulletin', 'Digest', 'Wire', 'Report', 'Beacon', 'Star',
  ],
  techPrefixes: [
    'Tech', 'Data', 'Cloud', 'Silicon', 'Digital', 'Byte', 'Neural', 'Quantum', 'Code', 'Circuit',
    'Compute', 'Robot', 'Future', 'Next', 'Smart', 'Cyber', 'Pixel', 'Logic', 'Vector', 'Tensor',
    'Machine', 'Gadget', 'Venture', 'Startup',
  ],
  techSuffixes: [
    'Insider', 'Wire', 'Beat', 'Crunch', 'Radar', 'Pulse', 'Hub', 'Daily', 'Today', 'Weekly',
    'Times', 'News', 'World', 'Review', 'Watch', 'Spectrum', 'Brief', 'Lab', 'Frontier', 'Trends',
    'Report', 'Journal', 'Magazine', 'Observer',
  ],
  places: [
    ['Boston', 'com'], ['Chicago', 'com'], ['Denver', 'com'], ['Seattle', 'com'], ['Austin', 'com'],
    ['Houston', 'com'], ['Phoenix', 'com'], ['Atlanta', 'com'], ['Portland', 'com'],
    ['Dallas', 'com'], ['New Orleans', 'com'], ['Silicon Valley', 'com'], ['Toronto', 'ca'],
    ['Vancouver', 'ca'], ['Montréal', 'ca'], ['London', 'co.uk'], ['Manchester', 'co.uk'],
    ['Yorkshire', 'co.uk'], ['Dublin', 'ie'], ['Sydney', 'com.au'], ['Melbourne', 'com.au'],
    ['Auckland', 'co.nz'], ['Singapore', 'sg'], ['Mumbai', 'in'], ['Bangalore', 'in'],
    ['Lagos', 'ng'], ['Nairobi', 'co.ke'], ['Cape Town', 'co.za'], ['Berlin', 'de'],
    ['Zürich', 'ch'],
  ],
  techTlds: ['com', 'com', 'com', 'net', 'io', 'ai', 'co', 'org', 'news'],
  sections: [
    'news', 'technology', 'tech', 'business', 'science', 'health', 'innovation', 'ai', 'world',
    'markets', 'features', 'opinion', 'enterprise', 'research',
  ],
  /** ~60 topic names; the first ones are the most common (they are drawn with Zipf weights). */
  topics: [
    'Computer Vision', 'AI Hardware', 'AI Ethics', 'Natural Language Processing', 'Google AI',
    'AI in Healthcare', 'AI in Autos', 'Facebook AI', 'Machine Learning', 'AWS AI',
    'AI in Robotics', 'Microsoft AI', 'Meta AI', 'Generative AI', 'Large Language Models',
    'OpenAI', 'Deep Learning', 'TensorFlow', 'IBM AI', 'AI in Finance', 'AI in Education',
    'AI in Security', 'Nvidia AI', 'AI Regulation', 'Facial Recognition', 'Autonomous Vehicles',
    'Chatbots', 'AI Startups', 'AI Research', 'Speech Recognition', 'Apple AI', 'Deepfakes',
    'AI Safety', 'Edge AI', 'Data Science', 'Big Data', 'AI in Retail', 'AI in Manufacturing',
    'Reinforcement Learning', 'PyTorch', 'Conversational AI', 'AI in Agriculture', 'AI Chips',
    'Predictive Analytics', 'AI in Media', 'AI in Marketing', 'AI Jobs', 'AI in Government',
    'Quantum Computing', 'MLOps', 'Hugging Face', 'Anthropic', 'AI Art', 'Recommender Systems',
    'AI in Law', 'AI in Energy', 'Drug Discovery', 'AI in Climate', 'Baidu AI', 'Samsung AI',
    'Open Source AI',
  ],
  companies: [
    'Google', 'Microsoft', 'OpenAI', 'Meta', 'Amazon', 'Apple', 'Nvidia', 'IBM', 'Intel', 'AMD',
    'Baidu', 'Alibaba', 'Tencent', 'Samsung', 'Anthropic', 'DeepMind', 'Tesla', 'Salesforce',
    'Oracle', 'Adobe', 'Hugging Face', 'Stability AI', 'Mistral AI', 'Cohere', 'Qualcomm', 'Arm',
    'Huawei', 'Sony', 'Siemens', 'Philips', 'Johnson & Johnson', 'AT&T', 'Procter & Gamble',
    'Ernst & Young', 'Frost & Sullivan', 'Société Générale', 'Nestlé', 'Walmart', 'JPMorgan',
    'Goldman Sachs', 'Pfizer', 'Boston Dynamics', 'Waymo', 'Uber', 'Zoom', 'Spotify', 'Netflix',
    'Shopify', 'Databricks', 'Snowflake', 'Palantir', 'ServiceNow', 'SAP', 'Accenture', 'Deloitte',
  ],
  institutions: [
    'The NHS', 'The Pentagon', 'The EU', 'The FDA', 'The White House', 'The UK government',
    'The Home Office', 'Mayo Clinic', 'A Toronto startup', 'A Berlin startup', 'A Bengaluru startup',
    'The Met Police', 'Singapore', 'The World Bank', 'NASA', 'The BBC',
  ],
  groups: [
    'Researchers at MIT', 'Stanford researchers', 'Oxford scientists', 'Chinese regulators',
    'EU lawmakers', 'US senators', 'Doctors', 'Teachers', 'Hollywood writers', 'Privacy campaigners',
    'Scientists in Japan', 'Engineers at CERN', 'Economists', 'Artists',
  ],
  verbs: [
    'unveils', 'launches', 'rolls out', 'tests', 'bets big on', 'invests $N million in', 'acquires',
    'partners with X on', 'open-sources', 'debuts', 'previews', 'scraps plans for', 'doubles down on',
    'warns about', 'cracks down on', 'pilots', 'delays', 'bans', 'buys', 'builds', 'shows off',
    'quietly shelves', 'expands', 'pauses', 'backs', 'trials', 'announces', 'patents',
  ],
  groupVerbs: [
    'unveil', 'build', 'test', 'warn about', 'develop', 'train', 'demonstrate', 'call for limits on',
    'push back against', 'embrace', 'question',
  ],
  adjectives: [
    'new', 'open-source', 'faster', 'cheaper', 'experimental', 'multimodal', 'on-device',
    'generative', 'larger', 'smaller', 'energy-efficient', 'next-generation', 'controversial',
  ],
  things: [
    'model', 'AI chip', 'chatbot', 'language model', 'vision system', 'speech recogniser', 'robot',
    'AI assistant', 'search engine', 'recommendation engine', 'data centre', 'research lab',
    'training cluster', 'image generator', 'translation tool', 'coding assistant', 'AI platform',
    'supercomputer', 'sensor', 'drone', 'facial recognition system', 'fraud detector',
  ],
  purposes: [
    'for medical imaging', 'for drug discovery', 'for customer service', 'for self-driving cars',
    'in schools', 'for farmers', 'for banks', 'to fight fraud', 'to detect deepfakes',
    'for radiologists', 'for small businesses', 'in Europe', 'in India', 'for climate research',
    'for warehouse robots', 'to predict the weather', 'for legal research', 'for news publishers',
    'for call centres', 'for cancer screening', 'to curb shoplifting', 'for hospitals',
  ],
  tech: [
    'AI', 'generative AI', 'machine learning', 'computer vision', 'facial recognition',
    'deep learning', 'natural language processing', 'large language models', 'ChatGPT', 'robotics',
    'edge AI', 'AI chips', 'chatbots', 'predictive analytics', 'speech recognition',
    'self-driving technology', 'neural networks', 'reinforcement learning', 'synthetic data',
    'AI agents', 'deepfakes', 'quantum computing',
  ],
  fields: [
    'radiology', 'call centres', 'farming', 'journalism', 'banking', 'law firms', 'hiring',
    'the classroom', 'drug discovery', 'supply chains', 'retail', 'insurance', 'manufacturing',
    'cybersecurity', 'policing', 'healthcare', 'customer service', 'software development',
    'weather forecasting', 'music', 'Hollywood', 'video games', 'advertising', 'energy grids',
    'logistics', 'accounting', 'elections', 'translation', 'architecture', 'sports coaching',
  ],
  gerunds: [
    'transforming', 'reshaping', 'changing', 'disrupting', 'rewriting the rules of',
    'quietly taking over', 'saving', 'threatening', 'reinventing', 'speeding up', 'shaking up',
  ],
  studies: ['Study', 'New study', 'Report', 'Survey', 'Research', 'Audit', 'Analysis', 'Poll'],
  findings: [
    'is less accurate for darker skin tones', 'could add $N trillion to the economy',
    'outperforms doctors at spotting cancer', 'still struggles with basic maths',
    'uses more energy than expected', 'is widening the skills gap',
    'could automate N% of office tasks', 'makes workers more productive', 'is easy to fool',
    'is riddled with bias', 'helps students learn faster', 'raises privacy concerns',
    'cuts diagnosis times in half', 'is not as smart as it looks',
  ],
  markets: [
    'Artificial Intelligence Chip', 'Deep Learning Chip', 'Computer Vision',
    'Natural Language Processing', 'Facial Recognition', 'AI in Healthcare',
    'Machine Learning as a Service', 'Conversational AI', 'Edge AI Hardware', 'Autonomous Vehicle',
    'Speech Recognition', 'AI Training Dataset', 'Predictive Analytics', 'Statistical NLP',
  ],
  claims: [
    'can spot cancer earlier', 'beats rivals on benchmarks', 'writes code in seconds',
    'runs on a phone', 'is coming to Europe', 'gets a major upgrade', 'faces EU scrutiny',
    'sparks privacy fears', 'is now free for everyone', 'arrives next month',
    'was trained on your photos', 'is already making money',
  ],
  quotes: [
    'the most important technology of our time', 'a bubble', 'overhyped', 'an existential risk',
    'a game changer', 'bigger than the internet', 'not ready', 'the new electricity',
    'a turning point', 'just getting started',
  ],
  localActors: [
    'Met police', 'London council', 'Scottish hospitals', 'New York schools', 'California DMV',
    'Texas hospitals', 'Australian banks', 'Indian railways', 'Dutch tax office', 'Singapore airport',
    'German carmakers', 'Kenyan farmers', 'Irish universities', 'Canadian hospitals',
  ],
  localActions: ['to use', 'roll out', 'will trial', 'turn to', 'to ban', 'rethink', 'adopt'],
  events: ['I/O', 'Build', 're:Invent', 'WWDC', 'GTC', 'Ignite', 'Connect', 'DevDay', 'CES'],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  baseVerbs: [
    'launch', 'roll out', 'test', 'expand', 'open-source', 'pause', 'build', 'invest in', 'trial',
    'offer', 'phase out', 'license',
  ],
  effects: [
    'reshape the market', 'cut costs for customers', 'put pressure on rivals',
    'raise fresh privacy concerns', 'speed up adoption across the industry',
    'draw scrutiny from regulators', 'create thousands of jobs', 'threaten existing jobs',
  ],
  clauses: [
    'was trained on billions of images', 'runs entirely on the device',
    'was developed with hospital partners', 'has been in testing since last year',
    'uses a fraction of the energy of earlier versions', 'combines text, images and audio',
  ],
  when: [
    'later this year', 'in the coming months', 'to enterprise customers first',
    'in the US and Europe', 'from next spring', 'as a free preview',
  ],
  universities: [
    'MIT', 'Stanford', 'the University of Oxford', 'ETH Zürich', 'Carnegie Mellon',
    'the University of Toronto', 'Tsinghua University', 'Imperial College London', 'IIT Bombay',
  ],
  journals: ['Nature', 'Science', 'The Lancet', 'Nature Medicine', 'PNAS', 'arXiv'],
  concerns: [
    'the technology could entrench existing biases',
    'there is little oversight of how the data is used',
    'the claims have not been independently verified', 'workers are being left behind',
    'the systems remain easy to fool', 'the energy cost is being ignored',
  ],
  contexts: [
    'competition in the sector intensifies', 'regulators in Brussels finalise the AI Act',
    'investors pour billions into the field', 'demand for AI chips outstrips supply',
    'governments race to set rules for the technology', 'companies struggle to hire AI talent',
  ],
  sayings: [
    'This is a turning point for the industry', 'We are only at the beginning',
    'The results speak for themselves', 'We need clear rules before this goes any further',
    'Our customers have been asking for this for years', "It's not a silver bullet, but it helps",
  ],
  firstNames: [
    'Sarah', 'James', 'Priya', 'Wei', 'Carlos', 'Amara', 'Olivia', 'Mohammed', 'Elena', 'Daniel',
    'Aisha', 'Lukas', 'Yuki', 'Grace', 'Rahul', 'Sofia', 'Tom', 'Nadia', 'Kwame', 'Isabel',
  ],
  lastNames: [
    'Chen', 'Patel', 'Okafor', 'Schmidt', 'García', 'Nguyen', 'Smith', 'Kowalski', 'Tanaka',
    'Johansson', 'Müller', 'Rossi', 'Haddad', 'Kim', 'Brown', "O'Brien", 'Dubois', 'Singh',
  ],
  roles: [
    'chief executive', 'head of AI', 'chief scientist', 'a senior analyst', 'research director',
    'vice-president of product', 'chief technology officer', 'a professor of computer science',
  ],
  people: ['adults', 'teachers', 'doctors', 'managers', 'developers', 'consumers', 'voters'],
  attitudes: [
    'use AI tools at work every week', 'do not trust AI-generated news', 'fear for their jobs',
    'want stricter rules for AI', 'have tried a chatbot', 'would let AI drive their car',
  ],
  marketAspects: [
    'product definition, segmentation and the competitive landscape',
    'key players, regional analysis and growth drivers', 'revenue forecasts, pricing and demand',
  ],
  imageSizes: [
    [1200, 675], [1200, 630], [1200, 628], [1280, 720], [1024, 576], [620, 372], [644, 362],
    [800, 600], [1600, 1000], [1260, 710], [600, 400], [580, 387], [1920, 1080], [700, 394],
  ],
  months: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
} as const
const TOPIC_COUNT_WEIGHTS = [25, 40, 25, 10] // 1, 2, 3 or 4 topics
const RELATED_COUNT_WEIGHTS = [0, 24, 18, 13, 11, 9, 9, 8, 8] // 1..8 related stories
/** A few providers publish most articles; a few topics are on most of them. */
const providerRank = zipf(PROVIDER_COUNT, 1)
const topicRank = zipf(WORDS.topics.length, 0.9)

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

/** The same rule as the app's slugs: accents stripped, lowercase a-z0-9, runs of others → `-`. */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Cuts a slug to at most `max` characters at a `-`. */
function clip(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const dash = cut.lastIndexOf('-')
  return dash > max / 2 ? cut.slice(0, dash) : cut
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const midSentence = (s: string) =>
  /^(The|A) /.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
const titleCase = (s: string) =>
  s.replace(/(^|[\s-])([a-z])([a-z]*)/g, (m, pre: string, c: string, rest: string) =>
    /^(a|an|and|as|at|by|for|in|of|on|or|the|to|with)$/.test(c + rest) && pre !== ''
      ? m
      : pre + c.toUpperCase() + rest,
  )

/** A double-quoted YAML scalar: JSON string syntax is valid YAML. */
const quoted = (s: string) => JSON.stringify(s)
/** Plain when YAML reads it back unchanged (as the real files write names and topics). */
const plain = (s: string) =>
  /^[\p{L}\d][\p{L}\d .,'’&()/-]*$/u.test(s) && !/^(true|false|yes|no|null|on|off)$/i.test(s)
    ? s
    : quoted(s)
/** URLs: quoted in most files, bare in older ones, as in the real corpus. */
const url = (u: string, bare: boolean) => (bare && /^[\w:/.?=&%~+-]+$/.test(u) ? u : quoted(u))

/** Writes `&` and apostrophes as feeds do: sometimes as HTML entities or a curly quote. */
function asFeedText(r: Random, text: string, p: number): string {
  if (!/[&']/.test(text) || !r.chance(p)) return text
  const apostrophe = r.pick(['&#8217;', '’', '&#8217;'])
  return text.replace(/&/g, '&amp;').replace(/'/g, apostrophe)
}

const isPlural = (noun: string) => /s$/.test(noun) && !/ics$/.test(noun)
/** Makes a present-tense phrase ("is …", "still struggles …") agree with `noun`. */
const agree = (noun: string, phrase: string) =>
  isPlural(noun)
    ? phrase.replace(
        /^(still )?(\w+)/,
        (_, still: string | undefined, verb: string) =>
          (still ?? '') + (verb === 'is' ? 'are' : verb.replace(/s$/, '')),
      )
    : phrase

const fill = (r: Random, s: string) =>
  s
    .replace('$N million', () => `$${r.pick([5, 10, 25, 50, 100, 250, 500])} million`)
    .replace('$N trillion', () => `$${r.int(1, 15)} trillion`)
    .replace('N%', () => `${r.int(2, 9) * 5}%`)

function object(r: Random): string {
  const adjective = r.chance(0.6) ? `${r.pick(WORDS.adjectives)} ` : ''
  return `${adjective}${r.pick(WORDS.things)} ${r.pick(WORDS.purposes)}`
}

function subject(r: Random): string {
  return r.chance(0.75) ? r.pick(WORDS.companies) : r.pick(WORDS.institutions)
}

/** A headline from one of a dozen shapes, in sentence case (sometimes Title Case). */
function makeTitle(r: Random, year: number): string {
  const company = r.pick(WORDS.companies)
  const tech = r.pick(WORDS.tech)
  const field = r.pick(WORDS.fields)
  let title: string
  switch (r.weighted([36, 8, 6, 8, 5, 7, 5, 5, 4, 7, 5, 4])) {
    case 0: {
      const verb = fill(r, r.pick(WORDS.verbs)).replace('X', midSentence(subject(r)))
      title = `${subject(r)} ${verb} ${object(r)}`
      break
    }
    case 1: {
      const how = r.chance(0.7) ? `${tech} ${agree(tech, 'is')}` : `${company} is`
      title = `How ${how} ${r.pick(WORDS.gerunds)} ${field}`
      break
    }
    case 2:
      title = r.chance(0.5)
        ? `${r.int(3, 12)} ways ${tech} will change ${field}`
        : `${r.int(3, 10)} ${tech} ${r.pick(['trends', 'startups', 'tools'])} to watch in ${year}`
      break
    case 3:
      title = `${r.pick(WORDS.studies)} finds ${tech} ${agree(tech, fill(r, r.pick(WORDS.findings)))}`
      break
    case 4: {
      const market = r.pick(WORDS.markets)
      title = r.pick([
        `${market} Market ${year}-${year + 7}: Size, Share, Trends and Forecast`,
        `Global ${market} Market Research Report ${year}`,
        `${market} Market to Reach $${r.int(2, 90)} Billion by ${year + 6}`,
        `${market} Market Expecting Huge Growth by ${year + 5}`,
      ])
      break
    }
    case 5:
      title = r.pick([
        `Can ${tech} ${r.pick(['fix', 'save', 'really help', 'replace'])} ${field}?`,
        `${capitalise(agree(tech, 'is'))} ${tech} ready for ${field}?`,
        `Will ${tech} take your job?`,
        `Should ${field} be worried about ${tech}?`,
        `What ${company}'s new ${r.pick(WORDS.things)} means for ${field}`,
      ])
      break
    case 6:
      title = r.chance(0.5)
        ? `${company} boss calls ${tech} "${r.pick(WORDS.quotes)}"`
        : `"${capitalise(r.pick(WORDS.quotes))}": ${r.pick(WORDS.groups)} on the rise of ${tech}`
      break
    case 7:
      title = `${company} and ${r.pick(WORDS.companies)} team up on ${object(r)}`
      break
    case 8:
      title = r.pick([
        `Opinion: we need rules for ${tech} in ${field} now`,
        `Explainer: what is ${tech} and why does it matter?`,
        `Analysis: ${company}'s bet on ${tech} is paying off`,
        `${company} ${r.pick(WORDS.events)} ${year}: all the AI announcements`,
      ])
      break
    case 9:
      title = `${company}'s ${r.pick(WORDS.adjectives)} ${r.pick(WORDS.things)} ${r.pick(WORDS.claims)}`
      break
    case 10:
      title = `${r.pick(WORDS.localActors)} ${r.pick(WORDS.localActions)} ${tech} ${r.pick(WORDS.purposes)}`
      break
    default:
      title = `${r.pick(WORDS.groups)} ${r.pick(WORDS.groupVerbs)} ${object(r)}`
  }
  return capitalise(r.chance(0.12) ? titleCase(title) : title)
}

const SENTENCE_SHAPES = 8

const agreeing = (r: Random, nouns: readonly string[], phrases: readonly string[]) => {
  const noun = r.pick(nouns)
  return `${noun} ${agree(noun, fill(r, r.pick(phrases)))}`
}

function sentence(r: Random, shape: number): string {
  switch (shape) {
    case 0:
      return `${subject(r)} said on ${r.pick(WORDS.weekdays)} that it would ${r.pick(WORDS.baseVerbs)} its ${object(r)}, a move analysts say could ${r.pick(WORDS.effects)}.`
    case 1:
      return `The ${r.pick(WORDS.things)}, which ${r.pick(WORDS.clauses)}, is expected to be available ${r.pick(WORDS.when)}.`
    case 2:
      return `Researchers at ${r.pick(WORDS.universities)} found that ${agreeing(r, WORDS.tech, WORDS.findings)}, according to a paper published in ${r.pick(WORDS.journals)}.`
    case 3:
      return `Critics warn that ${r.pick(WORDS.concerns)}.`
    case 4:
      return `The announcement comes as ${r.pick(WORDS.contexts)}.`
    case 5:
      return `"${r.pick(WORDS.sayings)}," said ${r.pick(WORDS.firstNames)} ${r.pick(WORDS.lastNames)}, ${r.pick(WORDS.roles)} at ${r.pick(WORDS.companies)}.`
    case 6:
      return `The report on the global ${r.pick(WORDS.markets)} market is a complete overview of the market, covering ${r.pick(WORDS.marketAspects)}.`
    default:
      return `${r.int(12, 87)} per cent of ${r.pick(WORDS.people)} say they ${r.pick(WORDS.attitudes)}, according to a survey by ${r.pick(WORDS.companies)}.`
  }
}

/** 100 to 300 characters of sentences; long ones are cut at a word and end with " ...". */
function makeExcerpt(r: Random): string {
  const target = r.int(100, 300)
  // Each sentence shape at most once, so no excerpt says the same thing twice.
  const shapes = Array.from({ length: SENTENCE_SHAPES }, (_, i) => i)
  const next = () => sentence(r, shapes.splice(r.int(0, shapes.length - 1), 1)[0]!)
  let text = next()
  while (text.length < target && shapes.length > 0) text += ` ${next()}`
  if (text.length > 300) {
    const cut = text.slice(0, 296)
    text = `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')} ...`
  }
  return text
}

// ---------------------------------------------------------------------------------------------
// Providers and URLs
// ---------------------------------------------------------------------------------------------

interface Provider {
  name: string
  domain: string
  /** Host in article URLs: the domain, or `www.` + the domain. */
  host: string
  /** Whether article files list a 50×50 logo for it. */
  logo: boolean
  urlStyle: number
  sections: string[]
}

function providerName(r: Random): { name: string; label: string; tld: string } {
  const squash = (s: string) =>
    slugify(s.replace(/^The /, '')).replace(/-/g, r.chance(0.1) ? '-' : '')
  switch (r.weighted([30, 25, 20, 15, 10])) {
    case 0: {
      const name = `The ${r.pick(WORDS.paperAdjectives)} ${r.pick(WORDS.paperNouns)}`
      return { name, label: squash(name), tld: 'com' }
    }
    case 1: {
      const [place, tld] = r.pick(WORDS.places)
      const name = `${r.chance(0.3) ? 'The ' : ''}${place} ${r.pick(WORDS.paperNouns)}`
      return { name, label: squash(name), tld }
    }
    case 2: {
      const name = `${r.pick(WORDS.techPrefixes)}${r.pick(WORDS.techSuffixes)}`
      return { name, label: squash(name), tld: r.pick(WORDS.techTlds) }
    }
    case 3: {
      const name = `${r.pick(WORDS.techPrefixes)} ${r.pick(WORDS.techSuffixes)}`
      return { name, label: squash(name), tld: r.pick(WORDS.techTlds) }
    }
    default: {
      const letters = 'ABCDEFGHIJKLMNOPRSTVWXYZ'
      const call = `${r.pick(['K', 'W'])}${[0, 1, 2].map(() => r.pick([...letters])).join('')}`
      return { name: `${call} News ${r.int(2, 13)}`, label: call.toLowerCase(), tld: 'com' }
    }
  }
}

function makeProviders(seed: number): Provider[] {
  const r = new Random(mix(seed, 0x70726f76))
  const providers: Provider[] = []
  const taken = new Set<string>()
  while (providers.length < PROVIDER_COUNT) {
    const { name, label, tld } = providerName(r)
    const domain = `${label}.${tld}`
    if (taken.has(domain)) continue
    taken.add(domain)
    providers.push({
      // Some feeds know a provider only by its domain.
      name: r.chance(0.06) ? domain : name,
      domain,
      host: r.chance(0.55) ? `www.${domain}` : domain,
      logo: r.chance(0.5),
      urlStyle: r.int(0, 4),
      sections: [r.pick(WORDS.sections), r.pick(WORDS.sections), r.pick(WORDS.sections)],
    })
  }
  return providers
}

const pad = (n: number) => String(n).padStart(2, '0')

function articleUrl(r: Random, p: Provider, slug: string, date: Date): string {
  const y = date.getUTCFullYear()
  const m = pad(date.getUTCMonth() + 1)
  const d = pad(date.getUTCDate())
  const s = clip(slug, 70)
  const section = r.pick(p.sections)
  const id = r.int(100_000, 99_999_999)
  switch (p.urlStyle) {
    case 0:
      return `https://${p.host}/${section}/${y}/${m}/${d}/${s}/`
    case 1:
      return `https://${p.host}/${section}/${s}-${id}`
    case 2:
      return `https://${p.host}/news/${id}/${s}`
    case 3:
      return `https://${p.host}/${section}/${y}/${WORDS.months[date.getUTCMonth()]}/${d}/${s}`
    default:
      return `https://${p.host}/${y}/${m}/${s}.html`
  }
}

/** The AMP page and Google's AMP cache copy of it, as the feed records them. */
function ampUrls(r: Random, page: string): [string, string] {
  const u = new URL(page)
  const amp = r.chance(0.5) ? `${page}?amp=1` : `https://${u.host}/amp${u.pathname}`
  const a = new URL(amp)
  const cacheHost = `${a.host.replace(/-/g, '--').replace(/\./g, '-')}.cdn.ampproject.org`
  return [amp, `https://${cacheHost}/c/s/${a.host}${a.pathname}${a.search}`]
}

function imageLines(r: Random, p: Provider, slug: string, date: Date, indent: string): string[] {
  const [width, height] = r.pick(WORDS.imageSizes)
  const y = date.getUTCFullYear()
  const m = pad(date.getUTCMonth() + 1)
  const src = `${IMAGE_HOST}/${p.domain}/${y}/${m}/${clip(slug, 40)}-${r.int(1000, 99999)}.jpg`
  return [
    `${indent}- url: ${quoted(src)}`,
    `${indent}  width: ${width}`,
    `${indent}  height: ${height}`,
    `${indent}  isCached: true`,
  ]
}

const isoMinute = (ms: number) => new Date(ms).toISOString().replace(/:\d\d\.\d{3}Z$/, ':00Z')

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/** What other files need to know about an article: enough to duplicate it or link to it. */
interface Head {
  title: string
  slug: string
  /** Milliseconds since the epoch, whole minutes. */
  date: number
  bareDate: boolean
  provider: Provider
  url: string
  /** Whether the file writes `originalUrl` (always, for duplicates). */
  original: boolean
  /** Older-style file: no originalUrl, bare URLs, no provider logo. */
  legacy: boolean
  /** Seeds what duplicates share: excerpt, topics, image. */
  story: number
  /** Path relative to the corpus folder, `/`-separated. */
  file: string
}

/** A date in the ten years of the corpus, more of them recent. */
function randomDate(r: Random): number {
  const t = FIRST_DAY + (LAST_DAY - FIRST_DAY) * r.float() ** 0.7
  return Math.floor(t / MINUTE) * MINUTE
}

function planHeads(count: number, seed: number, providers: Provider[]): Head[] {
  const names = new Set<string>()
  const urls = new Set<string>()
  const heads: Head[] = []
  for (let i = 0; i < count; i++) {
    const r = new Random(mix(seed, 1, i))
    const source = i > 0 && r.chance(0.01) ? heads[r.int(0, i - 1)] : undefined
    let head: Omit<Head, 'file'>
    if (source) {
      // The same story fetched again: same URL, a few hours or days apart.
      const shift = (r.chance(0.5) ? 1 : -1) * (r.int(1, 96) * HOUR + r.int(1, 59) * MINUTE)
      head = { ...source, date: source.date + shift, bareDate: false, original: true }
    } else {
      const date = randomDate(r)
      const title = makeTitle(r, new Date(date).getUTCFullYear())
      const slug = slugify(title) || 'article'
      const provider = providers[providerRank(r)]!
      let link = articleUrl(r, provider, slug, new Date(date))
      for (let n = 2; urls.has(link); n++) link = `${link}?p=${n}`
      urls.add(link)
      const legacy = r.chance(date < Date.UTC(2020, 0, 1) ? 0.55 : 0.12)
      const bareDate = r.chance(0.01)
      head = {
        title,
        slug,
        date: bareDate ? Math.floor(date / DAY) * DAY : date,
        bareDate,
        provider,
        url: link,
        original: !legacy && r.chance(0.95),
        legacy,
        story: i,
      }
    }
    const day = isoMinute(head.date).slice(0, 10)
    const wanted = `${day}-${clip(head.slug, 90)}`
    let base = wanted
    for (let n = 2; names.has(base); n++) base = `${wanted}-${n}`
    names.add(base)
    const folder = r.chance(0.5) ? `${day.slice(0, 4)}/${day.slice(5, 7)}/` : ''
    heads.push({ ...head, file: `${folder}${base}.md` })
  }
  return heads
}

function topicLines(r: Random): string[] {
  const count = r.weighted(TOPIC_COUNT_WEIGHTS) + 1
  const topics = new Set<string>()
  if (r.chance(0.92)) topics.add('AI')
  while (topics.size < count) topics.add(WORDS.topics[topicRank(r)]!)
  const list = [...topics].map((t) =>
    // A few feeds spell topics their own way; the dataset step unifies them.
    t !== 'AI' && r.chance(0.015)
      ? r.chance(0.7)
        ? t.toLowerCase()
        : titleCase(t.toLowerCase())
      : t,
  )
  if (r.chance(0.3)) list.reverse()
  return list.map((t) => `  - ${plain(t)}`)
}

function relatedLines(r: Random, self: number, heads: Head[], providers: Provider[], seed: number) {
  const article = heads[self]!
  const lines: string[] = []
  const count = r.weighted(RELATED_COUNT_WEIGHTS)
  for (let k = 0; k < count; k++) {
    const target =
      heads.length > 1 && r.chance(0.01) ? heads[r.int(0, heads.length - 1)] : undefined
    let title: string, excerpt: string | undefined, date: number, link: string, p: Provider
    if (target && target.url !== article.url) {
      // A related story that is itself in the corpus.
      title = target.title
      excerpt = makeExcerpt(new Random(mix(seed, 3, target.story)))
      date = target.date
      link = target.url
      p = target.provider
    } else {
      date = article.date + r.int(-72 * 60, 24 * 60) * MINUTE
      title = makeTitle(r, new Date(date).getUTCFullYear())
      excerpt = r.chance(0.95) ? makeExcerpt(r) : undefined
      p = providers[providerRank(r)]!
      link = articleUrl(r, p, slugify(title), new Date(date))
    }
    lines.push(`  - title: ${quoted(asFeedText(r, title, 0.3))}`)
    if (excerpt !== undefined) lines.push(`    excerpt: ${quoted(excerpt)}`)
    lines.push(`    publishedDateTime: ${isoMinute(date)}`)
    lines.push(`    webUrl: ${url(link, article.legacy)}`)
    if (r.chance(0.2)) {
      const [amp, cdn] = ampUrls(r, link)
      lines.push(`    ampWebUrl: ${url(amp, article.legacy)}`)
      lines.push(`    cdnAmpWebUrl: ${url(cdn, article.legacy)}`)
    }
    lines.push('    type: article', '    provider:')
    lines.push(`      name: ${plain(p.name)}`, `      domain: ${p.domain}`)
    lines.push(`    quality: ${r.int(3, 140)}`)
    if (r.chance(0.4))
      lines.push('    images:', ...imageLines(r, p, slugify(title), new Date(date), '      '))
  }
  return lines
}

/** The text of one article file, fields in the real files' order and layout. */
function renderArticle(index: number, heads: Head[], providers: Provider[], seed: number): string {
  const h = heads[index]!
  const r = new Random(mix(seed, 2, index))
  const story = new Random(mix(seed, 3, h.story))
  const excerpt = makeExcerpt(story)
  const bare = h.legacy
  const lines = [
    '---',
    'category: news',
    `title: ${quoted(asFeedText(r, h.title, 0.35))}`,
    `excerpt: ${quoted(asFeedText(r, excerpt, 0.05))}`,
    `publishedDateTime: ${h.bareDate ? isoMinute(h.date).slice(0, 10) : isoMinute(h.date)}`,
  ]
  if (h.original) lines.push(`originalUrl: ${url(h.url, bare)}`)
  lines.push(`webUrl: ${url(h.url, bare)}`)
  if (r.chance(0.42)) {
    const [amp, cdn] = ampUrls(r, h.url)
    lines.push(`ampWebUrl: ${url(amp, bare)}`, `cdnAmpWebUrl: ${url(cdn, bare)}`)
  }
  lines.push('type: article')
  if (r.chance(0.78)) {
    const quality = r.chance(0.02) ? -1 : Math.round(5 + 150 * r.float() ** 1.6)
    const heat = r.chance(0.18)
      ? -1
      : r.chance(0.5)
        ? quality
        : Math.max(0, quality + r.int(-20, 40))
    const number = (n: number) => (r.chance(0.04) ? `"${n}"` : String(n))
    lines.push(`quality: ${number(quality)}`, `heat: ${number(heat)}`)
  }
  if (r.chance(0.75)) lines.push(`published: ${r.chance(0.5)}`)

  const p = h.provider
  lines.push('', 'provider:', `  name: ${plain(p.name)}`, `  domain: ${p.domain}`)
  if (p.logo && !h.legacy) {
    lines.push(
      '  images:',
      `    - url: ${quoted(`${IMAGE_HOST}/organizations/${p.domain}-50x50.jpg`)}`,
    )
    lines.push('      width: 50', '      height: 50')
  }

  lines.push('', 'topics:', ...topicLines(story))
  if (story.chance(0.8)) {
    const image = imageLines(story, p, h.slug, new Date(h.date), '  ')
    if (h.legacy && r.chance(0.5)) image[3] = `    title: ${quoted(h.title)}`
    lines.push('', 'images:', ...image)
  }
  if (r.chance(0.45)) lines.push('', 'related:', ...relatedLines(r, index, heads, providers, seed))

  const secured = `${r.base64(r.int(14, 27) * 16)};${r.base64(16)}`
  lines.push('', `secured: ${quoted(secured)}`, '---', '', '')
  return lines.join('\n')
}

/** Empties `dir` for a new corpus, refusing folders that plainly hold something else. */
function emptyFolder(dir: string): void {
  const holdsWorkingDir = !path.relative(dir, process.cwd()).startsWith('..')
  if (holdsWorkingDir || dir === os.homedir()) {
    throw new Error(`refusing to empty ${dir}: it is or holds the working directory`)
  }
  let entries: Dirent[] = []
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const stranger = entries.find((e) => !e.isDirectory() && !e.name.endsWith('.md'))
  if (stranger) {
    throw new Error(`refusing to empty ${dir}: it holds ${stranger.name}, not only article files`)
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
}

/**
 * Writes `count` synthetic article files into `outDir` (emptied first). The same `count` and
 * `seed` always give byte-identical files.
 */
export async function generateCorpus(
  count: number,
  outDir: string,
  seed = 1,
): Promise<{ files: number }> {
  if (!Number.isSafeInteger(count) || count < 1)
    throw new Error(`count must be a positive integer, got ${count}`)
  const dir = path.resolve(outDir)
  emptyFolder(dir)
  const providers = makeProviders(seed)
  const heads = planHeads(count, seed, providers)
  for (const folder of new Set(heads.map((h) => path.dirname(h.file)))) {
    mkdirSync(path.join(dir, folder), { recursive: true })
  }
  // Plain synchronous writes: measured faster here than 8 to 128 concurrent async writes.
  heads.forEach((h, i) =>
    writeFileSync(path.join(dir, h.file), renderArticle(i, heads, providers, seed)),
  )
  return { files: heads.length }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [countArg, outArg] = process.argv.slice(2)
  const count = Number(countArg)
  const seed = Number(process.env.SEED ?? 1)
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) {
    console.error(
      'Usage: npx tsx bench/generate-corpus.ts <count> [outDir]   (env SEED, default 1)',
    )
    process.exit(2)
  }
  const outDir = outArg ?? fileURLToPath(new URL(`./corpus/${count}`, import.meta.url))
  const started = performance.now()
  const { files } = await generateCorpus(count, outDir, seed).catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Wrote ${files} article files to ${path.relative(process.cwd(), outDir) || '.'} in ${seconds} s`,
  )
}
