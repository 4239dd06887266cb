//! Language knowledge as data: one table per language, read by generic code.
//!
//! Adding a language is one new file with a [`Lexicon`] and one line in
//! [`ALL`]. Phrases are compared after [`normalize`]: lower case, full-width
//! forms folded, surrounding markup and a trailing colon removed.

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod zh;

/// Everything the parser knows about one language.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// Lines that, alone on a line (colon optional), head a list of actions.
    pub action_headers: &'static [&'static str],
    /// Prefixes that make the rest of the line an action (`Action:`).
    pub action_prefixes: &'static [&'static str],
    /// Headings of a disclaimer.
    pub disclaimer_headings: &'static [&'static str],
    /// Openings of a paragraph that is a disclaimer without a heading
    /// (`The views expressed in this`, `本译文`), lower case.
    pub disclaimer_openers: &'static [&'static str],
    /// Words that label an agenda item's number (`Item 3:`, `Point 2 :`,
    /// `Пункт 4.`), lower case, longest first.
    pub agenda_labels: &'static [&'static str],
    /// Ordinal words that number top-level items (`أولاً -`, `ثانياً -`),
    /// with their values.
    pub ordinals: &'static [(&'static str, u32)],
    /// Labels that make the rest of the line a decision (`Decision:`).
    pub decision_prefixes: &'static [&'static str],
    /// Plural nouns for decisions (`decisions`, `acuerdos`, `决定`): a
    /// sentence ending in a colon that names them announces a list of them.
    pub decision_nouns: &'static [&'static str],
    /// Words and phrases that record a decision or agreement.
    pub decision_markers: &'static [&'static str],
    /// Words that negate a decision marker right after them (`not`, `не`, `未`).
    pub negators: &'static [&'static str],
    /// Words and phrases that must not count as a decision even though they
    /// contain a marker (`不同意`, `disagreed`).
    pub decision_negations: &'static [&'static str],
    /// Modal and future forms that follow the actor (`将`, `will`,
    /// `devra`); several words are matched word by word.
    pub modals: &'static [&'static str],
    /// Endings of future-tense verbs that follow the actor (`-ra`, `-rá`,
    /// `-ит`): the word that ends so is the verb.
    pub future_endings: &'static [&'static str],
    /// Auxiliaries of the passive (`seront`, `serán`): the subject acts only
    /// when an infinitive link follows the participle (`sont invités à`).
    pub passive_auxiliaries: &'static [&'static str],
    /// Words that link a passive participle to an infinitive (`à`, `de`).
    pub infinitive_links: &'static [&'static str],
    /// Endings of impersonal or reflexive-passive verbs (`-ся`): nobody acts.
    pub impersonal_endings: &'static [&'static str],
    /// Articles and determiners a subject may start with.
    pub articles: &'static [&'static str],
    /// The verb comes first and the actor after it (Arabic).
    pub verb_first: bool,
    /// Nouns that end an actor's name (`秘书处`, `工作组`), for sentences
    /// without a modal.
    pub actor_heads: &'static [&'static str],
    /// Words that end a subject written without a modal (`召集人于…`,
    /// `秘书处在…`), in languages without spaces.
    pub subject_enders: &'static [&'static str],
    /// Last characters of nouns that name people or bodies (`人`, `处`),
    /// in languages without spaces.
    pub agent_suffixes: &'static [&'static str],
    /// Openers of sentences that name nobody (`邀请`, `Invite`).
    pub impersonal_openers: &'static [&'static str],
    /// Words that, next to a date, make it a deadline.
    pub deadline_before: &'static [&'static str],
    /// Words that, after a date, make it a deadline (`之前`).
    pub deadline_after: &'static [&'static str],
    /// Words that make a phrase after a deadline word a time (`week`,
    /// `meeting`, `fin`), for vague deadlines.
    pub period_words: &'static [&'static str],
    /// Words that open a vague period on their own (`next`, `early`).
    pub vague_starts: &'static [&'static str],
    /// Table column names that hold who acts (`Responsible`, `负责人`).
    pub actor_columns: &'static [&'static str],
    /// Table column names that hold the deadline (`Deadline`, `截止日期`).
    pub due_columns: &'static [&'static str],
    /// Table column names that hold what must be done (`Action`, `行动`):
    /// a table with such a column and an actor or deadline column lists
    /// actions wherever it stands.
    pub action_columns: &'static [&'static str],
    /// Month names and their numbers, lower case.
    pub months: &'static [(&'static str, u32)],
    /// Labels of the title block's `Label: value` lines (`Date`, `主持`):
    /// such a line is metadata, never a heading.
    pub meta_labels: &'static [&'static str],
    /// Words that name a meeting, to pick the title line.
    pub meeting_words: &'static [&'static str],
    /// Words that say the meeting was online.
    pub online_words: &'static [&'static str],
    /// Words that say the meeting was held in a room.
    pub in_person_words: &'static [&'static str],
    /// Words that say the meeting was both (`hybrid`, `混合`).
    pub hybrid_words: &'static [&'static str],
    /// Weekday names and words like `day` that may stand beside a date on a
    /// day-header line, lower case.
    pub weekdays: &'static [&'static str],
    /// Words a line cannot end with unless the sentence goes on (`and`,
    /// `of`, `de`): a line ending so continues into the next.
    pub continuation_words: &'static [&'static str],
    /// Short, frequent words that tell Latin-script languages apart.
    pub stopwords: &'static [&'static str],
}

