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

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Everything the parser knows about one language.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// Lines that, alone on a line (colon optional), head a list of actions.
    pub action_headers: &'static [&'static str],
    /// Prefixes that make the rest of the line an action (`Action:`,
    /// `Action 3:`).
    pub action_prefixes: &'static [&'static str],
    /// Letters of an action's number, which must follow (`AP3:`, `AI-2:`).
    pub action_ids: &'static [&'static str],
    /// Headings of a disclaimer.
    pub disclaimer_headings: &'static [&'static str],
    /// Openings of a paragraph that is a disclaimer without a heading
    /// (`The views expressed in this`, `本译文`), lower case.
    pub disclaimer_openers: &'static [&'static str],
    /// Phrases that make a short paragraph a notice wherever they stand in
    /// its first sentences (`… does not constitute an official record`),
    /// lower case; `A…B`: `B` after `A` in the same clause (`不构成…正式记录`).
    pub notice_phrases: &'static [&'static str],
    /// Labels a notice may stand after (`Note : Le présent document…`),
    /// lower case, without the colon.
    pub notice_labels: &'static [&'static str],
    /// Words that label an agenda item's number (`Item 3:`, `Point 2 :`,
    /// `Пункт 4.`), lower case, longest first.
    pub agenda_labels: &'static [&'static str],
    /// Words after the number that complete an agenda label (`Agenda item
    /// 18` is also written `Point 18 de l'ordre du jour :`, `Пункт 18
    /// повестки дня:`), lower case.
    pub agenda_label_tails: &'static [&'static str],
    /// A cover's table-of-contents heading (`Contents`, `Содержание`, `目录`):
    /// what follows lists the items, it opens no section.
    pub contents_headings: &'static [&'static str],
    /// The heading over a meeting's agenda (`Agenda`, `Ordre du jour`,
    /// `Повестка дня`): over the list of items alone, a label, no section.
    pub agenda_headings: &'static [&'static str],
    /// The heading over the notes of a recap that a meeting tool wrote
    /// (`Meeting notes` in Teams, `Quick recap` in Zoom): a part of the
    /// document whose topics are its sub-sections, beside its tasks.
    pub notes_headings: &'static [&'static str],
    /// The other parts of such a recap (`Summary`, `Details`, `Outline`):
    /// parts only in a document that is a recap, as common words elsewhere.
    pub recap_parts: &'static [&'static str],
    /// Reporting verbs of reported speech (`said that`, `dit qu'`): in a
    /// summary record's `The Chair said that he would…` the one who acts is
    /// their subject. Lower case.
    pub reporting_verbs: &'static [&'static str],
    /// Verbs of a protocol's instructions, lower case (`Поручить
    /// Секретариату подготовить…`): the one instructed (the words after the
    /// verb, up to the instruction's own verb) must act.
    pub instruction_verbs: &'static [&'static str],
    /// Endings of the infinitive (`-ть`, `-ти`), lower case: an
    /// instruction's own verb.
    pub infinitive_endings: &'static [&'static str],
    /// Verbs by which a meeting asks someone to act, lower case, with the
    /// preposition the one asked comes after (`requested`, `a demandé au`,
    /// `pidió a`, `طلب إلى`, `请`): `The Bureau requested the secretariat to
    /// prepare…` is the secretariat's task.
    pub request_verbs: &'static [&'static str],
    /// Words that end the one asked and open the task (`to`, `de`, `que`,
    /// `أن`); a word ending in an apostrophe is glued (`d'établir`). Empty
    /// where the task is an infinitive (see `infinitive_endings`).
    pub request_links: &'static [&'static str],
    /// Meeting bodies and their pronouns, lower case (`bureau`, `it`,
    /// `бюро`, `المكتب`, `主席团`): only a body's requests are tasks, a
    /// chair's invitations in a debate are procedure.
    pub bodies: &'static [&'static str],
    /// The closings of a letter or e-mail (`Best regards,`), lower case: the
    /// signature after them is no heading.
    pub closings: &'static [&'static str],
    /// Personal pronouns, lower case: `said that he would` is the one who
    /// said it acting; `said that UNDP would`, UNDP.
    pub pronouns: &'static [&'static str],
    /// Ordinal words that number top-level items (`أولاً -`, `ثانياً -`),
    /// with their values.
    pub ordinals: &'static [(&'static str, u32)],
    /// Letter names that number sub-items (`ألف -`, `باء -`), with their
    /// values.
    pub letter_names: &'static [(&'static str, u32)],
    /// Labels that make the rest of the line a decision (`Decision:`).
    pub decision_prefixes: &'static [&'static str],
    /// Plural nouns for decisions (`decisions`, `acuerdos`, `决定`): a
    /// sentence ending in a colon that names them announces a list of them.
    pub decision_nouns: &'static [&'static str],
    /// Words that end a sentence announcing a list (`as follows`, `ما
    /// يلي`, `如下`), lower case.
    pub follows: &'static [&'static str],
    /// Section titles whose list items are decisions (`Decisions`,
    /// `ACUERDOS`, `Решения`), lower case.
    pub decision_headings: &'static [&'static str],
    /// Words and phrases that record a decision or agreement.
    pub decision_markers: &'static [&'static str],
    /// Words that negate a decision marker right after them (`not`, `не`, `未`).
    pub negators: &'static [&'static str],
    /// Words and phrases that must not count as a decision even though they
    /// contain a marker (`不同意`, `disagreed`).
    pub decision_negations: &'static [&'static str],
    /// Items of a list under a decision label that only take note
    /// (`Информацию … принять к сведению.` under `РЕШИЛИ:`): a protocol's
    /// formula, no decision. (A board's `took note of the report` in its
    /// report is one of its decisions: the other languages list none.)
    pub noted_items: &'static [&'static str],
    /// Words that, earlier in a marker's clause, make it a wish, not a
    /// decision (`希望…获得通过`, `hoped`).
    pub decision_hedges: &'static [&'static str],
    /// What follows a marker that is a participle qualifying a noun
    /// (`criteria adopted in 2023`, `the structure agreed by the Bureau`)
    /// rather than the verb of its clause; it counts unless one of the
    /// `participle_auxiliaries` stands just before (one adverb between).
    pub participle_tails: &'static [&'static str],
    /// Auxiliaries that make a participle the verb (`was adopted by the`).
    pub participle_auxiliaries: &'static [&'static str],
    /// Modal and future forms that follow the actor (`将`, `will`,
    /// `devra`); several words are matched word by word.
    pub modals: &'static [&'static str],
    /// Endings of future-tense verbs that follow the actor (`-ra`, `-rá`,
    /// `-ит`): the word that ends so is the verb.
    pub future_endings: &'static [&'static str],
    /// Auxiliaries of the passive (`seront`, `serán`): the subject acts only
    /// when an infinitive link follows the participle (`sont invités à`).
    pub passive_auxiliaries: &'static [&'static str],
    /// The secretariat by name (`secretariat`, `秘书处`): its undertaking in
    /// the future is its task, dated or not. (None in Russian: a present
    /// and a future look alike, `Секретариат считает`.)
    pub secretariat_names: &'static [&'static str],
    /// In a verb-first language, the starts of a verb in the future or of
    /// one that undertakes (`ست…`, `تقوم`).
    pub future_prefixes: &'static [&'static str],
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
    /// Verb-first languages: a noun in apposition that closes the subject
    /// after its head (`الدول الأعضاء`, the member States).
    pub subject_appositions: &'static [&'static str],
    /// Verb-first languages: words after which a word with a preposition
    /// glued to it stays in the subject (`المعني بالقرارات`, concerned
    /// with resolutions).
    pub subject_links: &'static [&'static str],
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
    /// Table column names that hold an action's status (`Status`, `状态`).
    pub status_columns: &'static [&'static str],
    /// Statuses of an action already done (`Closed`, `已完成`): such a row
    /// of a tracker is no action left to do.
    pub done_statuses: &'static [&'static str],
    /// Month names and their numbers, lower case.
    pub months: &'static [(&'static str, u32)],
    /// Labels of the title block's `Label: value` lines (`Date`, `主持`):
    /// such a line is metadata, never a heading.
    pub meta_labels: &'static [&'static str],
    /// The meta labels that introduce the venue (`Venue`, `地点`): such a
    /// line names it before any other line that mentions a place.
    pub venue_labels: &'static [&'static str],
    /// Words that name a meeting, to pick the title line.
    pub meeting_words: &'static [&'static str],
    /// How a report of a meeting opens (`Report of`, `Rapport sur`, `报告`),
    /// lower case: on a UN cover, the line that opens so names the meeting
    /// reported, not the session the report goes to.
    pub report_words: &'static [&'static str],
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
    let mut folded = String::with_capacity(s.len());
    for c in s.chars().map(crate::chars::fold) {
        match crate::chars::simple_lower(c) {
            Some(l) => folded.push(l),
            None => folded.extend(c.to_lowercase()),
        }
    }
    let trimmed = folded
        .trim_matches(|c: char| crate::chars::is_space(c) || matches!(c, '*' | '_' | '#'))
        .trim_end_matches([':', ' '])
        .trim_matches(|c: char| crate::chars::is_space(c) || matches!(c, '*' | '_'));
    if trimmed.len() == folded.len() {
        return folded;
    }
    trimmed.to_string()
}

