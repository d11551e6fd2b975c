//! Word lists of page furniture and dates, for the parser. Collected for this project from
//! news pages' clipboard text unless a list says otherwise.

use crate::text::{contains, contains_any};

/// Lines and headings of page furniture that pasted articles drag along: navigation, share and
/// subscribe prompts, consent banners, "Top News" and "Related" widgets. Matched as lower-case
/// substrings of a short line. Collected for this project from news pages' clipboard text.
pub const BOILERPLATE_HEADINGS: &[&str] = &[
    "top news",
    "top stories",
    "most read",
    "most popular",
    "most viewed",
    "related articles",
    "related stories",
    "related content",
    "related topics",
    "related coverage",
    "more from",
    "more on this story",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended for you",
    "recommended stories",
    "trending now",
    "trending stories",
    "trending news",
    "editor's picks",
    "editors' picks",
    "read next",
    "read more",
    "latest news",
    "around the web",
    "sponsored content",
    "sponsored stories",
    "comments",
    "share this",
    "follow us",
    "sign up",
    "newsletter",
    "advertisement",
    "view more",
    "don't miss",
    "don’t miss",
    "must read",
    "more in ",
    "also on ",
    "next up in ",
    // The same widgets in Spanish, Portuguese, French, German and Italian.
    "más leídas",
    "lo más leído",
    "más vistas",
    "noticias relacionadas",
    "te puede interesar",
    "más sobre",
    "mais lidas",
    "mais lidos",
    "leia também",
    "veja também",
    "notícias relacionadas",
    "les plus lus",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "meistgelesen",
    "mehr zum thema",
    "könnte sie auch interessieren",
    "könnte dich auch interessieren",
    "weitere artikel",
    "weitere beiträge",
    "weitere interessante themen",
    "ähnliche artikel",
    "ähnliche beiträge",
    "verwandte artikel",
    "neueste artikel",
    "neueste beiträge",
    "auch interessant",
    "lesen sie auch",
    // "Share this:" as WordPress's German translations have it, and the like.
    "teilen sie dies mit",
    "teile dies mit",
    "diesen beitrag teilen",
    "artikel teilen",
    "più letti",
    "leggi anche",
];

/// Phrases that mark a single line as furniture wherever it stands.
pub const BOILERPLATE_LINES: &[&str] = &[
    "accept all cookies",
    "accept cookies",
    "all rights reserved",
    "advertisement",
    "cookie policy",
    "cookie settings",
    "click here",
    "follow us on",
    "image caption",
    "image copyright",
    "image source",
    "manage cookies",
    "media caption",
    "privacy policy",
    "share on facebook",
    "share on twitter",
    "share this article",
    "share this story",
    "sign up for",
    "skip to content",
    "skip to main content",
    "jump to navigation",
    "jump to search",
    "jump to content",
    "from wikipedia, the free encyclopedia",
    "subscribe to",
    "terms of use",
    "terms of service",
    "view more",
    "we use cookies",
    "getty images",
    "photo:",
    "photograph:",
    "(image:",
    "(picture:",
    "(pictures:",
    "(credit:",
    "see more:",
    "read more:",
    "related:",
    // Reading-time stamps ("5 min read", "Tempo de leitura: 2 minutos").
    " min read",
    "minute read",
    "reading time",
    "tempo de leitura",
    "tiempo de lectura",
    "temps de lecture",
    "lesezeit",
    // The same furniture in German (WordPress's German translation among them: "Zum Inhalt
    // springen", "Skip to content").
    "alle rechte vorbehalten",
    "datenschutzerklärung",
    "cookie-einstellungen",
    "wir verwenden cookies",
    "auf facebook teilen",
    "auf twitter teilen",
    "zum inhalt springen",
    "zum hauptinhalt springen",
    // Photo credits in German ("Bild: Werk/Christian Houdek", "Foto: dpa").
    "bild:",
    "foto:",
    "fotos:",
    "bildquelle:",
];

