//! Reading one sentence into rows: each cue in turn ([`read_cue`]), then the sentence-wide
//! patterns (contrasts, exclusions, exceptions, roles, cue-less plan statements).

use super::cues::{cue_at, may_give_rows, Cue, Frame, CUES};
use super::model::{Commitment, Hedge, Polarity};
use super::phrase::{action_from, actor_of, obliged_subject, passive_subject, subject_action, tidy_action};
use super::speaker::speaker;
use super::verbs::{base_form, base_verb, is_learned, is_participle};
use super::when::{condition_of, time_in, time_of};
use super::words::{clause_break, clause_words_back, is_negation, is_subject_pronoun, matches_at, words, Word};
use crate::lexicon::{
    is_state, is_stop_word, COMMENTARY, COMMENTATORS, DEFINITE_OPENERS, FRAMES_AFTER_BE, FRAMES_BEFORE_TO, FREQUENCY_ADVERBS, NOT_ACTION_OPENERS,
    NOT_MANNER_ADVERBS, NOT_NEGATING, NOT_ROW_OPENERS, NO_COMMENT, OUTCOME_VERBS, SUPERSEDED, VERB_GROUP_ADVERBS,
};
use crate::text::{collapse, contains, contains_any, lower, rfind, split_once, trim_end_all, Span};

/// One sentence as the reader sees it: its words, its lower-case copies and what frames it.
struct Sentence<'t> {
    text: &'t str,
    span: Span,
    ws: Vec<Word>,
    /// Full lower case, apostrophes folded.
    lower: String,
    /// ASCII lower case: every byte where it was in `text`, so its offsets index `text` (full
    /// lower case and the apostrophe folding of `lower` do not; a fuzzer found the panic).
    ascii: String,
    main: &'t str,
    aliases: &'t [String],
    /// Commentary, speculation or an indirect question frames the sentence.
    commentary: bool,
    /// A commentator (an analyst, an expert) is among its first words.
    commentator: bool,
}

impl<'t> Sentence<'t> {
    /// The sentence, or `None` when it can give no row: a question, no closing mark, no cue,
    /// a no-comment or a superseded statement ("had earlier said").
    fn read(text: &'t str, span: Span, main: &'t str, aliases: &'t [String]) -> Option<Self> {
        let trimmed = text.trim_end();
        if trimmed.ends_with('?') || !trimmed.ends_with(['.', '!', '"', '”', '\'', ')', '…', '’']) {
            return None;
        }
        if !may_give_rows(text) {
            return None;
        }
        let ws = words(text);
        let lower = lower(text);
        let lower = if lower.contains('’') { lower.replace('’', "'") } else { lower };
        if contains_any(&lower, NO_COMMENT) || contains_any(&lower, SUPERSEDED) {
            return None;
        }
        let ascii = text.to_ascii_lowercase();
        let commentary = contains_any(&lower, COMMENTARY);
        let commentator = ws.iter().take(8).any(|w| COMMENTATORS.contains(&w.lower.as_str()));
        Some(Sentence { text, span, ws, lower, ascii, main, aliases, commentary, commentator })
    }

    /// Whether the clause before word `i` names the main actor.
    fn main_subject(&self, i: usize) -> bool {
        clause_words_back(self.text, &self.ws, i).iter().any(|w| self.aliases.iter().any(|a| *a == trim_end_all(&w.lower, "'s")))
    }

    /// Whether a phrase names the main actor ("the merger" does not, "Gazprom's plan" does).
    fn names_actor(&self, s: &str) -> bool {
        lower(s).split(' ').any(|w| self.aliases.iter().any(|a| a == trim_end_all(w, "'s")))
    }

    /// A time in the phrase that opens the sentence before the cue at `i` ("From next month,
    /// all devices will carry ...").
    fn leading_time(&self, i: usize) -> Option<String> {
        let lead = (1..i.min(8)).find(|&k| clause_break(self.text, &self.ws[k - 1], &self.ws[k]))?;
        time_in(self.text, &self.ws, 0, lead)
    }

    /// For an existential modal ("there will be", "there may well be"): the index of the word
    /// after its "be".
    fn existential(&self, i: usize) -> Option<usize> {
        if i == 0 || self.ws[i - 1].lower != "there" {
            return None;
        }
        (i + 1..(i + 4).min(self.ws.len())).find(|&k| self.ws[k].lower == "be").map(|k| k + 1)
    }

    /// "May" with its capital inside a sentence not set in title case: a month or a name
    /// ("next May", "Mrs May had announced"), not the modal.
    fn is_name_may(&self, i: usize) -> bool {
        let w = &self.ws[i];
        i > 0 && w.lower == "may" && self.text[w.start..].starts_with('M') && {
            let capitals = self.ws.iter().filter(|w| self.text[w.start..].starts_with(char::is_uppercase)).count();
            capitals * 2 < self.ws.len()
        }
    }

    fn word(&self, k: usize) -> &str {
        self.ws.get(k).map_or("", |w| w.lower.as_str())
    }
}