/// Whether `line` is too long to be, once [`normalize`]d, a phrase of at
/// most `longest` characters. Normalising never lowers the count of
/// characters between the markup at the ends, so most lines of prose are
/// rejected here without normalising them.
fn longer_than(line: &str, longest: usize) -> bool {
    let core = line.trim_matches(|c: char| {
        crate::chars::is_space(c) || matches!(crate::chars::fold(c), '*' | '_' | '#' | ':')
    });
    crate::chars::more_chars_than(core, longest)
}

/// What a line must look like to be one of a table's whole-line phrases
/// once [`normalize`]d: no longer than the longest, starting with a letter
/// one of them starts with. Most lines are turned away by it unnormalised.
struct WholeLine {
    pick: fn(&Lexicon) -> &'static [&'static str],
    longest: usize,
    firsts: Vec<char>,
}

impl WholeLine {
    fn of(pick: fn(&Lexicon) -> &'static [&'static str]) -> Self {
        let phrases = || ALL.iter().flat_map(|l| pick(l).iter());
        WholeLine {
            pick,
            longest: phrases().map(|p| p.chars().count()).max().unwrap_or(0),
            firsts: firsts(phrases()),
        }
    }

    /// The language whose table holds `line`, after [`normalize`].
    fn lang_of(&self, line: &str) -> Option<&'static str> {
        if longer_than(line, self.longest) || !normalized_starts_like(line, &self.firsts) {
            return None;
        }
        let n = normalize(line);
        ALL.iter()
            .find(|lex| (self.pick)(lex).contains(&n.as_str()))
            .map(|lex| lex.lang)
    }
}

static ACTION_HEADERS: LazyLock<WholeLine> = LazyLock::new(|| WholeLine::of(|l| l.action_headers));
static DISCLAIMER_HEADINGS: LazyLock<WholeLine> =
    LazyLock::new(|| WholeLine::of(|l| l.disclaimer_headings));
static CONTENTS_HEADINGS: LazyLock<WholeLine> =
    LazyLock::new(|| WholeLine::of(|l| l.contents_headings));
static AGENDA_HEADINGS: LazyLock<WholeLine> =
    LazyLock::new(|| WholeLine::of(|l| l.agenda_headings));
static META_LABELS: LazyLock<WholeLine> = LazyLock::new(|| WholeLine::of(|l| l.meta_labels));
static VENUE_LABELS: LazyLock<WholeLine> = LazyLock::new(|| WholeLine::of(|l| l.venue_labels));
static NOTES_HEADINGS: LazyLock<WholeLine> = LazyLock::new(|| WholeLine::of(|l| l.notes_headings));
static RECAP_PARTS: LazyLock<WholeLine> = LazyLock::new(|| WholeLine::of(|l| l.recap_parts));

/// Whether `line` is, in any language, exactly an action header (`Action
/// items`, `行动：`), after [`normalize`].
pub fn is_action_header(line: &str) -> bool {
    ACTION_HEADERS.lang_of(line).is_some()
        || without_aside(line).is_some_and(|l| ACTION_HEADERS.lang_of(l).is_some())
}

/// `Задачи (кто — что — срок):` → `Задачи`: a header without the aside
/// in brackets that ends it.
fn without_aside(line: &str) -> Option<&str> {
    let t = line.trim_end_matches(|c: char| {
        crate::chars::is_space(c) || matches!(c, ':' | '：' | '*' | '_')
    });
    let open = if t.ends_with(')') {
        t.rfind('(')?
    } else if t.ends_with('）') {
        t.rfind('（')?
    } else {
        return None;
    };
    (open > 0).then(|| &t[..open])
}