/// Every language the parser reads.
pub static ALL: &[&Lexicon] = &[
    &zh::LEXICON,
    &en::LEXICON,
    &fr::LEXICON,
    &es::LEXICON,
    &ru::LEXICON,
    &ar::LEXICON,
];

/// The table for an ISO 639-1 code.
pub fn get(lang: &str) -> Option<&'static Lexicon> {
    ALL.iter().copied().find(|l| l.lang == lang)
}

/// The form phrases are compared in: full-width folded, lower case, markup
/// (`*`, `_`, `#`) and white space at the ends and a trailing colon removed.
pub fn normalize(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(crate::chars::fold)
        .collect::<String>()
        .to_lowercase();
    folded
        .trim_matches(|c: char| crate::chars::is_space(c) || matches!(c, '*' | '_' | '#'))
        .trim_end_matches([':', ' '])
        .trim_matches(|c: char| crate::chars::is_space(c) || matches!(c, '*' | '_'))
        .to_string()
}

/// Whether `line` is, in any language, exactly one of the phrases `pick`
/// selects (after [`normalize`]).
pub fn is_phrase(line: &str, pick: impl Fn(&Lexicon) -> &'static [&'static str]) -> bool {
    let n = normalize(line);
    !n.is_empty() && ALL.iter().any(|lex| pick(lex).iter().any(|p| *p == n))
}

/// A paragraph that is a disclaimer without a heading line of its own:
/// `Disclaimer: This is…` (a heading, a colon, the text) or a known opening
/// (`The views expressed in this…`, `本译文…`). Gives the language of the
/// phrase and the byte offset where the disclaimer's text starts.
pub fn disclaimer_lead(text: &str) -> Option<(&'static str, usize)> {
    let head =
        text.trim_start_matches(|c: char| crate::chars::is_space(c) || matches!(c, '*' | '_'));
    let skipped = text.len() - head.len();
    // Lower-case a short head only, keeping the byte offset of each char.
    let lower: Vec<(usize, char)> = head
        .char_indices()
        .take(48)
        .flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, l)))
        .collect();
    let starts = |phrase: &str| -> Option<usize> {
        let mut it = lower.iter();
        for p in phrase.chars() {
            if it.next()?.1 != p {
                return None;
            }
        }
        Some(it.next().map_or(head.len(), |&(i, _)| i))
    };
    for lex in ALL {
        for heading in lex.disclaimer_headings {
            let Some(end) = starts(heading) else { continue };
            let rest = head[end..].trim_start_matches(['*', '_', ' ']);
            if let Some(body) = rest.strip_prefix([':', '：']) {
                let body = body.trim_start_matches(|c: char| {
                    crate::chars::is_space(c) || matches!(c, '*' | '_')
                });
                if !body.is_empty() {
                    return Some((lex.lang, text.len() - body.len()));
                }
            }
        }
        if lex.disclaimer_openers.iter().any(|o| starts(o).is_some()) {
            return Some((lex.lang, skipped));
        }
    }
    None
}

/// The language whose `disclaimer_headings` holds `line`, if any.
pub fn disclaimer_heading(line: &str) -> Option<&'static str> {
    let n = normalize(line);
    ALL.iter()
        .find(|lex| lex.disclaimer_headings.contains(&n.as_str()))
        .map(|lex| lex.lang)
}

