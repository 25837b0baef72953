/** The vocabulary of the synthetic corpus: names, phrases and shapes the generator picks from. */
// Word lists, kept out of Prettier's one-item-per-line layout.
// prettier-ignore
export const WORDS = {
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