/// Whether `text` opens with the closing of a letter (`Best regards,`,
/// `С уважением,`).
pub fn opens_with_closing(text: &str) -> bool {
    static CLOSINGS: LazyLock<ByFirst<&str>> =
        LazyLock::new(|| ByFirst::new(ALL.iter().flat_map(|l| l.closings.iter().map(|&c| (c, c)))));
    let t = text.trim_start_matches(|c: char| crate::chars::is_space(c) || matches!(c, '*' | '_'));
    CLOSINGS.starting(t).iter().any(|c| {
        starts_with_lower(t, c).is_some_and(|end| {
            t[end..].starts_with([',', '，', '،', '\n', '\r']) || t[end..].is_empty()
        })
    })
}

/// Whether `line` is, in any language, a table-of-contents heading.
/// Whether `line` is, in any language, the heading over a recap's notes
/// (`Meeting notes`, `Notes de la réunion`, `会议笔记`).
pub fn is_notes_heading(line: &str) -> bool {
    NOTES_HEADINGS.lang_of(line).is_some()
}

/// Whether `line` is, in any language, the name of a part of a meeting
/// tool's recap (`Summary`, `Détails`, `摘要`).
pub fn is_recap_part(line: &str) -> bool {
    RECAP_PARTS.lang_of(line).is_some()
}

pub fn is_contents_heading(line: &str) -> bool {
    CONTENTS_HEADINGS.lang_of(line).is_some()
}

/// Whether `line` is, in any language, exactly an agenda's heading.
pub fn is_agenda_heading(line: &str) -> bool {
    AGENDA_HEADINGS.lang_of(line).is_some()
}

/// The length in bytes of the start of `s` that reads `lower` (a lower-case
/// phrase) in any case; none when `s` does not start so.
pub fn starts_with_lower(s: &str, lower: &str) -> Option<usize> {
    // Most calls end at the first character, which is mostly ASCII: an
    // ASCII character lower-cases to an ASCII one, so a byte tells.
    if let (Some(&t), Some(&l)) = (s.as_bytes().first(), lower.as_bytes().first())
        && t.is_ascii()
        && t.to_ascii_lowercase() != l
    {
        return None;
    }
    let mut chars = s
        .char_indices()
        .filter(|&(_, c)| !crate::chars::is_arabic_mark(c));
    for want in lower.chars() {
        let (_, c) = chars.next()?;
        let same = crate::chars::simple_lower(c) == Some(want);
        if !same {
            return None;
        }
    }
    Some(chars.next().map_or(s.len(), |(i, _)| i))
}

/// Calls `f` with `word` in lower case: as it is when it is so already,
/// else lower-cased on the stack when it fits in 64 bytes (nearly every
/// word), else in a new string.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words are ASCII: lower-cased, if need be, byte by byte.
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        let mut buf = [0u8; 64];
        if let Some(lower) = buf.get_mut(..word.len()) {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(lower) {
                return f(lower);
            }
        }
        return f(&word.to_ascii_lowercase());
    }
    // Most words are in lower case already (and hold no Arabic mark).
    if word
        .chars()
        .all(|c| crate::chars::simple_lower(c) == Some(c) && !crate::chars::is_arabic_mark(c))
    {
        return f(word);
    }
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut push = |l: char| {
        let fits = len + l.len_utf8() <= buf.len();
        if fits {
            len += l.encode_utf8(&mut buf[len..]).len();
        }
        fits
    };
    let fits = (word.chars())
        .filter(|&c| !crate::chars::is_arabic_mark(c))
        .all(|c| match crate::chars::simple_lower(c) {
            Some(l) => push(l),
            None => c.to_lowercase().all(&mut push),
        });
    if fits {
        // Whole characters were written, so the bytes are UTF-8.
        if let Ok(lower) = std::str::from_utf8(&buf[..len]) {
            return f(lower);
        }
    }
    f(&crate::chars::to_lower(word))
}

/// A paragraph that is a disclaimer without a heading line of its own:
/// `Disclaimer: This is…` (a heading, a colon, the text) or a known opening
/// (`The views expressed in this…`, `本译文…`). Gives the language of the
/// phrase and the byte offset where the disclaimer's text starts.
pub fn disclaimer_lead(text: &str) -> Option<(&'static str, usize)> {
    notice_lead(text).or_else(|| notice_phrase(text))
}

/// Whether `line` opens a notice by its label (`Disclaimer: …`, `تنويه:
/// …`): a line of its own, not the line above going on.
pub fn opens_notice(line: &str) -> bool {
    // (By a label and its colon or dot, found near the start first: a known
    // opening may go on a sentence.)
    let head = &line.as_bytes()[..line.len().min(48)];
    memchr::memchr3(b':', b'.', 0x9A, head).is_some()
        && notice_lead(line).is_some_and(|(_, at)| line[..at].contains([':', '：', '.']))
}

