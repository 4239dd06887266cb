//! English.

use super::Lexicon;

/// The English table.
#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: "en",
    action_headers: &[
        "action", "actions", "action items", "action item", "action points", "action point",
        "follow-up actions", "follow up actions", "actions required", "agreed actions", "next steps",
    ],
    action_prefixes: &["action item", "action point", "action", "todo", "to do"],
    disclaimer_headings: &["disclaimer", "disclaimers"],
    disclaimer_openers: &["the views expressed in this", "this translation is", "this is an unofficial", "this document is an unofficial", "unofficial translation", "this summary is not", "this record is not an official"],
    agenda_labels: &["agenda item", "item"],
    ordinals: &[],
    decision_prefixes: &["decision", "decisions", "agreed", "conclusion"],
    decision_nouns: &["decisions", "conclusions", "agreements", "resolutions"],
    decision_markers: &[
        "elected",
        "agreed", "decided", "approved", "endorsed", "adopted", "resolved", "concluded that",
        "consensus was reached", "reached consensus", "it was agreed", "it was decided",
    ],
    negators: &["not", "no", "never"],
    decision_negations: &["not agreed", "not decided", "disagreed", "not approved", "not adopted", "not endorsed"],
    modals: &[
        "will", "shall", "should", "must", "would", "is to", "are to", "to", "is requested to",
        "are requested to", "agreed to", "undertook to", "committed to",
    ],
    future_endings: &[],
    passive_auxiliaries: &["will be", "are", "is", "were", "was"],
    infinitive_links: &["to"],
    impersonal_endings: &[],
    articles: &["the", "a", "an", "all", "each"],
    verb_first: false,
    actor_heads: &[],
    subject_enders: &[],
    agent_suffixes: &[],
    impersonal_openers: &["invite", "encourage", "remind", "request", "it", "there", "all", "please"],
    deadline_before: &["by", "before", "no later than", "not later than", "until", "due", "deadline", "by the end of"],
    deadline_after: &["at the latest"],
    period_words: &["week", "weeks", "month", "months", "year", "quarter", "meeting", "session", "end", "beginning", "mid", "middle"],
    vague_starts: &["next week", "next month", "next year", "early", "late", "mid", "the coming weeks", "the coming months"],
    actor_columns: &["responsible", "owner", "lead", "who", "actor", "assigned to", "responsibility"],
    due_columns: &["deadline", "due", "due date", "by when", "when", "date", "timeline"],
    action_columns: &["action", "actions", "action item", "action items", "task", "what", "follow-up", "follow-up action"],
    months: &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ],
    meta_labels: &["date", "time", "venue", "location", "place", "chair", "chairs", "co-chairs", "present", "attendance", "attendees", "participants", "apologies", "rapporteur", "note taker", "prepared by", "mode", "format", "secretary", "vice-chair", "vice-chairs", "co-chair"],
    venue_labels: &["venue", "location", "place"],
    meeting_words: &["meeting", "session", "consultation", "forum", "conference", "summit"],
    online_words: &["online", "virtual", "virtually", "remote", "zoom", "webex"],
    in_person_words: &["in person", "in-person", "headquarters", "hq", "palais", "conference room", "on site", "on-site"],
    hybrid_words: &["hybrid"],
    weekdays: &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "day"],
    continuation_words: &["and", "or", "of", "the", "to", "for", "in", "on", "with", "by", "a", "an", "from", "at", "as"],
    stopwords: &["the", "and", "of", "to", "was", "were", "will", "with", "for", "on", "is"],
};