/// Finds an action prefix (`Action:`, `**ACTION:**`) at the start of
/// `line`; returns its byte length in `line` (colon and markup included).
pub fn action_prefix(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start_matches(['*', '_']).len();
    let body = &line[lead..];
    let lower = body.to_lowercase();
    if lower.len() != body.len() {
        return None; // lower-casing changed byte lengths; no prefix of ours does that
    }
    for lex in ALL {
        for p in lex.action_prefixes {
            let Some(rest) = lower.strip_prefix(p) else {
                continue;
            };
            let Some(colon) = rest.find([':', '：']) else {
                continue;
            };
            if !rest[..colon]
                .trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
                .is_empty()
            {
                continue;
            }
            let after_colon = p.len() + colon + rest[colon..].chars().next()?.len_utf8();
            let closing = body[after_colon..].len()
                - body[after_colon..].trim_start_matches(['*', '_']).len();
            let len = lead + after_colon + closing;
            // Something must follow: `Action:` alone is a header.
            return (!line[len..].trim().is_empty()).then_some(len);
        }
    }
    None
}

/// Finds a decision label (`Decision:`, `决定：`) at the start of `text`;
/// returns its byte length, colon included.
pub fn decision_prefix(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    ALL.iter()
        .flat_map(|l| l.decision_prefixes.iter())
        .find_map(|p| {
            let rest = lower.strip_prefix(p)?;
            let colon = rest.chars().next().filter(|c| matches!(c, ':' | '：'))?;
            Some(p.len() + colon.len_utf8())
        })
}

/// Whether `line` is a `Label: value` line with a metadata label
/// (`Date: …`, `主持：…`, `Lieu : …`).
pub fn is_meta_line(line: &str) -> bool {
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let label = normalize(label);
    !crate::chars::trim(value).is_empty()
        && ALL.iter().any(|l| l.meta_labels.contains(&label.as_str()))
}

/// Whether `line` ends with a word that cannot end a sentence in any
/// language (`and`, `of`, `de`, `и`).
pub fn ends_with_continuation_word(line: &str) -> bool {
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    let last = last.to_lowercase();
    ALL.iter()
        .any(|l| l.continuation_words.contains(&last.as_str()))
}

/// Month number of a month name in any language (`may`, `mai`, `мая`).
pub fn month(word: &str) -> Option<u32> {
    // Month names are short; most words are not.
    if word.len() > 24 {
        return None;
    }
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    ALL.iter()
        .flat_map(|l| l.months.iter())
        .find(|(name, _)| *name == w)
        .map(|&(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_with_either_colon_and_markup() {
        assert!(is_phrase("行动：", |l| l.action_headers));
        assert!(is_phrase("行动:", |l| l.action_headers));
        assert!(is_phrase("**Actions:**", |l| l.action_headers));
        assert!(is_phrase("Action items", |l| l.action_headers));
        assert!(!is_phrase("行动计划", |l| l.action_headers));
    }

    #[test]
    fn disclaimers_without_a_heading_line_are_found_by_their_lead() {
        let text = "Disclaimer: This is an unofficial translation.";
        assert_eq!(
            disclaimer_lead(text),
            Some(("en", text.find("This").unwrap()))
        );
        let text = "**Descargo de responsabilidad:** Esta traducción no oficial…";
        assert_eq!(
            disclaimer_lead(text),
            Some(("es", text.find("Esta").unwrap()))
        );
        assert_eq!(
            disclaimer_lead("The views expressed in this document are…"),
            Some(("en", 0))
        );
        assert_eq!(disclaimer_lead("本译文仅供参考。"), Some(("zh", 0)));
        assert_eq!(
            disclaimer_lead("Disclaimers were discussed at length."),
            None
        );
        assert_eq!(disclaimer_lead("Disclaimer:"), None);
    }

    #[test]
    fn disclaimer_headings_name_their_language() {
        assert_eq!(disclaimer_heading(" 免责声明 "), Some("zh"));
        assert_eq!(disclaimer_heading("Disclaimer"), Some("en"));
        assert_eq!(disclaimer_heading("Disclaimers apply"), None);
    }

    #[test]
    fn action_prefixes_give_their_length() {
        assert_eq!(action_prefix("ACTION: send it"), Some(7));
        assert_eq!(action_prefix("Action item: send it"), Some(12));
        assert_eq!(action_prefix("Actions are needed"), None);
        assert_eq!(action_prefix("**ACTION:** MAG members"), Some(11));
        assert_eq!(action_prefix("Action:"), None);
    }

    #[test]
    fn months_are_found_in_every_language() {
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("Sept."), Some(9));
    }
}