/// Byte strings one of which a phrase must hold, found by `memmem`: a
/// cheap first test before the phrases are looked for. The keys are
/// grouped by their first byte, and a group is searched only when the text
/// holds that byte (a Latin text skips the Cyrillic, Arabic and Chinese
/// keys at the cost of one `memchr`).
pub struct Keys(Vec<(u8, Vec<memchr::memmem::Finder<'static>>)>);

impl Keys {
    pub fn new(keys: &[&'static str]) -> Self {
        let mut groups: Vec<(u8, Vec<memchr::memmem::Finder<'static>>)> = Vec::new();
        for key in keys.iter().filter(|k| !k.is_empty()) {
            let first = key.as_bytes()[0];
            let finder = memchr::memmem::Finder::new(key.as_bytes());
            match groups.iter_mut().find(|(b, _)| *b == first) {
                Some((_, finders)) => finders.push(finder),
                None => groups.push((first, vec![finder])),
            }
        }
        Keys(groups)
    }

    /// Whether `text` holds one of the keys.
    pub fn any_in(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        self.0.iter().any(|(first, finders)| {
            // (No key of the group starts before its first byte's first place.)
            memchr::memchr(*first, bytes)
                .is_some_and(|at| finders.iter().any(|k| k.find(&bytes[at..]).is_some()))
        })
    }
}

/// Every notice phrase holds one of these, as written (`official`,
/// `oficial`, `официальн`, `رسمي`, `正式`, `formally`, `necessarily` and its
/// kin, `AI-generated`): most paragraphs hold none.
const NOTICE_KEYS: &[&str] = &[
    "fici",
    "фици",
    "رسمي",
    "正式",
    "formally",
    "ecessar",
    "ecesar",
    "écessair",
    "обязательно",
    "بالضرورة",
    "不一定",
    "nformal",
    "nformel",
    "ormellement",
    "ormalmente",
    // (Notices that a meeting tool's AI wrote the text.)
    "enerat",
    "enerad",
    "énér",
    "Gemini",
    "искусствен",
    "ИИ",
    "生成的内容",
    "الذكاء الاصطناعي",
    // (Which language's text prevails.)
    "prevail",
    "fait foi",
    "prevalecer",
    "преимуществ",
    "يعتد",
    "النص المعتمد",
    "本为准",
    // (`本文仅供参考`: for reference only; `可能存在识别错误`: a
    // transcript's errors of recognition.)
    "仅供参考",
    "识别错误",
    // (A message's confidentiality notice.)
    "onfidential",
    "سرية",
    "AI 生成",
    "AI生成",
];

/// `Nota: Este resumen … No constituye un acta oficial …`: a short
/// paragraph whose first sentences say it is no official record.
fn notice_phrase(text: &str) -> Option<(&'static str, usize)> {
    const HEAD: usize = 320;
    if text.len() > 4 * HEAD {
        return None;
    }
    let mut end = text.len().min(HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = crate::chars::without_ligatures(Cow::Borrowed(&text[..end]));
    let head = head.as_ref();
    static KEYS: LazyLock<Keys> = LazyLock::new(|| Keys::new(NOTICE_KEYS));
    if !KEYS.any_in(head) {
        return None;
    }
    let mut lower = crate::chars::to_lower(head);
    // (A phrase wrapped over two lines: `not an official` / `record`.)
    if lower.contains(['\n', '\r']) {
        lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let skipped = text.len()
        - text
            .trim_start_matches(|c: char| {
                crate::chars::is_space(c) || matches!(c, '*' | '_' | '>' | '(' | '（')
            })
            .len();
    // (Each phrase's searcher built once, not per paragraph.)
    // (`不构成…正式记录`: two parts, the second after the first in the same
    // clause; looked for apart.)
    static PHRASES: LazyLock<Vec<(&'static str, Keys)>> = LazyLock::new(|| {
        (ALL.iter())
            .map(|lex| {
                let whole: Vec<&str> = (lex.notice_phrases.iter())
                    .filter(|p| !p.contains('…'))
                    .copied()
                    .collect();
                (lex.lang, Keys::new(&whole))
            })
            .collect()
    });
    let gapped = |lex: &Lexicon| {
        (lex.notice_phrases.iter())
            .filter_map(|p| p.split_once('…'))
            .any(|(a, b)| {
                lower.match_indices(a).any(|(at, _)| {
                    let clause = lower[at + a.len()..]
                        .split(['。', '.', ';', '；', '\n'])
                        .next()
                        .unwrap_or("");
                    clause.contains(b)
                })
            })
    };
    (PHRASES.iter())
        .zip(ALL)
        .find(|((_, phrases), lex)| phrases.any_in(&lower) || gapped(lex))
        .map(|((lang, _), _)| (*lang, skipped))
}

/// [`disclaimer_lead`] by the paragraph's first words.
fn notice_lead(text: &str) -> Option<(&'static str, usize)> {
    let head = text.trim_start_matches(|c: char| {
        crate::chars::is_space(c) || matches!(c, '*' | '_' | '>' | '(' | '（')
    });
    let skipped = text.len() - head.len();
    // Most paragraphs start with a word no heading, opener or label starts
    // with: turned away before anything is lower-cased.
    if !starts_like(head, &DISCLAIMER_LEAD_FIRSTS)
        || !DISCLAIMER_LEAD_WORDS.contains(&lead_key(head))
    {
        return None;
    }
    let (lower, from) = lower_head(head);
    // A phrase matches as a prefix; its text ends where the character after
    // it starts.
    let starts = |phrase: &str| -> Option<usize> {
        lower.starts_with(phrase).then(|| {
            from.get(phrase.chars().count())
                .copied()
                .unwrap_or(head.len())
        })
    };
    for &(lex, lead, phrase) in NOTICE_LEADS.starting(head) {
        let Some(end) = starts(phrase) else { continue };
        match lead {
            NoticeLead::Heading => {
                // (`AVIS DE CONFIDENTIALITÉ : …`, a no-break space before
                // the French colon.)
                let rest = head[end..].trim_start_matches(|c: char| {
                    crate::chars::is_space(c) || matches!(c, '*' | '_')
                });
                if let Some(body) = rest.strip_prefix([':', '：']) {
                    let body = body.trim_start_matches(|c: char| {
                        crate::chars::is_space(c) || matches!(c, '*' | '_')
                    });
                    if !body.is_empty() {
                        return Some((lex.lang, text.len() - body.len()));
                    }
                }
            }
            NoticeLead::Opener => return Some((lex.lang, skipped)),
            // `Note : Le présent document a été reproduit…`: an opener
            // after a notice label.
            NoticeLead::Label => {
                let rest = head[end..].trim_start_matches(|c: char| crate::chars::is_space(c));
                // (`Примечание. Настоящий документ…`: a dot may close it.)
                let Some(body) = rest.strip_prefix([':', '：', '.']) else {
                    continue;
                };
                let (body, _) = lower_head(body.trim_start_matches(crate::chars::is_space));
                if lex.disclaimer_openers.iter().any(|o| body.starts_with(o)) {
                    return Some((lex.lang, skipped));
                }
            }
        }
    }
    None
}

/// What a phrase that may open a notice is.
#[derive(Clone, Copy)]
enum NoticeLead {
    /// `Disclaimer`, before a colon and the notice's text.
    Heading,
    /// `The views expressed in this…`: the notice itself.
    Opener,
    /// `Note`, before a colon and an opener.
    Label,
}

/// Every language's notice headings, openers and labels, in that order,
/// by first character.
static NOTICE_LEADS: LazyLock<ByFirst<(&Lexicon, NoticeLead, &str)>> = LazyLock::new(|| {
    ByFirst::new(ALL.iter().flat_map(|&lex| {
        let with = move |lead: NoticeLead| move |&p: &&'static str| (p, (lex, lead, p));
        (lex.disclaimer_headings
            .iter()
            .map(with(NoticeLead::Heading)))
        .chain(lex.disclaimer_openers.iter().map(with(NoticeLead::Opener)))
        .chain(lex.notice_labels.iter().map(with(NoticeLead::Label)))
    }))
});

/// The first 48 characters of `head` in lower case, with the byte offset
/// in `head` of the character each lower-case character came from.
fn lower_head(head: &str) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(head.len().min(4 * 48));
    let mut from: Vec<usize> = Vec::with_capacity(48);
    for (i, c) in head.char_indices().take(48) {
        let mut push = |l: char| {
            lower.push(l);
            from.push(i);
        };
        match crate::chars::simple_lower(c) {
            Some(l) => push(l),
            None => c.to_lowercase().for_each(push),
        }
    }
    (lower, from)
}

/// The first characters of every disclaimer heading and opener, action
/// prefix and decision prefix: a line starting otherwise holds none.
static DISCLAIMER_LEAD_FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    firsts(
        ALL.iter()
            .flat_map(|l| l.disclaimer_headings.iter().chain(l.disclaimer_openers))
            .chain(ALL.iter().flat_map(|l| l.notice_labels.iter())),
    )
});
/// The first word of every disclaimer heading, opener and notice label
/// (the first character of an ideographic one), lower case: see
/// [`lead_key`].
static DISCLAIMER_LEAD_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    (ALL.iter())
        .flat_map(|l| {
            (l.disclaimer_headings.iter().chain(l.disclaimer_openers)).chain(l.notice_labels)
        })
        .map(|p| lead_key(p))
        .collect()
});

