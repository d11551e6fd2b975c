//! Word lists, each with where it came from. All lists are lower case and sorted where a
//! binary search reads them.

/// English function words: the Snowball project's English stop-word list (snowballstem.org,
/// `english/stop.txt`), plus contractions as they appear after tokenising and a few reporting
/// words ("said", "says") that carry no content in news.
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from", "further",
    "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's",
    "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "i", "i'd",
    "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
    "let's", "me", "more", "most", "mr", "mrs", "ms", "mustn't", "my", "myself", "no", "nor", "not",
    "now", "of", "off", "on", "once", "one", "only", "or", "other", "ought", "our", "ours",
    "ourselves", "out", "over", "own", "s", "said", "same", "say", "says", "shan't", "she", "she'd",
    "she'll", "she's", "should", "shouldn't", "so", "some", "such", "t", "than", "that", "that's",
    "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they",
    "they'd", "they'll", "they're", "they've", "this", "those", "through", "to", "too", "under",
    "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
    "weren't", "what", "what's", "when", "when's", "where", "where's", "which", "while", "who",
    "who's", "whom", "why", "why's", "will", "with", "won't", "would", "wouldn't", "you", "you'd",
    "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
];

/// True for a stop word (`word` in lower case).
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// [`STOP_WORDS`] in a hash table built at compile time: the ranker asks once per distinct
/// word, and a binary search's eight string comparisons were 3% of a news digest.
static STOP_SET: WordSet<512> = WordSet::new(STOP_WORDS);

/// A set of words hashed at compile time: open addressing with linear probing, `N` slots (a
/// power of two, at least twice the words) holding a word's index + 1, or 0 when empty.
pub struct WordSet<const N: usize> {
    slots: [u8; N],
    words: &'static [&'static str],
}