/// The rows of one sentence (`span` is its place in the document; `main` the main actor and
/// `aliases` the words that name it).
pub(super) fn read_sentence(text: &str, span: Span, main: &str, aliases: &[String], mut trace: Option<&mut Vec<Trace>>) -> Vec<Commitment> {
    let Some(s) = Sentence::read(text, span, main, aliases) else { return Vec::new() };
    let mut rows: Vec<Commitment> = Vec::new();
    let mut covered_until = 0usize; // words already inside a row's action
    let mut i = 0;
    while i < s.ws.len() {
        let Some(cue) = cue_at(&s.ws, i).filter(|_| !s.is_name_may(i)) else {
            i += 1;
            continue;
        };
        if i >= covered_until {
            if let Some((found, end)) = read_cue(&s, i, cue, &rows, trace.as_deref_mut()) {
                for row in found {
                    if !rows.iter().any(|r| r.polarity == row.polarity && r.action == row.action) {
                        rows.push(row);
                    }
                }
                covered_until = end + 1;
            }
        }
        i += cue.words.len();
    }
    contrast_rows(&s, &mut rows);
    excluded_alternative(&s, &mut rows);
    exception(&s, &mut rows);
    roles(&s, &mut rows);
    if rows.is_empty() {
        cueless_plan(&s, &mut rows);
    }
    attribute(&s, &mut rows);
    // Every row's action opens as a verb phrase can: not with a word of [`NOT_ACTION_OPENERS`]
    // or [`NOT_ROW_OPENERS`] ("and ability to survive", "them like wine", "n't choose"), which
    // the contrasts and frames above can leave; nor with a capital: a name or a sentence's first
    // word is a subject ("Critics focused on his temper rather than his message").
    rows.retain(|r| {
        let first = r.action.split(' ').next().unwrap_or("");
        let l = lower(first);
        !(NOT_ACTION_OPENERS.contains(&l.as_str()) || NOT_ROW_OPENERS.contains(&l.as_str()) || first.starts_with(char::is_uppercase))
    });
    rows
}

/// The speaker of reported speech kept as each row's source, unless the speaker is the
/// actor ("Mr Howard said he would …").
fn attribute(s: &Sentence<'_>, rows: &mut [Commitment]) {
    if rows.is_empty() {
        return;
    }
    let Some(who) = speaker(s.text, &s.ws) else { return };
    let l = who.to_lowercase();
    let speaker_is_main = s.names_actor(&who);
    for row in rows.iter_mut() {
        let actor = row.actor.to_lowercase();
        let same = contains(&l, &actor) || contains(&actor, &l) || speaker_is_main;
        if actor.is_empty() || !same {
            row.speaker = Some(who.clone());
        }
    }
}

/// What speaks against a cue giving a row: each of the reader's rules that would turn it down.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Against {
    /// Commentary, speculation or a commentator, not about the main actor.
    pub(super) commentary: bool,
    /// "if" opens the cue's clause.
    pub(super) hypothetical: bool,
    /// A relative clause about something else.
    pub(super) relative: bool,
    /// A concession ("while mothers would welcome …").
    pub(super) concession: bool,
    /// "could not": a past inability.
    pub(super) could_not: bool,
    /// "is to" before a figure.
    pub(super) figure: bool,
    /// An outcome, a state or an aside, not conduct.
    pub(super) outcome: bool,
    /// "could", "may" or "might" said of a bare noun phrase (neither named, definite nor the
    /// article's actor), outside a quotation: speculation about an outcome.
    pub(super) speculation: bool,
    /// A WON'T cue right after the modal speaks for the clause.
    pub(super) wont_follows: bool,
    /// The action does not open with a verb.
    pub(super) opening: bool,
}

impl Against {
    /// Whether any rule turns the cue down.
    pub(super) fn any(&self) -> bool {
        *self != Against::default()
    }
}