/// The key a text is looked up by in [`DISCLAIMER_LEAD_WORDS`]: its first
/// word in lower case, or its first character when it opens with an
/// ideograph (no spaces between words; `注：` is a label).
fn lead_key(text: &str) -> String {
    if text.starts_with(crate::chars::is_cjk) {
        return text.chars().take(1).collect();
    }
    let end = text
        .find(|c: char| !crate::chars::is_alnum(c) && !matches!(c, '\'' | '’' | '-'))
        .unwrap_or(text.len());
    text[..end].chars().flat_map(char::to_lowercase).collect()
}
/// Every language's action labels (`action`), then its ids (`AP`, which
/// need a number), by first character.
static ACTION_PREFIXES: LazyLock<ByFirst<(&str, bool)>> = LazyLock::new(|| {
    ByFirst::new(ALL.iter().flat_map(|l| {
        let prefixes = l.action_prefixes.iter().map(|&p| (p, (p, false)));
        prefixes.chain(l.action_ids.iter().map(|&p| (p, (p, true))))
    }))
});
/// The first characters of every actor column name (`responsible`, `负责人`).
pub static ACTOR_COLUMN_FIRSTS: LazyLock<Vec<char>> =
    LazyLock::new(|| firsts(ALL.iter().flat_map(|l| l.actor_columns.iter())));
/// The first letters of the agenda labels (`item`, `пункт`, `议`).
pub static AGENDA_LABEL_FIRSTS: LazyLock<Vec<char>> =
    LazyLock::new(|| firsts(ALL.iter().flat_map(|l| l.agenda_labels.iter())));
/// The first letters of the ordinal words (`أولاً`).
pub static ORDINAL_FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    firsts(
        ALL.iter()
            .flat_map(|l| l.ordinals.iter().chain(l.letter_names).map(|(w, _)| w)),
    )
});
static DECISION_PREFIXES: LazyLock<ByFirst<&str>> = LazyLock::new(|| {
    ByFirst::new(
        ALL.iter()
            .flat_map(|l| l.decision_prefixes.iter().map(|&p| (p, p))),
    )
});

/// Phrases (in lower case) grouped by their first character, each group in
/// the order given: the phrases a text may start with, found by one
/// look-up instead of trying every phrase of every language.
pub struct ByFirst<T> {
    /// Sorted by the character.
    groups: Vec<(char, Vec<T>)>,
}

impl<T> ByFirst<T> {
    pub fn new(items: impl Iterator<Item = (&'static str, T)>) -> Self {
        let mut groups: Vec<(char, Vec<T>)> = Vec::new();
        for (phrase, item) in items {
            let Some(first) = phrase.chars().next() else {
                continue;
            };
            match groups.iter_mut().find(|(c, _)| *c == first) {
                Some((_, group)) => group.push(item),
                None => groups.push((first, vec![item])),
            }
        }
        groups.sort_by_key(|(c, _)| *c);
        ByFirst { groups }
    }

    /// The phrases whose first character is that of `s` in lower case.
    pub fn starting(&self, s: &str) -> &[T] {
        let first = s
            .chars()
            .next()
            .and_then(|c| crate::chars::simple_lower(c).or_else(|| c.to_lowercase().next()));
        first
            .and_then(|c| self.groups.binary_search_by_key(&c, |(g, _)| *g).ok())
            .map_or(&[], |k| &self.groups[k].1)
    }
}

/// Whether [`normalize`]`(line)` would start with one of `firsts`: the
/// first character past the markup and white space it trims, folded and
/// in lower case (a short line costs no normalising when it cannot match).
fn normalized_starts_like(line: &str, firsts: &[char]) -> bool {
    line.chars()
        .map(crate::chars::fold)
        .find(|&c| !(crate::chars::is_space(c) || matches!(c, '*' | '_' | '#')))
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| firsts.binary_search(&c).is_ok())
}

/// The first characters of `phrases`, sorted, once each.
pub fn firsts<'a>(phrases: impl Iterator<Item = &'a &'static str>) -> Vec<char> {
    let mut firsts: Vec<char> = phrases.filter_map(|p| p.chars().next()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
}

/// Whether `s` starts, in lower case, with one of the characters `firsts`.
pub fn starts_like(s: &str, firsts: &[char]) -> bool {
    s.chars()
        .next()
        .and_then(|c| crate::chars::simple_lower(c).or_else(|| c.to_lowercase().next()))
        .is_some_and(|c| firsts.binary_search(&c).is_ok())
}