/// A caption's credit after its words, which marks the line as a caption at any length
/// ("… colour option. Image credit: OnePlus", "… (Photo: Getty Images)Getty", a truncated
/// "… [+]Getty"); lower case.
pub const CAPTION_CREDITS: &[&str] = &["credit...", "credit…", "image credit:", "photo credit:", ". photo: ", "(photo: ", "(image: ", "... [+]"];

/// Phrases of comment forms, consent notices, sign-ups and paywalls: they mark a line as
/// furniture however long it is (such lines are full sentences, so density alone keeps them).
pub const BOILERPLATE_FORMS: &[&str] = &[
    "your email address will not be published",
    "required fields are marked",
    "leave a reply",
    "leave a comment",
    "save my name, email",
    "by submitting this form",
    "we send newsletters",
    "you may revoke this consent",
    "your personal data will",
    "comment policy",
    "community guidelines",
    "this site uses cookies",
    "this website uses cookies",
    "we use cookies",
    "you agree to our",
    "already a subscriber",
    "subscribe now",
    "create a free account",
    "log in to comment",
    "sign in to comment",
    "javascript protected",
    "to continue reading",
    "sign up to receive",
    "get our newsletter",
    "in your inbox",
    "unsubscribe at any time",
    "no spam, we promise",
    "get a subscription",
    "delivered to your inbox",
    // Affiliate disclosures and end-of-article appeals.
    "may earn a commission",
    "may earn an affiliate commission",
    "may receive a commission",
    "may receive a small commission",
    "if you enjoyed this article",
    "have a tip?",
    "like to hear what you think about this",
    "committed to publishing a diversity of letters",
    // Comment forms in Spanish, Portuguese, French, German and Italian.
    "para poder comentar",
    "los comentarios publicados",
    "deja tu comentario",
    "dejá tu comentario",
    "envía tu comentario",
    "enviá tu comentario",
    "deixe seu comentário",
    "deixe um comentário",
    "laisser un commentaire",
    "kommentar schreiben",
    "lascia un commento",
    // WordPress's comment and subscription forms in German.
    "e-mail-adresse wird nicht veröffentlicht",
    "erforderliche felder sind mit",
    "antworten abbrechen",
    "gib deine e-mail-adresse ein",
    "geben sie ihre e-mail-adresse ein",
    "diese website verwendet cookies",
    "diese webseite verwendet cookies",
];

/// The buttons of a share bar: networks (one of them, or "share", makes a row of these words
/// a share bar) and the words around them; lower case.
pub const SHARE_NETWORKS: &[&str] = &[
    "share",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "flipboard",
    "telegram",
    "messenger",
    "tumblr",
    "mastodon",
    "bluesky",
    "email",
    "e-mail",
];
/// The words around a share bar's buttons.
pub const SHARE_WORDS: &[&str] = &[
    "icon", "on", "this", "via", "google", "plus", "print", "copy", "link", "mail", "sms", "x", "f", "in", "about", "to", "someone", "article", "story",
    "page", "pin", "comments", "comment",
];

/// Words that mark a short line as furniture when scoring text density: sharing, accounts,
/// consent, ads, comment widgets, copyright lines.
pub const BOILERPLATE_DENSITY: &[&str] = &[
    "share",
    "subscribe ",
    "sign up",
    "sign in",
    "log in",
    "cookie",
    "advertis",
    "newsletter",
    "follow us",
    "related",
    "most read",
    "most popular",
    "comments",
    "read more",
    "click here",
    "all rights reserved",
    "privacy",
    "terms of",
    "©",
    "copyright",
    "reading list",
    "recommended",
    "trending",
];