/// The rows of the cue at word `i`, with the index of the action's last word; `None` when the
/// cue gives none (see each step).
fn read_cue(s: &Sentence<'_>, i: usize, cue: &Cue, rows: &[Commitment], trace: Option<&mut Vec<Trace>>) -> Option<(Vec<Commitment>, usize)> {
    let mut against = Against::default();
    let after = i + cue.words.len();
    frames_conduct(s, i, &mut against);
    let (mut polarity, negated) = polarity_at(s, i, cue);
    // "could not" tells of a past inability.
    against.could_not = negated && matches!(s.word(i), "could" | "couldn't");
    let (a, obliged) = verb_group(s, after);
    is_conduct(s, i, cue, a, &mut against);
    // (A cue turned down needs no action, unless it is traced for fitting.)
    let tracing = trace.is_some() && cfg!(not(target_arch = "wasm32"));
    if against.any() && !tracing {
        return None;
    }
    let passive =
        matches!(s.word(a), "be" | "been") && s.ws.get(a + 1).is_some_and(|w| is_participle(&w.lower) || (is_learned(&w.lower) && !w.lower.ends_with("ing")));
    if let Some(no) = s.existential(i).filter(|&k| s.word(k) == "no") {
        // "There will be no centrally maintained list": the thing denied, as a WON'T row.
        let (thing, end) = action_from(s.text, &s.ws, no + 1);
        let action = nominal_action(&thing);
        if action.is_empty() || against.any() {
            return None;
        }
        let (actor, is_main) = actor_of(s.text, &s.ws, i, s.main, s.aliases);
        return Some((vec![Commitment::new(Polarity::Wont, actor, is_main, action, cue.hedge, s.span)], end));
    }
    let (mut action, end) = if cue.frame == Frame::Subject { subject_action(s.text, &s.ws, i) } else { action_from(s.text, &s.ws, a) };
    // An adverb of time, frequency or manner passed over in the verb group stays with the
    // action, after it ("will never again evoke the memory" → "evoke the memory … again",
    // "will formally open the proceedings" → "open the proceedings formally").
    for w in s.ws[after.min(a)..a].iter().filter(|w| FREQUENCY_ADVERBS.contains(&w.lower.as_str()) || is_manner_adverb(&w.lower, "")) {
        if !action.is_empty() && !action.split(' ').any(|x| x.eq_ignore_ascii_case(&w.lower)) {
            action = format!("{action} {}", w.lower);
        }
    }
    let action = reshape_action(s, i, cue, action);
    let (action, imposed) = frame_action(s, i, cue, passive, obliged, action);
    // "seek no royalties", "no longer": a negative object makes a WON'T row.
    let mut action = action;
    if let Some(rest) = action.strip_prefix("no longer ") {
        action = rest.to_string();
        polarity = Polarity::Wont;
    } else if let Some((verb, obj)) = split_once(&action, " no ") {
        if !verb.contains(' ') {
            action = format!("{verb} {obj}");
            polarity = Polarity::Wont;
        }
    }
    if action.is_empty() {
        return None;
    }
    against.opening = !opens_with_verb(&action);
    // (Traces are for fitting, natively: the page's build leaves them out.)
    if let Some(trace) = trace.filter(|_| tracing) {
        let features = cue_features(s, i, cue, &against, negated, polarity, obliged, passive, &action);
        trace.push(Trace { sentence: s.span, polarity, action: action.clone(), features, rule_keeps: !against.any() });
    }
    if against.any() {
        return None;
    }
    let mut hedge = cue.hedge;
    let rest = &s.ascii[s.ws[i].start..];
    if contains(rest, "not the intended") || contains(rest, "not part of") {
        polarity = Polarity::Wont;
        hedge = Hedge::Certain;
    }
    let (actor, is_main) = if imposed && !s.main.is_empty() {
        (s.main.to_string(), true)
    } else if i > 0 && s.ws[i - 1].lower == "and" && !rows.is_empty() {
        // "… would not follow the move and will continue to …": the same subject.
        let last = &rows[rows.len() - 1];
        (last.actor.clone(), last.main)
    } else {
        actor_of(s.text, &s.ws, i, s.main, s.aliases)
    };
    let time = time_in(s.text, &s.ws, a, end + 1).or_else(|| s.leading_time(i));
    let condition = condition_of(s.text, &s.ws, i, end);
    let found = split_gerunds(s, a, end, action)
        .into_iter()
        .map(|action| Commitment {
            time: time.clone(),
            condition: condition.clone(),
            ..Commitment::new(polarity, actor.clone(), is_main, action, hedge, s.span)
        })
        .collect();
    Some((found, end))
}

/// A cue read, for fitting the row decision: the sentence, the row it would give, its
/// features ([`FEATURES`]) and whether the rules alone keep it.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    /// The sentence.
    pub sentence: Span,
    /// The row's polarity.
    pub polarity: Polarity,
    /// The row's action.
    pub action: String,
    /// The features, in the order of [`FEATURES`].
    pub features: [f32; FEATURES.len()],
    /// No rule turns it down.
    pub rule_keeps: bool,
}

/// The names of the row decision's features, in order.
pub const FEATURES: [&str; 28] = [
    "bias",
    "against_commentary",
    "against_hypothetical",
    "against_relative",
    "against_concession",
    "against_could_not",
    "against_figure",
    "against_outcome",
    "against_wont_follows",
    "against_opening",
    "negated",
    "cue_will",
    "cue_would",
    "cue_could",
    "cue_refusal",
    "cue_schedule",
    "cue_plan",
    "wont",
    "main_subject",
    "subject_pronoun",
    "subject_name",
    "quoted",
    "attributed",
    "obliged",
    "passive",
    "action_length",
    "commentary",
    "first_person",
];

/// The features of the cue at `i` (see [`FEATURES`]).
#[allow(clippy::too_many_arguments)]
fn cue_features(
    s: &Sentence<'_>,
    i: usize,
    cue: &Cue,
    against: &Against,
    negated: bool,
    polarity: Polarity,
    obliged: bool,
    passive: bool,
    action: &str,
) -> [f32; FEATURES.len()] {
    let b = |x: bool| f32::from(u8::from(x));
    let prev = i.checked_sub(1).map_or("", |k| s.ws[k].lower.as_str());
    let prev_name = i > 1 && s.text[s.ws[i - 1].start..].starts_with(char::is_uppercase);
    let w = s.word(i);
    [
        1.0,
        b(against.commentary),
        b(against.hypothetical),
        b(against.relative),
        b(against.concession),
        b(against.could_not),
        b(against.figure),
        b(against.outcome || against.speculation),
        b(against.wont_follows),
        b(against.opening),
        b(negated),
        b(matches!(w, "will" | "'ll" | "shall" | "won't") && cue.words.len() == 1),
        b(matches!(w, "would" | "wouldn't") && cue.words.len() == 1),
        b(matches!(w, "could" | "may" | "might" | "can") && cue.words.len() == 1),
        b(cue.polarity == Polarity::Wont),
        b(cue.frame == Frame::Schedule),
        b(cue.words.len() > 1 && cue.polarity == Polarity::Will && cue.frame != Frame::Schedule),
        b(polarity == Polarity::Wont),
        b(s.main_subject(i)),
        b(is_subject_pronoun(prev)),
        b(prev_name),
        b(s.text.contains(['"', '“', '”'])),
        b(s.ws.iter().any(|w| crate::lexicon::ATTRIBUTION.contains(&w.lower.as_str()))),
        b(obliged),
        b(passive),
        (action.split(' ').count() as f32 / 10.0).min(2.0),
        b(s.commentary || s.commentator),
        b(matches!(prev, "we" | "i")),
    ]
}