/// The language whose `disclaimer_headings` holds `line`, if any.
pub fn disclaimer_heading(line: &str) -> Option<&'static str> {
    DISCLAIMER_HEADINGS.lang_of(line).or_else(|| {
        // `CONFIDENTIAL – FOR INTERNAL UN USE ONLY`: a heading and its
        // aside after a dash.
        // (`CONFIDENTIAL` alone marks a document, it heads no notice.)
        const MARKS: [(&str, &str); 6] = [
            ("confidential", "en"),
            ("confidentiel", "fr"),
            ("confidencial", "es"),
            ("конфиденциально", "ru"),
            ("سري", "ar"),
            ("机密", "zh"),
        ];
        // (Looked for only on a line that starts like one of them.)
        static FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
            let marks = MARKS.iter().map(|(w, _)| w);
            firsts(
                ALL.iter()
                    .flat_map(|l| l.disclaimer_headings.iter())
                    .chain(marks),
            )
        });
        // (A dash's first byte: most lines hold none.)
        if !normalized_starts_like(line, &FIRSTS)
            || memchr::memchr2(b'-', 0xE2, line.as_bytes()).is_none()
        {
            return None;
        }
        let (head, tail) = [" – ", " — ", " - "]
            .iter()
            .find_map(|d| line.split_once(d))?;
        if crate::chars::trim(tail).is_empty() {
            return None;
        }
        DISCLAIMER_HEADINGS.lang_of(head).or_else(|| {
            let head = normalize(head);
            MARKS
                .iter()
                .find(|(w, _)| *w == head)
                .map(|&(_, lang)| lang)
        })
    })
}

/// Finds an action prefix (`Action:`, `**ACTION:**`) at the start of
/// `line`; returns its byte length in `line` (colon and markup included).
pub fn action_prefix(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start_matches(['*', '_', '【', '[']).len();
    // `【行动3-1】`: a bracket closes the label as a colon does.
    let bracketed = line[..lead].ends_with(['【', '[']);
    let body = &line[lead..];
    for &(p, numbered) in ACTION_PREFIXES.starting(body) {
        let Some(end) = starts_with_lower(body, p) else {
            continue;
        };
        // `Action 3:`, `AP-12:`: the item's number.
        let number = action_number(&body[end..]);
        if numbered && number == 0 {
            continue;
        }
        let end = end + number;
        // The colon may stand after white space and markup (`Action **:**`).
        let rest = &body[end..];
        let gap = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
                .len();
        let Some(colon) = rest[gap..]
            .chars()
            .next()
            .filter(|c| matches!(c, ':' | '：') || (bracketed && matches!(c, '】' | ']')))
        else {
            continue;
        };
        let after_colon = end + gap + colon.len_utf8();
        let closing =
            body[after_colon..].len() - body[after_colon..].trim_start_matches(['*', '_']).len();
        let len = lead + after_colon + closing;
        // Something must follow: `Action:` alone is a header.
        return (!line[len..].trim().is_empty()).then_some(len);
    }
    None
}

/// The length of an action's number at the start of `rest` (` 3`, `-12`,
/// `2.1`), or 0.
fn action_number(rest: &str) -> usize {
    let digits = rest.trim_start_matches([' ', '-', '#']);
    let after = digits.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-');
    if after.len() == digits.len() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    rest.len() - after.len()
}

/// Finds a decision label (`Decision:`, `决定：`) at the start of `text`;
/// returns its byte length, colon included.
pub fn decision_prefix(full: &str) -> Option<usize> {
    // (`💡 Decision: …`: a callout's pictograph before the label.)
    let text =
        full.trim_start_matches(|c| crate::chars::is_pictograph(c) || crate::chars::is_space(c));
    let lead = full.len() - text.len();
    (DECISION_PREFIXES.starting(text).iter()).find_map(|p| {
        let mut end = starts_with_lower(text, p)?;
        // `Décision :`: French sets a space before the colon.
        let gap = |from: usize| crate::chars::leading_space(&text[from..]);
        // `Decision SC3/D1:`, `Décision CP4/01 :`, `ACUERDO N.º 3:`: the
        // decision's number (after its sign).
        let mut rest = &text[end + gap(end)..];
        let mut skipped = gap(end);
        const SIGNS: [&str; 8] = ["N.º", "N.°", "Nº", "N°", "No.", "n.º", "nº", "№"];
        if let Some(sign) = SIGNS.iter().find(|s| rest.starts_with(*s)) {
            let after = &rest[sign.len()..];
            let pad = crate::chars::leading_space(after);
            skipped += sign.len() + pad;
            rest = &after[pad..];
        }
        let id = rest
            .find(|c: char| crate::chars::is_space(c) || matches!(c, ':' | '：'))
            .unwrap_or(rest.len());
        if gap(end) > 0 && id <= 24 && rest[..id].bytes().any(|b| b.is_ascii_digit()) {
            end += skipped + id;
        }
        let gap = gap(end);
        let colon = text[end + gap..]
            .chars()
            .next()
            .filter(|c| matches!(c, ':' | '：'))?;
        Some(lead + end + gap + colon.len_utf8())
    })
}

/// Whether `cell` names who acts or a deadline (`Responsable`, `完成时间`),
/// in any language.
pub fn is_owner_or_due_column(cell: &str) -> bool {
    let name = normalize(cell);
    ALL.iter()
        .any(|l| l.actor_columns.contains(&name.as_str()) || l.due_columns.contains(&name.as_str()))
}

/// Whether `cell` names a column of an action table (`Action`,
/// `Responsible`, `Deadline`, `负责人`).
pub fn is_column_name(cell: &str) -> bool {
    static FIRSTS: LazyLock<Vec<char>> =
        LazyLock::new(|| {
            firsts(ALL.iter().flat_map(|l| {
                (l.action_columns.iter().chain(l.actor_columns)).chain(l.due_columns)
            }))
        });
    // Most cells start with a letter no column name starts with.
    if !starts_like(cell.trim_start_matches(['*', '_', '#', ' ']), &FIRSTS) {
        return false;
    }
    let name = normalize(cell);
    ALL.iter().any(|l| {
        [l.action_columns, l.actor_columns, l.due_columns]
            .iter()
            .any(|names| names.contains(&name.as_str()))
    })
}

/// Whether a section's title heads a list of decisions (`IV. ACUERDOS`).
pub fn is_decision_heading(title: &str) -> bool {
    let name = normalize(title);
    ALL.iter()
        .any(|l| l.decision_headings.contains(&name.as_str()))
}

/// `N°    Décision`, `No.   Decision`: the header of a table laid out by
/// spaces whose rows are numbered decisions (`D1    L'UNCT adopte…`).
pub fn is_decision_column_header(line: &str) -> bool {
    let t = crate::chars::trim(line);
    let Some(rest) = ["N°", "Nº", "No.", "No", "№", "#"]
        .iter()
        .find_map(|n| t.strip_prefix(n))
    else {
        return false;
    };
    let gap = crate::chars::leading_space(rest);
    let name = normalize(&rest[gap..]);
    gap >= 2
        && ALL.iter().any(|l| {
            l.decision_headings.contains(&name.as_str())
                || l.decision_prefixes.contains(&name.as_str())
        })
}

