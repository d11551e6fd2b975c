//! Word lists of the will / won't reader: auxiliaries, negations, clause words, verbs of
//! saying, frames of commentary, verb classes. Written for this project from the annotated
//! articles' guideline (`../shared/eval/stance/ANNOTATION.md`) and English grammar; each says
//! what it is for.

/// Auxiliaries and modals: after "that" / "which" they mark a relative clause.
pub const AUXILIARIES: &[&str] = &["have", "has", "had", "will", "would", "may", "might", "could", "can", "is", "are", "was", "were", "not", "never"];

/// Words that negate the verb next to them.
pub const NEGATIONS: &[&str] = &["not", "never", "n't", "cannot", "no", "hardly", "barely", "scarcely", "neither"];

/// Words that end an action phrase (a new clause).
pub const CLAUSE_WORDS: &[&str] = &[
    "but",
    "while",
    "although",
    "though",
    "because",
    "since",
    "whereas",
    "unless",
    "which",
    "who",
    "whom",
    "whose",
    "if",
    "said",
    "says",
    "according",
    "when",
    "after",
    "before",
    "despite",
];

/// Sentences that are about speech, not conduct.
pub const NO_COMMENT: &[&str] = &[
    "declined to comment",
    "would not comment",
    "refused to comment",
    "no comment",
    "would not be drawn",
    "refused to say",
    "declined to say",
    "would not say",
    "gave no details",
    "did not respond",
    "did not comment",
];

/// Reports of what was said or agreed before the news, which the news has overtaken.
pub const SUPERSEDED: &[&str] = &["had earlier said", "had said that", "had agreed to", "had planned to", "had promised to"];

/// Subjects whose predictions are commentary, not an actor's conduct.
pub const COMMENTATORS: &[&str] =
    &["analyst", "analysts", "expert", "experts", "critic", "critics", "economist", "economists", "observer", "observers", "commentator", "commentators"];

/// Non-negating uses of negative words.
pub const NOT_NEGATING: &[&str] = &["not only", "not just", "no doubt", "cannot rule out", "can't rule out", "not hesitate", "no child", "not least"];

/// Frames that make a sentence commentary, speculation or an indirect question rather than
/// an actor's stated conduct.
pub const COMMENTARY: &[&str] = &[
    "unclear if",
    "unclear whether",
    "not clear whether",
    "asked whether",
    "asked if",
    "the hope is",
    "would be hardly",
    "hardly surprising",
    "warned that",
    "warned the",
    "feared",
    "i think",
    "we know that",
    "likened",
    "it could prove",
    "it would be",
    "wondered",
    "speculat",
    "don't think",
    "do not think",
    "was optimistic",
    "were optimistic",
    "neither will",
    "nor will",
    "doing so would",
];

/// Verbs after a modal that describe an outcome, not conduct.
pub const OUTCOME_VERBS: &[&str] = &["prove", "result", "seem", "appear", "happen", "cost", "rank", "face", "fail", "succeed", "backfire"];

/// Words after "be" that make a state or judgement, not conduct ("be happy", "be seen as").
pub fn is_state(word: &str) -> bool {
    const STATES: &[&str] = &[
        "happy",
        "seen",
        "welcomed",
        "better",
        "worse",
        "stronger",
        "weaker",
        "best",
        "worst",
        "likely",
        "unlikely",
        "good",
        "bad",
        "difficult",
        "hard",
        "easy",
        "possible",
        "impossible",
        "limited",
        "crippled",
        "surprised",
        "surprising",
        "disappointed",
        "sufficient",
        "enough",
        "higher",
        "lower",
        "more",
        "less",
        "left",
        "reached",
        "to",
    ];
    STATES.contains(&word)
}

/// Verbs of saying that make a clause an attribution.
pub const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "adds",
    "argues",
    "argued",
    "insists",
    "insisted",
    "claims",
    "claimed",
    "believes",
    "warns",
    "warned",
    "notes",
    "noted",
    "writes",
    "wrote",
    "explains",
    "explained",
    "stated",
    "states",
    "reported",
    "reports",
];

/// Verbs whose object takes its own infinitive ("invite architects to submit plans").
pub const CONTROL_VERBS: &[&str] = &[
    "allow",
    "ask",
    "enable",
    "encourage",
    "force",
    "help",
    "invite",
    "let",
    "need",
    "permit",
    "persuade",
    "push",
    "require",
    "tell",
    "train",
    "urge",
    "use",
    "want",
    "get",
    "expect",
];