/// FNV-1a, the hash a [`WordSet`] files its words by.
pub const fn word_hash(word: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < word.len() {
        h = (h ^ word[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

const fn slot(word: &[u8], n: usize) -> usize {
    (word_hash(word) as usize) & (n - 1)
}

impl<const N: usize> WordSet<N> {
    /// The set of `words` (fewer than 255, at most half of `N`); panics at compile time otherwise.
    pub const fn new(words: &'static [&'static str]) -> Self {
        assert!(N.is_power_of_two() && words.len() * 2 <= N && words.len() < 255);
        let mut slots = [0u8; N];
        let mut w = 0;
        while w < words.len() {
            let mut k = slot(words[w].as_bytes(), N);
            while slots[k] != 0 {
                k = (k + 1) & (N - 1);
            }
            slots[k] = (w + 1) as u8;
            w += 1;
        }
        WordSet { slots, words }
    }

    /// Whether `word` is one of the set's words (exactly: case and all).
    pub fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// [`WordSet::contains`] for a word's bytes.
    pub fn contains_bytes(&self, word: &[u8]) -> bool {
        self.contains_hashed(word, word_hash(word))
    }

    /// [`WordSet::contains_bytes`] with the word's [`word_hash`] already known (one hash for
    /// several sets).
    pub fn contains_hashed(&self, word: &[u8], hash: u32) -> bool {
        let mut k = (hash as usize) & (N - 1);
        loop {
            match self.slots[k] {
                0 => return false,
                i if self.words[usize::from(i) - 1].as_bytes() == word => return true,
                _ => k = (k + 1) & (N - 1),
            }
        }
    }
}

/// Words that end with a full stop without ending a sentence: titles, months, company and
/// address abbreviations, Latin abbreviations (written without their inner dots: "e.g." is
/// looked up as "e.g"). Compiled for this project from common English style guides.
pub const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "al", "approx", "apr", "assn", "aug", "ave", "blvd", "brig", "capt", "cf", "cmdr",
    "co", "col", "corp", "cpl", "dec", "dept", "dr", "e.g", "esp", "est", "etc", "feb", "fig",
    "figs", "fri", "ft", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd",
    "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "op", "p",
    "p.m", "pp", "prof", "pvt", "rd", "rep", "reps", "rev", "sat", "sen", "sens", "sep", "sept",
    "sgt", "sr", "st", "sun", "supt", "thu", "thurs", "tue", "tues", "u.k", "u.n", "u.s", "u.s.a",
    "v", "viz", "vol", "vols", "vs", "wed",
];

/// Abbreviations that end a sentence as often as not when the next word is capitalised
/// ("... in the U.S. The plan ..."): they block a break only before a lower-case word,
/// a digit or a name-like continuation handled by the splitter.
pub const SENTENCE_FINAL_ABBREVIATIONS: &[&str] =
    &["a.m", "co", "etc", "inc", "ltd", "p.m", "u.k", "u.n", "u.s", "u.s.a", "corp", "jr", "sr"];

/// Abbreviations that are only abbreviations before a number ("No. 5", "p. 12", "Vol. 3").
pub const NUMBER_ABBREVIATIONS: &[&str] = &["fig", "figs", "no", "nos", "op", "p", "pp", "vol", "vols"];

/// True when `word` (lower case, inner dots kept, final dot removed) is an abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.binary_search(&word).is_ok()
}

/// Lines and headings of page furniture that pasted articles drag along: navigation, share and
/// subscribe prompts, consent banners, "Top News" and "Related" widgets. Matched as lower-case
/// substrings of a short line. Collected for this project from news pages' clipboard text.
pub const BOILERPLATE_HEADINGS: &[&str] = &[
    "top news", "top stories", "most read", "most popular", "most viewed", "related articles",
    "related stories", "related content", "related topics", "related coverage", "more from",
    "more on this story", "more stories", "you may also like", "you might also like",
    "recommended for you", "recommended stories", "trending now", "trending stories", "trending news",
    "editor's picks", "editors' picks", "read next", "read more", "latest news",
    "around the web", "sponsored content", "sponsored stories", "comments", "share this",
    "follow us", "sign up", "newsletter", "advertisement", "view more", "don't miss", "don’t miss",
    "must read", "more in ", "also on ", "next up in ",
    // The same widgets in Spanish, Portuguese, French, German and Italian.
    "más leídas", "lo más leído", "más vistas", "noticias relacionadas", "te puede interesar",
    "más sobre", "mais lidas", "mais lidos", "leia também", "veja também", "notícias relacionadas",
    "les plus lus", "à lire aussi", "lire aussi", "sur le même sujet", "meistgelesen",
    "mehr zum thema", "könnte sie auch interessieren", "più letti", "leggi anche",
];

/// Phrases that mark a single line as furniture wherever it stands.
pub const BOILERPLATE_LINES: &[&str] = &[
    "accept all cookies", "accept cookies", "all rights reserved", "advertisement",
    "cookie policy", "cookie settings", "click here", "follow us on", "image caption",
    "image copyright", "image source", "manage cookies", "media caption", "privacy policy",
    "share on facebook", "share on twitter", "share this article", "share this story",
    "sign up for", "skip to content", "skip to main content", "jump to navigation", "jump to search",
    "jump to content", "from wikipedia, the free encyclopedia", "subscribe to", "terms of use",
    "terms of service", "view more", "we use cookies", "getty images", "photo:", "photograph:",
    "(image:", "(picture:", "(pictures:", "(credit:", "see more:", "read more:", "related:",
    // Reading-time stamps ("5 min read", "Tempo de leitura: 2 minutos").
    " min read", "minute read", "reading time", "tempo de leitura", "tiempo de lectura",
    "temps de lecture", "lesezeit",
];

/// A caption's credit after its words, which marks the line as a caption at any length
/// ("… colour option. Image credit: OnePlus", "… (Photo: Getty Images)Getty", a truncated
/// "… [+]Getty"); lower case.
pub const CAPTION_CREDITS: &[&str] = &["credit...", "credit…", "image credit:", "photo credit:", ". photo: ", "(photo: ", "(image: ", "... [+]"];

/// Phrases of comment forms, consent notices, sign-ups and paywalls: they mark a line as
/// furniture however long it is (such lines are full sentences, so density alone keeps them).
pub const BOILERPLATE_FORMS: &[&str] = &[
    "your email address will not be published", "required fields are marked", "leave a reply",
    "leave a comment", "save my name, email", "by submitting this form", "we send newsletters",
    "you may revoke this consent", "your personal data will", "comment policy",
    "community guidelines", "this site uses cookies", "this website uses cookies",
    "we use cookies", "you agree to our", "already a subscriber", "subscribe now",
    "create a free account", "log in to comment", "sign in to comment", "javascript protected",
    "to continue reading", "sign up to receive", "get our newsletter", "in your inbox",
    "unsubscribe at any time", "no spam, we promise", "get a subscription", "delivered to your inbox",
    // Affiliate disclosures and end-of-article appeals.
    "may earn a commission", "may earn an affiliate commission", "may receive a commission",
    "may receive a small commission", "if you enjoyed this article", "have a tip?",
    "like to hear what you think about this", "committed to publishing a diversity of letters",
    // Comment forms in Spanish, Portuguese, French, German and Italian.
    "para poder comentar", "los comentarios publicados", "deja tu comentario", "dejá tu comentario",
    "envía tu comentario", "enviá tu comentario", "deixe seu comentário", "deixe um comentário",
    "laisser un commentaire", "kommentar schreiben", "lascia un commento",
];

/// The buttons of a share bar: networks (one of them, or "share", makes a row of these words
/// a share bar) and the words around them; lower case.
pub const SHARE_NETWORKS: &[&str] = &[
    "share", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "flipboard",
    "telegram", "messenger", "tumblr", "mastodon", "bluesky", "email", "e-mail",
];
/// The words around a share bar's buttons.
pub const SHARE_WORDS: &[&str] = &[
    "icon", "on", "this", "via", "google", "plus", "print", "copy", "link", "mail", "sms", "x", "f", "in",
    "about", "to", "someone", "article", "story", "page", "pin", "comments", "comment",
];

/// Words that mark a short line as furniture when scoring text density: sharing, accounts,
/// consent, ads, comment widgets, copyright lines.
pub const BOILERPLATE_DENSITY: &[&str] = &[
    "share", "subscribe ", "sign up", "sign in", "log in", "cookie", "advertis", "newsletter",
    "follow us", "related", "most read", "most popular", "comments", "read more", "click here",
    "all rights reserved", "privacy", "terms of", "©", "copyright", "reading list",
    "recommended", "trending",
];

/// Month names and their abbreviations as they open or stand in a dateline ("March 10, 2015",
/// "Nov 19, 2019"): the abbreviations with their space, so that "mar" does not match "market".
/// English; written for this project.
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ",
    "sep ", "sept ", "oct ", "nov ", "dec ",
];