/// Whether `text` names a meeting (`meeting`, `réunion`, `会议`).
pub fn names_meeting(text: &str) -> bool {
    let text = text.to_lowercase();
    ALL.iter()
        .any(|l| l.meeting_words.iter().any(|w| text.contains(w)))
}

/// Whether `line` is one of a UN document cover's distribution fields,
/// written alike in every language version: `Distr.: General`,
/// `Distr. générale`, `Original: English`, `Original : anglais`, or the
/// language of the version alone (`Chinese`, `Français`).
pub fn is_cover_field(line: &str) -> bool {
    const VERSIONS: [&str; 8] = [
        "English",
        "French",
        "Spanish",
        "Russian",
        "Chinese",
        "Arabic",
        "Français",
        "Español",
    ];
    let line = crate::chars::trim(line);
    line.starts_with("Distr.")
        || line
            .strip_prefix("Original")
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
        || VERSIONS.contains(&line)
}

/// Whether `text` opens like a report of a meeting (`Report of the…`),
/// or, in Chinese, ends like one (`执行局年度会议工作报告*`).
pub fn opens_report(text: &str) -> bool {
    let text = crate::chars::to_lower(crate::chars::trim(text).trim_matches(['*', '#', ' ']));
    ALL.iter().any(|l| {
        (l.report_words.iter()).any(|w| {
            text.starts_with(w) || (w.starts_with(crate::chars::is_cjk) && text.ends_with(w))
        })
    })
}

/// Whether `line` is a `Label: value` line with a metadata label
/// (`Date: …`, `主持：…`, `Lieu : …`).
pub fn is_meta_line(line: &str) -> bool {
    labelled(line, &META_LABELS)
}

/// Whether `line` is a `Label: value` line whose label introduces the venue
/// (`Venue: Geneva`, `地点：日内瓦`).
pub fn is_venue_line(line: &str) -> bool {
    labelled(line, &VENUE_LABELS)
}

/// Whether `line` is `label: value`, `label` one of `labels`, `value` not
/// empty.
fn labelled(line: &str, labels: &WholeLine) -> bool {
    // The first `:` or `：` (EF BC 9A), found by its bytes.
    let b = line.as_bytes();
    let Some(at) = memchr::memchr2_iter(b':', 0xEF, b)
        .find(|&i| b[i] == b':' || matches!(b.get(i + 1..i + 3), Some([0xBC, 0x9A])))
    else {
        return false;
    };
    let (label, value) = (&line[..at], &line[at..]);
    let value = value.strip_prefix([':', '：']).unwrap_or(value);
    !crate::chars::trim(value).is_empty() && labels.lang_of(label).is_some()
}

/// Whether `line` ends with a word that cannot end a sentence in any
/// language (`and`, `of`, `de`, `и`).
pub fn ends_with_continuation_word(line: &str) -> bool {
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    with_lower(last, |w| CONTINUATION_WORDS.contains(w))
}

static CONTINUATION_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    ALL.iter()
        .flat_map(|l| l.continuation_words.iter().copied())
        .collect()
});

/// Whether `line` opens with a weekday's name (any language) and holds a
/// number: a date (`mardi 11 mars 2025`, `вторник, 11 марта`), not words
/// going on from the line above.
pub fn opens_with_weekday_date(line: &str) -> bool {
    let word = line
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    static WEEKDAYS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        ALL.iter()
            .flat_map(|l| l.weekdays.iter().copied())
            .collect()
    });
    // (The date right after it: not `journée du 12 mars`, which goes on.)
    (1..=24).contains(&word.len())
        && with_lower(word, |w| WEEKDAYS.contains(w))
        && crate::chars::has_digit(line)
        && (crate::date::find_dates(line).first()).is_some_and(|d| d.start <= word.len() + 3)
}

/// Month number of a month name in any language (`may`, `mai`, `мая`).
pub fn month(word: &str) -> Option<u32> {
    // Month names are short; most words are not.
    if word.len() > 24 {
        return None;
    }
    with_lower(word, |w| MONTHS.get(w.trim_end_matches('.')).copied())
}