/// What frames the cue at `i` as something other than conduct: commentary and commentators'
/// predictions count only for the main actor's own conduct; a hypothetical ("if" opens the
/// cue's clause), a concession ("while mothers would welcome ...") or a relative clause about
/// something else ("styles that have not yet and may never reach ...") gives no row.
fn frames_conduct(s: &Sentence<'_>, i: usize, against: &mut Against) {
    against.commentary = (s.commentary || s.commentator) && !s.main_subject(i);
    let back = clause_words_back(s.text, &s.ws, i);
    let modal = matches!(s.word(i), "will" | "would" | "could" | "may" | "might" | "can" | "won't" | "wouldn't");
    // A relative clause: "that" / "which" right before the cue, or followed by an auxiliary
    // that the cue is coordinated with ("that have not yet and may never").
    let relative = back.last().is_some_and(|w| matches!(w.lower.as_str(), "that" | "which") && modal)
        || back.iter().rposition(|w| matches!(w.lower.as_str(), "that" | "which" | "who")).is_some_and(|k| {
            back.get(k + 1).is_some_and(|w| crate::lexicon::AUXILIARIES.contains(&w.lower.as_str()))
                && back[k + 1..].iter().any(|w| matches!(w.lower.as_str(), "and" | "or"))
        });
    let concession = matches!(s.word(i), "would" | "could" | "may" | "might")
        && back.first().is_some_and(|w| matches!(w.lower.as_str(), "while" | "although" | "though" | "whereas"));
    against.hypothetical = back.iter().any(|w| w.lower == "if");
    against.relative = relative;
    against.concession = concession;
}

/// The cue's polarity in its clause, and whether it is negated: a negation right before or
/// after the cue (not across a clause break) turns a WILL into a WON'T, unless the sentence's
/// negative words do not negate ("not only", "cannot rule out").
fn polarity_at(s: &Sentence<'_>, i: usize, cue: &Cue) -> (Polarity, bool) {
    let after = i + cue.words.len();
    let ws = &s.ws;
    let negated = ws[i].lower.ends_with("n't")
        || ws.get(after).is_some_and(|w| is_negation(&w.lower))
        || (i > 0 && is_negation(&ws[i - 1].lower) && !clause_break(s.text, &ws[i - 1], &ws[i]));
    let mut polarity = cue.polarity;
    if negated && cue.polarity == Polarity::Will {
        polarity = Polarity::Wont;
    }
    if negated && contains_any(&s.lower, NOT_NEGATING) {
        polarity = cue.polarity;
    }
    (polarity, negated)
}

/// Where the verb group after a cue ends and the action starts: past negations, adverbs and
/// the obligation or ability frames ("will have to", "would need to", "will be required to",
/// "will be able to"). Also whether the frame is an obligation.
fn verb_group(s: &Sentence<'_>, after: usize) -> (usize, bool) {
    let mut a = after;
    let mut obliged = false;
    loop {
        let w = s.word(a);
        let next = s.word(a + 1);
        if VERB_GROUP_ADVERBS.contains(&w) || FREQUENCY_ADVERBS.contains(&w) || is_manner_adverb(w, next) {
            a += 1;
        } else if w == "of" && next == "course" {
            a += 2;
        } else if matches!(w, "they" | "we" | "it" | "he" | "she") && matches!(next, "need" | "needs" | "have" | "has") && s.word(a + 2) == "to" && a == after {
            a += 3; // "on standby in case they need to help evacuate ..."
        } else if next == "to" && FRAMES_BEFORE_TO.contains(&w) {
            obliged |= matches!(w, "have" | "has" | "need" | "needs" | "required");
            a += 2;
        } else if w == "be" && FRAMES_AFTER_BE.contains(&next) && s.word(a + 2) == "to" {
            obliged |= next == "required";
            a += 3;
        } else {
            break;
        }
    }
    (a, obliged)
}