/// Verbs that open a purpose clause ("... to ensure the safety of ...").
pub const PURPOSE_VERBS: &[&str] = &[
    "address",
    "allow",
    "appeal",
    "attract",
    "avoid",
    "boost",
    "bolster",
    "counter",
    "create",
    "cut",
    "deter",
    "enable",
    "encourage",
    "ensure",
    "give",
    "help",
    "improve",
    "increase",
    "keep",
    "limit",
    "maintain",
    "make",
    "meet",
    "mitigate",
    "prevent",
    "promote",
    "protect",
    "reassure",
    "reduce",
    "save",
    "secure",
    "stop",
    "strengthen",
    "support",
    "tackle",
    "win",
];

/// Irregular past participles and their base forms.
pub const IRREGULAR: &[(&str, &str)] = &[
    ("begun", "begin"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("built", "build"),
    ("chosen", "choose"),
    ("dealt", "deal"),
    ("done", "do"),
    ("drawn", "draw"),
    ("felt", "feel"),
    ("found", "find"),
    ("given", "give"),
    ("held", "hold"),
    ("kept", "keep"),
    ("known", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("made", "make"),
    ("met", "meet"),
    ("paid", "pay"),
    ("run", "run"),
    ("seen", "see"),
    ("sent", "send"),
    ("shown", "show"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("spun", "spin"),
    ("taken", "take"),
    ("told", "tell"),
    ("withdrawn", "withdraw"),
    ("won", "win"),
    ("written", "write"),
];

/// Words an action phrase does not end on.
pub const DANGLING: &[&str] = &[
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "he",
    "his",
    "in",
    "into",
    "is",
    "its",
    "of",
    "on",
    "or",
    "our",
    "she",
    "that",
    "the",
    "their",
    "they",
    "this",
    "to",
    "we",
    "which",
    "with",
    "who",
    "-",
    "during",
    "between",
    "against",
    "without",
    "via",
    "per",
    "than",
    "both",
    "either",
    "including",
    "are",
    "was",
    "were",
    "be",
    "been",
    "but",
];
// (Not "over", "about", "after", "through", "across": they end phrasal verbs, "take over".)

/// Verbs a headline states its news with, after the actor ("Hospital suspends …", "IBM frees …").
pub const HEADLINE_VERBS: &[&str] = &[
    "unveils",
    "announces",
    "approves",
    "rejects",
    "launches",
    "backs",
    "pledges",
    "vows",
    "orders",
    "bans",
    "blocks",
    "agrees",
    "confirms",
    "denies",
    "cuts",
    "raises",
    "sets",
    "seeks",
    "warns",
    "promises",
    "proposes",
    "scraps",
    "drops",
    "delays",
    "halts",
    "opens",
    "closes",
    "buys",
    "sells",
    "hires",
    "frees",
    "suspends",
    "excludes",
    "replace",
    "replaces",
];

/// Words that refer back to a main actor of one kind: a force, a company, a government, a
/// party. Any word of a group names the actor whose head noun is in it.
pub const ACTOR_GROUPS: &[&[&str]] = &[
    &["force", "troops", "deployment", "operation", "coalition", "mission", "army", "forces"],
    &["company", "firm", "group", "business", "maker"],
    &["government", "ministers", "ministry", "cabinet", "administration"],
    &["party", "leader", "manifesto"],
    &["tories", "tory", "conservatives", "conservative"],
];

/// Determiners of [`DETERMINERS`] that make a clause's subject a definite, particular thing
/// ("the council", "its board", "these firms"): a modal of possibility said of it is its
/// option, not speculation (`stance::read`, `Against::speculation`). Not "a", "any" or "all",
/// which speak of a kind.
pub const DEFINITE_OPENERS: &[&str] = &["the", "this", "these", "those", "its", "their"];

/// Determiners that open a noun phrase ("the house", "its plan").
pub const DETERMINERS: &[&str] = &["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "all"];

/// Conjunctions that open a clause before its subject ("while the plan …").
pub const CLAUSE_OPENERS: &[&str] = &["while", "and", "but", "although", "as", "because", "whereas", "so", "though"];

/// Sentence adverbs that stand before a clause's subject ("Currently the plan …").
pub const SENTENCE_ADVERBS: &[&str] =
    &["hopefully", "currently", "finally", "eventually", "initially", "probably", "possibly", "certainly", "clearly", "meanwhile", "however", "now"];

/// Prepositions that open a phrase a name can stand in without being the clause's subject
/// ("unveiled at the Geneva motor show", "British nationals in Ivory Coast"). English
/// grammar's own, as the treebank tags them (ADP); "of" is left out, as it joins names too.
pub const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "for",
    "with",
    "to",
    "on",
    "by",
    "across",
    "into",
    "near",
    "against",
    "through",
    "throughout",
    "within",
    "between",
    "among",
    "during",
    "outside",
    "inside",
    "around",
];

/// Words that cannot open a subject noun phrase: prepositions, connectives, pronouns.
pub const NOT_NOUN_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "after",
    "before",
    "since",
    "during",
    "under",
    "over",
    "however",
    "meanwhile",
    "like",
    "unlike",
    "following",
    "despite",
    "according",
    "later",
    "even",
    "also",
    "then",
    "so",
    "and",
    "but",
    "if",
    "when",
    "while",
    "as",
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "this",
    "that",
    "there",
];

/// Words in "-ly" that are no adverbs of manner between a modal and its verb
/// (`stance::read`'s `is_manner_adverb`): verbs, nouns, adjectives and names of that ending,
/// and the adverbs that deny or limit what follows, which moved after the action would say
/// another thing ("will hardly stand up", "won't necessarily see it"). Written for this project.
pub const NOT_MANNER_ADVERBS: &[&str] = &[
    "only",
    "reply",
    "rely",
    "multiply",
    "ally",
    "rally",
    "tally",
    "bully",
    "fly",
    "sully",
    "dally",
    "italy",
    "july",
    "family",
    "assembly",
    "anomaly",
    "monopoly",
    "early",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "quarterly",
    "friendly",
    "unlikely",
    "holy",
    "ugly",
    "silly",
    "lonely",
    "lovely",
    "elderly",
    "costly",
    "deadly",
    "orderly",
    "belly",
    "jelly",
    "sly",
    "kelly",
    "emily",
    "sally",
    "molly",
    "lily",
    "hardly",
    "scarcely",
    "barely",
    "necessarily",
    "merely",
    "partly",
    "largely",
    "mostly",
];

/// Words between a cue and its verb that the verb group passes over ("will not", "will also", "is likely to", "will soon";
/// adverbs of degree and stance, "will actually", "may well", "would rather").
pub const VERB_GROUP_ADVERBS: &[&str] = &[
    "not",
    "never",
    "likely",
    "also",
    "still",
    "now",
    "then",
    "to",
    "yet",
    "instead",
    "soon",
    "eventually",
    "initially",
    "probably",
    "definitely",
    "certainly",
    "actually",
    "really",
    "just",
    "simply",
    "well",
    "most",
    "rather",
    "indeed",
    "perhaps",
    // Adverbs of frequency, time, focus and stance that the treebank sets between a modal and
    // its verb ("will always", "could easily", "would even", "will finally", "may possibly",
    // "will once again"; UD English Web Treebank, ADV between AUX and VERB), and the
    // connectives set off there ("would, however, …"); those of time and frequency are
    // [`FREQUENCY_ADVERBS`]. Manner adverbs ("formally open", "actively enforce") go after
    // the action (`stance::read`, `is_manner_adverb`); stance adverbs in "-ly" that say how
    // likely the action is ("conceivably", "allegedly") are the verb group's.
    "ever",
    "even",
    "easily",
    "finally",
    "possibly",
    "surely",
    "once",
    "already",
    "almost",
    "nearly",
    "undoubtedly",
    "ultimately",
    "inevitably",
    "potentially",
    "apparently",
    "reportedly",
    "hopefully",
    "conceivably",
    "presumably",
    "arguably",
    "supposedly",
    "allegedly",
    "seemingly",
    "clearly",
    "truly",
    "naturally",
    "however",
    "therefore",
    "someday",
    // Adverbs of focus and degree ("will not necessarily see", "will largely depend") and the
    // negative ones ("could hardly stand up", [`NEGATIONS`]), UD's ADV there too.
    "necessarily",
    "merely",
    "largely",
    "partly",
    "mostly",
    "hardly",
    "barely",
    "scarcely",
    // The first half of a coordination of verb phrases ("will either refer … or decide …",
    // "will neither guarantee … nor …").
    "either",
    "neither",
    // Floating quantifiers ("the three DJs will each host …", "they will both attend").
    "each",
    "both",
];

/// Words that frame an action with "to" after a cue: obligation, ability, schedule, attempt ("will have to", "is expected to", "will try to").
pub const FRAMES_BEFORE_TO: &[&str] = &[
    "have",
    "has",
    "need",
    "needs",
    "able",
    "positioned",
    "designed",
    "intended",
    "expected",
    "set",
    "due",
    "going",
    "required",
    "allowed",
    "trying",
    "try",
    "seeking",
    "seek",
];

/// Words after "be" that frame an action with "to" ("will be able to", "would be required to").
pub const FRAMES_AFTER_BE: &[&str] =
    &["able", "positioned", "designed", "intended", "expected", "set", "due", "required", "allowed", "used", "willing", "prepared", "keen", "eager", "ready"];

/// Words an action never opens with: prepositions, pronouns, modals, demonstratives (an action that does is a misreading: "for day-to-day spending", "you really have a say").
pub const NOT_ACTION_OPENERS: &[&str] = &[
    "for", "on", "in", "at", "by", "from", "of", "with", "you", "i", "we", "they", "he", "she", "it", "all", "will", "would", "this", "these", "those", "no",
    "number",
];

/// Adverbs of time and frequency that the verb group passes over too, as it does
/// [`VERB_GROUP_ADVERBS`]: they tell when the conduct happens, so the action keeps them, after
/// its phrase ("evoke the memory … again").
pub const FREQUENCY_ADVERBS: &[&str] = &["again", "always", "later", "often", "usually", "sometimes", "forever"];

/// Words no verb phrase opens with, which no row's action may open with either, besides
/// [`NOT_ACTION_OPENERS`]: coordinating conjunctions, the object and possessive pronouns, the
/// other prepositions, a negation and its clitic, articles and quantifiers, wh-words and
/// indefinite pronouns ("what is the name of …", "something they choose"), subordinators
/// ("though", "without") and "to" (with those, the closed classes of UD's CCONJ, PRON, DET,
/// ADP, SCONJ and PART, as the English Web Treebank spells them). (After a copula they may
/// open the rest: "be a listener".)
pub const NOT_ROW_OPENERS: &[&str] = &[
    "and",
    "but",
    "or",
    "nor",
    "me",
    "my",
    "us",
    "our",
    "your",
    "him",
    "his",
    "her",
    "its",
    "them",
    "their",
    "as",
    "between",
    "than",
    "n't",
    "n’t",
    "not",
    "the",
    "a",
    "an",
    "that",
    "both",
    "each",
    "every",
    "some",
    "any",
    "such",
    "what",
    "how",
    "whether",
    "something",
    "anything",
    "anyone",
    "someone",
    "everything",
    "nothing",
    "without",
    "though",
    "although",
    "to",
];

/// Units of time a deictic word ("next", "this", "coming") or a count ("two years") names
/// (`stance/when.rs`).
pub const TIME_UNITS: &[&str] = &[
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "season",
    "spring",
    "summer",
    "autumn",
    "winter",
    "decade",
    "quarter",
    "term",
    "day",
    "days",
    "morning",
    "afternoon",
    "evening",
    "night",
    "century",
    "fortnight",
];

/// Deictic words before a unit of time: "next week", "this year", "the coming months".
pub const DEICTIC_TIME_WORDS: &[&str] = &["next", "this", "coming", "following"];

/// Prepositions that open a time phrase.
pub const TIME_PREPOSITIONS: &[&str] =
    &["by", "in", "from", "until", "till", "before", "after", "within", "during", "on", "starting", "over", "at", "through", "throughout"];

/// Words that may stand between the preposition and the time itself.
pub const TIME_MODIFIERS: &[&str] = &[
    "the",
    "early",
    "mid",
    "late",
    "end",
    "start",
    "beginning",
    "middle",
    "of",
    "next",
    "this",
    "coming",
    "following",
    "later",
    "first",
    "second",
    "third",
    "fourth",
    "half",
    "quarter",
    "part",
];

/// Words that open a condition ("if elected", "unless funding is increased", "as long as").
pub const CONDITIONS: &[&[&str]] =
    &[&["if"], &["unless"], &["provided"], &["providing"], &["as", "long", "as"], &["so", "long", "as"], &["subject", "to"], &["on", "condition"]];

/// Words that name a speaker without a capital ("a spokesman said"; `stance/speaker.rs`).
pub const SPEAKER_NOUNS: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "official", "officials", "sources", "source", "analysts", "analyst", "aides"];

/// Titles written in lower case inside a name ("GM Europe president Carl-Peter Forster").
pub const TITLES: &[&str] =
    &["president", "chairman", "chairwoman", "chief", "executive", "director", "minister", "secretary", "leader", "spokesman", "spokeswoman"];

/// Honorifics, which are stop words elsewhere ("Mr Howard").
pub const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prof"];