/// Every language's month names; the first language's number wins.
static MONTHS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut months = FxHashMap::default();
    for &(name, m) in ALL.iter().flat_map(|l| l.months.iter()) {
        months.entry(name).or_insert(m);
    }
    months
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_phrase_holds_a_key() {
        // (The keys are the cheap first test: a phrase without one is never
        // looked for.)
        for lex in ALL {
            for phrase in lex.notice_phrases {
                assert!(
                    NOTICE_KEYS.iter().any(|k| {
                        // (A gapped phrase's key is in its second part.)
                        let last = phrase.rsplit('…').next().unwrap_or(phrase);
                        last.contains(&k.to_lowercase())
                    }),
                    "{phrase}"
                );
            }
        }
    }

    #[test]
    fn an_ai_notice_is_a_disclaimer_in_six_languages() {
        for (text, lang) in [
            ("AI-generated content may be incorrect. Review it.", "en"),
            ("Le contenu généré par l’IA peut être incorrect.", "fr"),
            ("El contenido generado por IA puede ser inexacto.", "es"),
            (
                "Контент, созданный искусственным интеллектом, может содержать ошибки.",
                "ru",
            ),
            ("AI 生成的内容可能不正确，请注意甄别。", "zh"),
            (
                "تم إنشاء هذا الملخص بواسطة Copilot. قد يكون المحتوى الذي تم إنشاؤه بواسطة الذكاء الاصطناعي غير صحيح.",
                "ar",
            ),
        ] {
            assert_eq!(disclaimer_lead(text).map(|(l, _)| l), Some(lang), "{text}");
        }
        // A meeting about such content says nothing of its own text.
        assert_eq!(
            disclaimer_lead("The group discussed guidance on AI-generated content."),
            None
        );
    }

    #[test]
    fn a_decision_label_may_carry_its_number() {
        for text in [
            "Decision SC3/D1: The agenda was adopted.",
            "Décision CP4/01 : L'ordre du jour est adopté.",
            "Decisión CD-03-2025/01: Se aprueba la agenda.",
            "Decision: The agenda was adopted.",
        ] {
            let end = decision_prefix(text).unwrap_or_else(|| panic!("{text}"));
            assert!(
                text[end..].trim_start().starts_with(['T', 'L', 'S']),
                "{text}"
            );
        }
        assert_eq!(
            decision_prefix("Decision 2025/9 on the annual report was adopted."),
            None
        );
    }

    #[test]
    fn a_short_paragraph_that_says_it_is_no_official_record_is_a_notice() {
        for (text, lang) in [
            (
                "Nota: Este resumen fue preparado por la Secretaría. No constituye un acta oficial ni una transcripción.",
                "es",
            ),
            (
                "Примечание: настоящая записка подготовлена секретариатом и не является официальным протоколом.",
                "ru",
            ),
            (
                "هذا الموجز غير رسمي، أعدته الأمانة، ولا يشكل محضرا رسميا للاجتماع.",
                "ar",
            ),
            (
                "⚠️ Document de travail interne. Ce compte rendu ne constitue pas un document officiel des Nations Unies.",
                "fr",
            ),
            (
                "These notes are a summary for members. They do not constitute an official record of OCHA.",
                "en",
            ),
            (
                "【说明】本文件系会议结论摘要的中文译本，仅供参考，不构成正式记录。",
                "zh",
            ),
            (
                "CONFIDENTIALITY NOTICE: This e-mail is intended solely for the addressee.",
                "en",
            ),
        ] {
            assert_eq!(disclaimer_lead(text).map(|(l, _)| l), Some(lang), "{text}");
        }
        // Mentioned deep in a long paragraph, or a translation talked about.
        let long = format!(
            "{} The record does not constitute an official record.",
            "Text of the debate. ".repeat(20)
        );
        assert_eq!(disclaimer_lead(&long), None);
        assert_eq!(
            disclaimer_lead("The secretariat said the unofficial translation would be posted."),
            None
        );
    }

    #[test]
    fn phrases_match_with_either_colon_and_markup() {
        assert!(is_action_header("行动："));
        assert!(is_action_header("行动:"));
        assert!(is_action_header("**Actions:**"));
        assert!(is_action_header("Action items"));
        assert!(!is_action_header("行动计划"));
    }

    #[test]
    fn notices_of_no_formal_editing_are_disclaimers() {
        let text = "Note : Le présent document a été reproduit sans mise au point.";
        assert_eq!(disclaimer_lead(text), Some(("fr", 0)));
        let text = "> *Este documento no ha sido sometido a revisión editorial.*";
        assert_eq!(
            disclaimer_lead(text),
            Some(("es", text.find("Este").unwrap()))
        );
        assert_eq!(disclaimer_lead("本文件未经正式编辑。"), Some(("zh", 0)));
        assert_eq!(disclaimer_lead("注：本文件未经正式编辑。"), Some(("zh", 0)));
        assert_eq!(
            disclaimer_lead("（本纪要仅供工作组内部参考。）"),
            Some(("zh", "（".len()))
        );
        // A label before anything else is no notice.
        assert_eq!(disclaimer_lead("Note: the meeting starts at 10:00."), None);
    }

    #[test]
    fn a_notice_heading_before_a_no_break_space_and_a_colon() {
        let text =
            "AVIS DE CONFIDENTIALITÉ\u{a0}: Le présent compte rendu est destiné aux membres.";
        assert_eq!(
            disclaimer_lead(text),
            Some(("fr", text.find("Le présent").unwrap()))
        );
    }

    #[test]
    fn a_notice_of_which_language_prevails_is_a_disclaimer() {
        for (lang, text) in [
            (
                "en",
                "Note: These minutes are prepared in Chinese and English. In case of any discrepancy, the Chinese text shall prevail.",
            ),
            (
                "fr",
                "Le présent compte rendu est établi en anglais et en français ; le texte anglais fait foi.",
            ),
            (
                "es",
                "En caso de discrepancia, prevalecerá el texto en inglés.",
            ),
            (
                "ru",
                "В случае расхождений текст на английском языке имеет преимущественную силу.",
            ),
            ("ar", "وفي حالة وجود أي تعارض، يعتد بالنص الإنكليزي."),
            (
                "zh",
                "注：本纪要以中文和英文写成，两种文本如有出入，以中文文本为准。",
            ),
        ] {
            assert_eq!(disclaimer_lead(text).map(|(l, _)| l), Some(lang), "{text}");
        }
        assert_eq!(
            disclaimer_lead(
                "说明：本纪要不构成联合国驻华系统的正式记录，亦不代表各机构的正式立场。"
            )
            .map(|(l, _)| l),
            Some("zh")
        );
        // (Not across clauses: `不构成障碍。会议纪要是正式记录`.)
        assert_eq!(
            disclaimer_lead("这不构成障碍。本纪要是会议的正式记录。"),
            None
        );
        // (A record for internal use is said in passing, no notice.)
        assert_eq!(
            disclaimer_lead("La grabación queda disponible solo para uso interno."),
            None
        );
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
    fn venue_lines_are_meta_lines_in_every_language() {
        for lex in ALL {
            assert!(!lex.venue_labels.is_empty(), "{}", lex.lang);
            for label in lex.venue_labels {
                assert!(lex.meta_labels.contains(label), "{}: {label}", lex.lang);
                let line = format!("{label}: Geneva");
                assert!(is_venue_line(&line) && is_meta_line(&line), "{line}");
            }
        }
        assert!(is_venue_line("地点：日内瓦"));
        assert!(!is_venue_line("Chair: Geneva"));
        assert!(!is_venue_line("Venue:"));
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

    #[test]
    fn a_covers_issue_fields_and_chinese_reports() {
        assert!(is_cover_field("Distr.: General"));
        assert!(is_cover_field("  Distr. générale"));
        assert!(is_cover_field("Original : anglais"));
        assert!(is_cover_field("Chinese"));
        assert!(!is_cover_field("Original text of the decision"));
        assert!(!is_cover_field("Chinese delegation"));
        assert!(opens_report("执行局 2025 年年度会议工作报告*"));
        assert!(opens_report("Report of the annual session"));
        assert!(!opens_report("执行局通过了报告的结论"));
        for notice in [
            "تنبيه: هذه الرسالة وأي مرفقات بها سرية ومخصصة حصراً للمرسل إليهم.",
            "Настоящий отчёт подлежит исправлению. Поправки должны представляться…",
            "本纪要由腾讯会议智能助手自动生成，可能存在识别错误，请参会人核对后使用。",
        ] {
            assert!(disclaimer_lead(notice).is_some(), "{notice}");
        }
        assert!(disclaimer_lead("部分数据可能存在错误，请各机构核实。").is_none());
        assert!(is_decision_heading("MATRIZ DE ACUERDOS"));
        assert!(crate::analyze::is_decision(
            "会议原则通过共同国别分析2025年更新稿。"
        ));
    }
}