/// What says that what follows the cue is not conduct: "is to" before a figure ("where it now is to
/// nine months"), not an outcome or a state ("will prove tough", "would be happy", "would have
/// been better"), not an aside ("as you can imagine"), not a WON'T cue right after the modal
/// ("would be insufficient to"), which speaks for the clause.
fn is_conduct(s: &Sentence<'_>, i: usize, cue: &Cue, a: usize, against: &mut Against) {
    let after = i + cue.words.len();
    let ws = &s.ws;
    against.figure = cue.frame == Frame::Schedule
        && ws.get(after).is_some_and(|w| {
            w.lower.starts_with(|c: char| c.is_ascii_digit())
                || matches!(w.lower.as_str(), "the" | "a" | "an" | "nine" | "six" | "ten" | "two" | "three" | "four" | "five" | "seven" | "eight" | "twelve")
        });
    let (first, second) = (s.word(a), s.word(a + 1));
    against.outcome = OUTCOME_VERBS.iter().any(|v| first.starts_with(v))
        || (first == "have" && (second == "been" || is_participle(second)))
        || (first == "be" && is_state(second))
        || matches!(first, "said" | "says" | "say" | "told" | "to" | "only" | "he" | "she" | "they" | "it" | "we" | "i")
        || (first == "mean" && ws[i].lower == "could")
        || matches!(first, "imagine" | "see" | "understand" | "tell" | "confirm")
        || (i > 0 && matches!(ws[i - 1].lower.as_str(), "which" | "who"));
    // "There will inevitably be suspicions": what will exist, not what anyone will do.
    against.outcome |= s.existential(i).is_some_and(|k| s.word(k) != "no");
    // "You can get some vitamin D from the sun", "you will configure and build openssl": what
    // the reader may or will do is advice or a how-to's step, no actor's conduct (none of the
    // 432 annotated items has "you" for its subject).
    // (The subject before the verb group: "you may want to …".)
    let mut k = i;
    while k > 0 && {
        let w = ws[k - 1].lower.as_str();
        crate::lexicon::AUXILIARIES.contains(&w) || VERB_GROUP_ADVERBS.contains(&w) || matches!(w, "should" | "shall" | "must" | "'ll" | "do" | "does")
    } {
        k -= 1;
    }
    against.outcome |= k > 0 && ws[k - 1].lower == "you";
    if cue.frame_is_commitment() {
        // ("promised that …", "pledged in 2000 to …", "had been promised", "the quality Google
        // promised – …": no object, or not the actor's own commitment now.)
        let prev = i.checked_sub(1).map_or("", |k| ws[k].lower.as_str());
        let no_object = ws.get(after).is_none_or(|w| {
            matches!(w.lower.as_str(), "that" | "it" | "in" | "on" | "at" | "by" | "for" | "to" | "and" | "but" | "more")
                || clause_break(s.text, &ws[after - 1], w)
        });
        // ("promised players would be able to …": the object is a clause's subject.)
        let clause = (after..(after + 4).min(ws.len())).any(|k| matches!(ws[k].lower.as_str(), "would" | "will" | "could" | "can"));
        against.outcome |= no_object || clause || matches!(prev, "been" | "had" | "was" | "were" | "as" | "which" | "that");
    }
    // "International lawsuits could follow", "What may convince people …": a modal of
    // possibility said of a kind of thing or of people (a bare noun phrase: no name, no
    // definite determiner, not the article's actor, no pronoun), outside a quotation,
    // speculates about an outcome (the guideline's predictions about outcomes and effects).
    // A named or definite subject's "could" is an option it has ("Parliament could decide",
    // "the council may close the bridge"). (A single capitalised word opening the sentence
    // may be a name, unless it is a stop word: "What may …".)
    let prev = i.checked_sub(1).map_or("", |k| ws[k].lower.as_str());
    let named = i > 0 && s.text[ws[i - 1].start..].starts_with(char::is_uppercase) && !(i == 1 && is_stop_word(prev));
    against.speculation = matches!(ws[i].lower.as_str(), "could" | "may" | "might")
        && cue.words.len() == 1
        && !s.main_subject(i)
        && !is_subject_pronoun(prev)
        && !named
        && !clause_words_back(s.text, ws, i).first().is_some_and(|w| DEFINITE_OPENERS.contains(&w.lower.as_str()))
        && !s.text.contains(['"', '“', '”']);
    against.wont_follows = cue.polarity == Polarity::Will
        && (after..(after + 4).min(ws.len())).any(|k| CUES.iter().any(|c| c.polarity == Polarity::Wont && matches_at(ws, k, c.words)));
}