/// [`MONTHS`] as they are looked for inside a longer line (a comment's header, "Milan on
/// September 12, 2018 at 4:47 pm said:"): "may" with its space, as a month is followed by its
/// day (the modal "may" still matches; the header's other marks decide).
pub const MONTHS_IN_LINES: &[&str] = &[
    "january", "february", "march", "april", "may ", "june", "july", "august", "september",
    "october", "november", "december", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ",
    "sep ", "sept ", "oct ", "nov ", "dec ",
];

/// The names of the months and of the days of the week, whole (the calendar's words, which
/// are capitalised without being names of actors).
pub const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
];

/// A photo gallery's labels, a sign-up form's field and button, a blog's "like" button, alone
/// on their line ("Caption", "Close", "Email Address", "Subscribe", WordPress's "Like
/// Loading..."); lower case, without a closing colon. Collected from news pages' clipboard text.
pub const FURNITURE_LABELS: &[&str] =
    &["caption", "close", "back to gallery", "like loading...", "subscribe", "loading...", "loading…", "email address", "e-mail address"];

/// A widget's heading when it is the whole line ("More", "Related:", "See also"); the longer
/// ones are [`BOILERPLATE_HEADINGS`].
pub const BARE_WIDGET_HEADINGS: &[&str] =
    &["more", "more:", "related", "related:", "see also", "see also:", "also read", "also read:", "recommended", "recommended:"];

/// How a caption's label opens its line when the label and the caption share it ("Image
/// caption Eva-Marie Persson said …", the BBC's markup as text).
pub const CAPTION_LABELS: &[&str] = &["image caption", "media caption", "image copyright"];

/// A credit in brackets at a caption's end ("… (Image: getty )").
pub const BRACKETED_CREDITS: &[&str] = &["(image:", "(picture:", "(pictures:", "(credit:", "(photo:"];

/// How an invitation to follow on a social network opens ("Follow me on Twitter", "Find us on
/// Facebook").
pub const FOLLOW_OPENERS: &[&str] = &["follow ", "find us on", "like us on", "connect with"];

/// Social networks named in an invitation to follow.
pub const SOCIAL_NETWORKS: &[&str] = &["facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "mastodon", "bluesky"];

/// How a contact line opens ("Phone +41 41 544 78 00", "E-mail info@example.com").
pub const CONTACT_LABELS: &[&str] = &["phone", "tel", "fax", "e-mail", "email", "mobile"];

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{:?} must come before {:?}", w[1], w[0]);
        }
    }

    #[test]
    fn binary_searched_lists_are_sorted() {
        assert_sorted(STOP_WORDS);
        assert_sorted(ABBREVIATIONS);
    }

    #[test]
    fn lookups() {
        assert!(is_stop_word("the"));
        for w in STOP_WORDS {
            assert!(is_stop_word(w), "{w}");
            assert!(!is_stop_word(&format!("{w}x")) || STOP_WORDS.contains(&format!("{w}x").as_str()));
        }
        assert!(!is_stop_word("") && !is_stop_word("thé") && !is_stop_word("The"));
        assert!(!is_stop_word("ceasefire"));
        assert!(is_abbreviation("u.s"));
        assert!(is_abbreviation("dr"));
        assert!(!is_abbreviation("force"));
    }
}