/// The months' names, whole, lower case. English; written for this project.
pub const MONTH_NAMES: &[&str] = &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// The months' names in German, whole, lower case: a day's number with its ordinal dot stands
/// before them ("am 4. November", "12. März 1950"). Written for this project.
pub const GERMAN_MONTH_NAMES: &[&str] =
    &["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

/// German articles and prepositions before an ordinal number ("der 1. FC Köln", "vom 9. bis
/// 23. Oktober", "beim 10. Mal"): the number's dot is its ordinal mark, not a full stop. ("am"
/// is left out: English has it too, "I am 45.") Written for this project.
pub const BEFORE_ORDINAL: &[&str] =
    &["ab", "beim", "bis", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "eines", "im", "seit", "vom", "zum", "zur"];

/// The months' abbreviations as they stand in a date ("Nov 19, 2019"), with their space, so
/// that "mar" does not match "market".
pub const MONTH_ABBREVIATIONS: &[&str] = &["jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ", "sep ", "sept ", "oct ", "nov ", "dec "];

/// The days of the week, whole, lower case.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether lower-case `text` names a month, whole or abbreviated. With `may_alone`, "may" counts
/// alone (a short dateline); otherwise only with a space after it, as a month is followed by its
/// day (inside a longer line: the modal "may" still matches, and the line's other marks decide).
pub fn names_month(text: &str, may_alone: bool) -> bool {
    MONTH_NAMES.iter().any(|m| contains(text, m) && (may_alone || *m != "may" || contains(text, "may "))) || contains_any(text, MONTH_ABBREVIATIONS)
}

/// A photo gallery's labels, a sign-up form's field and button, a blog's "like" button, alone
/// on their line ("Caption", "Close", "Email Address", "Subscribe", WordPress's "Like
/// Loading..."); lower case, without a closing colon. Collected from news pages' clipboard text.
pub const FURNITURE_LABELS: &[&str] =
    &["caption", "close", "back to gallery", "like loading...", "subscribe", "loading...", "loading…", "email address", "e-mail address"];

/// A widget's heading when it is the whole line ("More", "Related:", "See also"); the longer
/// ones are [`BOILERPLATE_HEADINGS`].
pub const BARE_WIDGET_HEADINGS: &[&str] =
    &["more", "more:", "related", "related:", "see also", "see also:", "also read", "also read:", "recommended", "recommended:"];

/// News agencies and wire services named in a dateline ("WASHINGTON (AP) —", "(CNN)", "Berlin
/// (dpa) –"): the world's largest agencies by country, lower case.
pub const NEWS_AGENCIES: &[&str] = &[
    "ap",
    "afp",
    "reuters",
    "upi",
    "cnn",
    "bbc",
    "pa",
    "dpa",
    "epd",
    "kna",
    "apa",
    "sda",
    "efe",
    "europa press",
    "ansa",
    "xinhua",
    "kyodo",
    "yonhap",
    "tass",
    "ria novosti",
    "pti",
    "ians",
    "aap",
    "bloomberg",
    "ips",
    "anp",
    "belga",
    "pap",
    "ctk",
];

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

/// Parts of a class or id that name page furniture (the idea of Readability.js's "unlikely
/// candidates"; this list is Brief's own, each part tried on news pages' clipboard HTML).
/// Not "social", "advert" or "share": they name wrappers around whole articles on some pages.
pub const FURNITURE_CLASSES: &[&str] = &[
    "comment",
    "disqus",
    "footer",
    "sidebar",
    "related",
    "sponsor",
    "newsletter",
    "subscribe",
    "breadcrumb",
    "pagination",
    "outbrain",
    "taboola",
    "cookie",
    "consent",
    "promo",
    "trending",
    "recirc",
    "masthead",
    "popup",
    "most-read",
    "mostread",
    "navbar",
    "navigation",
    "menu",
    "signup",
    "paywall",
];

/// Whole words of a class or id that name page furniture ("nav", "ad").
pub const FURNITURE_CLASS_WORDS: &[&str] = &["nav", "ad", "ads", "banner", "tags"];

/// Parts of a class or id that name content, which keep its text whatever else it says
/// ("article-footer", "story-related"; a formula is content too: MathJax's containers carry a
/// "CtxtMenu" class).
pub const CONTENT_CLASSES: &[&str] = &["article", "content", "story", "main", "post-body", "entry", "body", "mathjax"];