/// The action as the cue or the clause shapes it: the cue's own conduct ("making contingency
/// plans"), opposition as a refusal to accept, a project going ahead, a kept state ("the
/// display size will remain 13.3 inches" → "keep the display size 13.3 inches"), the actor's
/// figure moving ("our waiting time will fall to six months" → "cut our waiting time to six
/// months"), "would mean X being turned down" → "turn down X".
fn reshape_action(s: &Sentence<'_>, i: usize, cue: &Cue, mut action: String) -> String {
    match cue.frame {
        Frame::Conduct(conduct) | Frame::Commitment(conduct) => action = format!("{conduct} {action}"),
        Frame::Refusal(verb) if action.split(' ').next().is_some_and(|w| matches!(w, "any" | "a" | "an" | "the" | "this" | "these" | "such" | "all")) => {
            action = format!("{verb} {action}")
        }
        _ => {}
    }
    // "The merger is to go ahead" → "go ahead with the merger" (a project goes ahead, not a
    // named actor: "Gazprom will go ahead").
    if action == "go ahead" || action == "proceed" {
        if let Some(subject) = passive_subject(s.text, &s.ws, i).filter(|x| !x.split(' ').any(|w| w.starts_with(char::is_uppercase))) {
            action = format!("{action} with {subject}");
        }
    }
    if let Some(rest) = action.strip_prefix("remain ").or_else(|| action.strip_prefix("stay ")) {
        if !s.main_subject(i) {
            let determined = |x: &String| x.split(' ').next().is_some_and(|w| matches!(w, "the" | "its" | "their" | "our" | "this" | "these" | "his" | "her"));
            if let Some(subject) = passive_subject(s.text, &s.ws, i).filter(determined) {
                action = format!("keep {subject} {rest}");
            }
        }
    }
    let (verb, rest) = action.split_once(' ').unwrap_or((action.as_str(), ""));
    let change = match verb {
        "fall" | "drop" | "decline" | "shrink" | "halve" => Some("cut"),
        "rise" | "increase" | "grow" | "double" | "climb" => Some("raise"),
        _ => None,
    };
    // (Only where the verb has no object of its own: "increase the number of colleges" stays.)
    let intransitive =
        rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()) || ["to ", "by ", "from ", "in ", "at "].iter().any(|p| rest.starts_with(p));
    if let Some(change) = change.filter(|_| intransitive) {
        // (Any figure but a person's or the actor's own name: "maternity pay is to rise".)
        if let Some(subject) = passive_subject(s.text, &s.ws, i).filter(|x| !s.names_actor(x) && x.split(' ').count() >= 2) {
            action = format!("{change} {subject} {rest}").trim_end().to_string();
        }
    }
    if let Some((object, done)) = action.strip_prefix("mean ").and_then(|r| split_once(r, " being ")) {
        let mut it = done.split(' ');
        let participle = it.next().unwrap_or("");
        let rest: Vec<&str> = it.collect();
        let (particle, rest) = match rest.split_first() {
            Some((p, more)) if matches!(*p, "down" | "up" | "off" | "out" | "away" | "back") => (format!(" {p}"), more),
            _ => (String::new(), &rest[..]),
        };
        if !object.is_empty() && is_participle(participle) {
            let verb = base_verb(participle, true);
            action = format!("{verb}{particle} {object} {}", rest.join(" ")).trim_end().to_string();
        }
    }
    action
}

/// The action in the frame of its cue: an objective ("The aim is to get it up to 12 months" →
/// "aim to …"), a consideration ("is considering a levy" → "consider a levy"), a continuation
/// ("continue to offer …"), a passive read as the actor's action on its subject ("paid leave
/// would be increased" → "increase paid leave"), an obligation on others read as a rule the
/// actor sets ("non-EU citizens will have to undergo tests" → "require non-EU citizens to
/// undergo tests"; the second value says so).
fn frame_action(s: &Sentence<'_>, i: usize, cue: &Cue, passive: bool, obliged: bool, mut action: String) -> (String, bool) {
    if cue.frame == Frame::Schedule
        && cue.words[0] == "is"
        && i > 0
        && matches!(s.ws[i - 1].lower.as_str(), "aim" | "goal" | "objective" | "ambition" | "intention")
    {
        action = format!("aim to {action}");
    }
    match cue.frame {
        Frame::Consideration(verb) if action.split(' ').next().is_some_and(|w| matches!(w, "a" | "an" | "the" | "new" | "further" | "more" | "whether")) => {
            action = format!("{verb} {action}")
        }
        Frame::Continuation(verb) if !action.is_empty() => action = format!("{verb} {action}"),
        _ => {}
    }
    if passive && !action.is_empty() {
        if let Some(object) = passive_subject(s.text, &s.ws, i) {
            if let Some((verb, rest)) = action.split_once(' ') {
                // A prepositional verb keeps its preposition: "dealt with" → "deal with HIV".
                action = match rest.split_once(' ').unwrap_or((rest, "")) {
                    // (Not a purpose: "will be created for non-emergency calls" → "create the
                    // number for non-emergency calls"; a stranded "for" has no object of its own.)
                    (p @ ("with" | "for" | "upon"), more) if p == "with" || more.is_empty() || more.starts_with("by ") => {
                        format!("{verb} {p} {object} {more}").trim_end().to_string()
                    }
                    _ => format!("{verb} {object} {rest}"),
                };
            } else {
                action = format!("{action} {object}");
            }
        }
    }
    // (A "may have to" is a prospect, not a rule.)
    if obliged && !action.is_empty() && !s.main_subject(i) && matches!(s.word(i), "will" | "would" | "'ll" | "shall" | "won't" | "wouldn't") {
        if let Some(subject) = obliged_subject(s.text, &s.ws, i) {
            return (format!("require {subject} to {action}"), true);
        }
    }
    (action, false)
}

/// The thing an existential denies, as an action: a nominalisation turned back into its verb
/// ("relaxation of economic discipline" → "relax economic discipline"), else what is had
/// ("a centrally maintained list" → "have a centrally maintained list").
fn nominal_action(thing: &str) -> String {
    let words: Vec<&str> = thing.split(' ').collect();
    if let [head, "of", rest @ ..] = words.as_slice() {
        let head = head.to_lowercase();
        let verb = head.strip_suffix("ation").or_else(|| head.strip_suffix("ment")).filter(|v| v.len() >= 3);
        if let (Some(verb), false) = (verb, rest.is_empty()) {
            return format!("{verb} {}", rest.join(" "));
        }
    }
    if thing.is_empty() {
        String::new()
    } else {
        format!("have {thing}")
    }
}

/// An action opens with its verb and says something: one that opens with a preposition, a
/// pronoun, a capital or a figure is a misreading ("for day-to-day spending", "you really have
/// a say"), and one of stop words alone is empty.
fn opens_with_verb(action: &str) -> bool {
    let first = |a: &str| a.split(' ').next().map(str::to_lowercase).unwrap_or_default();
    let opens_badly = NOT_ACTION_OPENERS.contains(&first(action).as_str()) || action.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // (Past a copula: "be on the political leaders" opens as badly as "on the political leaders".)
    let copula_badly = action.strip_prefix("be ").is_some_and(|rest| NOT_ACTION_OPENERS.contains(&first(rest).as_str()));
    !(action.is_empty() || opens_badly || copula_badly || !action.split_whitespace().any(|w| !is_stop_word(&w.to_lowercase())))
}

/// Coordinated gerunds are two plans: "letting fathers share the pay and extending rights to
/// parents" → "let fathers share the pay", "extend rights to parents".
fn split_gerunds(s: &Sentence<'_>, a: usize, end: usize, action: String) -> Vec<String> {
    let ws = &s.ws;
    // (A progressive's gerunds too: "will be making changes and raising fees".)
    let a = if ws.get(a).is_some_and(|w| w.lower == "be") && ws.get(a + 1).is_some_and(|w| w.lower.ends_with("ing")) { a + 1 } else { a };
    if ws.get(a).is_some_and(|w| w.lower.ends_with("ing")) {
        let split = (a + 1..end.min(ws.len() - 1)).find(|&k| ws[k].lower == "and" && ws[k + 1].lower.len() > 5 && ws[k + 1].lower.ends_with("ing"));
        if let Some(k) = split {
            let first = tidy_action(&collapse(&s.text[ws[a].start..ws[k - 1].end]));
            let (second, _) = action_from(s.text, ws, k + 1);
            if !first.is_empty() && !second.is_empty() {
                return vec![first, base_form(&second)];
            }
        }
    }
    vec![action]
}

/// "rather than" / "instead of": the rejected alternative is a WON'T row of its own, the
/// chosen one a WILL row.
fn contrast_rows(s: &Sentence<'_>, rows: &mut Vec<Commitment>) {
    let (text, ws, span) = (s.text, &s.ws, s.span);
    for pat in [["rather", "than"], ["instead", "of"]] {
        let Some(k) = (0..ws.len()).find(|&k| matches_at(ws, k, &pat)) else { continue };
        // A judgement ("the policy was prejudice-based rather than evidence-based") is no row.
        if ws[k.saturating_sub(3)..k].iter().any(|w| matches!(w.lower.as_str(), "was" | "is" | "are" | "were")) && rows.is_empty() {
            continue;
        }
        let (alt, _) = action_from(text, ws, k + 2);
        if alt.is_empty() || rows.iter().any(|r| r.polarity == Polarity::Wont) {
            continue;
        }
        let (actor, is_main) = actor_of(text, ws, k, s.main, s.aliases);
        let hedge = rows.first().map_or(Hedge::Certain, |r| r.hedge);
        // (A contrast fronted before its clause, "… his suggestion that instead of being treated
        // by the NHS, young drunks should …", chooses what follows it, not the words before.)
        let fronted = k == 0 || ws[k - 1].lower == "that" || clause_break(text, &ws[k - 1], &ws[k]);
        if !rows.iter().any(|r| r.polarity == Polarity::Will) && !fronted {
            // The chosen option: the phrase just before "rather than", back to "as" or a break.
            let mut b = k;
            while b > 0 && k - b < 6 && ws[b - 1].lower != "as" && !clause_break(text, &ws[b - 1], &ws[b]) {
                b -= 1;
            }
            if b < k {
                let chosen = collapse(text[ws[b].start..ws[k - 1].end].trim_matches(|c: char| !c.is_alphanumeric()));
                rows.push(Commitment { time: time_of(&chosen), ..Commitment::new(Polarity::Will, actor.clone(), is_main, chosen, hedge, span) });
            }
        }
        let alt = lend_verb(rows, k, alt);
        rows.push(Commitment { time: time_of(&alt), ..Commitment::new(Polarity::Wont, actor, is_main, alt, hedge, span) });
        pair_contrast(rows);
    }
}

/// The WON'T row just pushed and the WILL row before it are the two sides of one contrast.
fn pair_contrast(rows: &mut [Commitment]) {
    let Some((wont, before)) = rows.split_last_mut() else { return };
    if let Some(will) = before.iter_mut().rfind(|r| r.polarity == Polarity::Will && !r.contrast) {
        will.contrast = true;
        wont.contrast = true;
    }
}

/// The alternative of a contrast often lacks its verb ("rather than for commercial success"):
/// it borrows the chosen option's. "Instead of new taxes, the scheme will be funded by a bond
/// issue": the rejected means takes the chosen one's place (up to four words of it).
fn lend_verb(rows: &[Commitment], k: usize, alt: String) -> String {
    match rows.iter().rfind(|r| r.polarity == Polarity::Will) {
        Some(will) if k == 0 && contains(&will.action, " by ") && alt.split(' ').count() <= 4 => {
            let at = rfind(&will.action, " by ").unwrap_or(will.action.len());
            format!("{} by {alt}", &will.action[..at])
        }
        Some(will)
            if alt
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "for" | "to" | "a" | "an" | "the" | "by" | "with" | "in" | "on")) =>
        {
            let mut it = will.action.split_whitespace();
            let mut verb = it.next().unwrap_or("").to_string();
            if let Some(p) = it.next().filter(|p| matches!(*p, "out" | "up" | "off" | "down" | "over" | "back" | "on")) {
                verb = format!("{verb} {p}");
            }
            if verb.is_empty() || alt.starts_with(&verb) || will.action.starts_with(&alt) {
                alt
            } else {
                format!("{verb} {alt}")
            }
        }
        _ => alt,
    }
}

/// "paid for by taxpayers, not employers": the excluded alternative takes the chosen one's
/// place ("pay for the plans by employers").
fn excluded_alternative(s: &Sentence<'_>, rows: &mut Vec<Commitment>) {
    let Some(will) = rows.iter().find(|r| r.polarity == Polarity::Will).cloned() else { return };
    let Some(pos) = rfind(&s.ascii, ", not ") else { return };
    let alt = s.text[pos + 6..].trim_end_matches(|c: char| !c.is_alphanumeric());
    if !alt.is_empty() && alt.split_whitespace().count() <= 6 && !rows.iter().any(|r| r.polarity == Polarity::Wont) {
        let alt = collapse(alt);
        let action = match rfind(&will.action, " by ") {
            Some(k) => format!("{} by {alt}", &will.action[..k]),
            None => alt,
        };
        rows.push(Commitment { polarity: Polarity::Wont, time: time_of(&action), action, ..will });
        pair_contrast(rows);
    }
}

/// "(except for children and pregnant women)": an exclusion from the plan.
fn exception(s: &Sentence<'_>, rows: &mut Vec<Commitment>) {
    let ascii = &s.ascii;
    let Some(pos) = crate::text::find(ascii, "except for ").or_else(|| crate::text::find(ascii, "except ")) else { return };
    let start = pos + if ascii[pos..].starts_with("except for ") { 11 } else { 7 };
    let alt: String = s.text[start..].chars().take_while(|c| !matches!(c, ')' | ',' | ';' | '.')).collect();
    if let Some(first) = rows.first().cloned() {
        if !alt.trim().is_empty() {
            let action = collapse(alt.trim());
            rows.push(Commitment { polarity: Polarity::Wont, time: time_of(&action), action, ..first });
            pair_contrast(rows);
        }
    }
}

/// A role named by a bare noun phrase ("as a reassurance force rather than a peacekeeping
/// force") reads in a cell as "act as a reassurance force": only where the sentence names it
/// so ("as a ..."), and the rejected side of a contrast with such a role. Quote marks go.
fn roles(s: &Sentence<'_>, rows: &mut [Commitment]) {
    let unquoted: String = if rows.iter().any(|r| r.action.starts_with("a ") || r.action.starts_with("an ") || r.action.starts_with(['“', '"'])) {
        s.ascii.chars().filter(|c| !matches!(c, '"')).collect::<String>().replace(['“', '”', '‘'], "")
    } else {
        String::new()
    };
    let mut role = false;
    for row in rows.iter_mut() {
        let action: String = row.action.chars().filter(|c| !matches!(c, '“' | '”' | '"' | '‘' | '«' | '»')).collect();
        let head: Vec<&str> = action.split(' ').take(2).collect();
        let named = (head.first() == Some(&"a") || head.first() == Some(&"an"))
            && (contains(&unquoted, &format!("as {}", head.join(" ").to_ascii_lowercase())) || (role && row.polarity == Polarity::Wont));
        role |= named;
        row.action = if named { format!("act as {action}") } else { action };
    }
}

/// Cue-less plan statements: "Current plans do not include a ground force" → WON'T "include a
/// ground force".
fn cueless_plan(s: &Sentence<'_>, rows: &mut Vec<Commitment>) {
    let ws = &s.ws;
    let Some(k) = (0..ws.len()).find(|&k| matches_at(ws, k, &["do", "not", "include"]) || matches_at(ws, k, &["does", "not", "include"])) else { return };
    let (action, _) = action_from(s.text, ws, k + 3);
    if !action.is_empty() {
        let action = format!("include {action}");
        let (actor, is_main) = actor_of(s.text, ws, k, s.main, s.aliases);
        rows.push(Commitment { time: time_of(&action), ..Commitment::new(Polarity::Wont, actor, is_main, action, Hedge::Planned, s.span) });
    }
}

/// An adverb of manner between the modal and its verb ("will formally open", "would carefully
/// consider"): a word in "-ly" that is none of [`NOT_MANNER_ADVERBS`] and no verb in "-pply" or
/// "-mply" ("resupply", "comply"). It goes after the action ("open the proceedings
/// formally"), so that the action opens with its verb.
fn is_manner_adverb(w: &str, next: &str) -> bool {
    w.len() >= 5
        && w.ends_with("ly")
        && !w.ends_with("pply")
        && !w.ends_with("mply")
        && !NOT_MANNER_ADVERBS.contains(&w)
        && !VERB_GROUP_ADVERBS.contains(&w)
        && !next.ends_with("ly")
}
