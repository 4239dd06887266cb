//! Reflow: join hard-wrapped physical lines into logical lines, and join
//! the text of a wrapped span.
//!
//! Input: the classified lines (none blank; each knows the blank lines
//! before it). Output: [`Logical`] lines, each one block
//! start (a marker line, a heading, a paragraph's first line) with the
//! continuation lines it absorbed. A line continues the one before when it
//! is plain text and the one before is visibly unfinished: it ends open (a
//! comma, a hyphen), it fills the page width (a PDF wrap), or it is prose
//! broken in mid-sentence (a page break). Blank lines between them (the
//! "blank line after every line" layout of PDF copies, page breaks) do not
//! stop a continuation.
//!
//! [`join`] turns a source span into text: line breaks and the indentation
//! around them become nothing between CJK characters, nothing after a
//! word-hyphen, and one space elsewhere.
//!
//! Invariant: logical lines are in order and disjoint; together with the
//! blank lines and the artefacts they cover every physical line exactly
//! once. Line indices count the lines that are not blank.

use std::borrow::Cow;

use crate::chars::{self, ends_open, ends_sentence, has_inner_sentence_end, is_cjk, is_space};
use crate::lex::{Kind, LexLine, Lexed};
use crate::lexicon;

/// A logical line: a block start and its continuation lines. 16 bytes:
/// one per paragraph is held until the tree is built.
#[derive(Debug, Clone, Copy)]
pub struct Logical {
    /// Index of the first physical line.
    pub first: usize,
    /// Lines after the first (saturating: 2^32 lines of one paragraph
    /// would take 200 GB of line tables before this).
    more: u32,
    /// Blank lines between this logical line and the previous one
    /// (saturating; only compared with 0).
    pub blank_before: u32,
}

impl Logical {
    /// Index of the last physical line (inclusive).
    pub fn last(&self) -> usize {
        self.first + self.more as usize
    }
}

/// Widest line a heading written on its own line may have, in columns.
pub const HEADING_MAX_WIDTH: usize = 100;

/// How many blank lines a continuation may jump (a page break leaves several).
const MAX_GAP: usize = 4;

/// How many footnotes at the foot of a page a continuation may jump.
const MAX_PAGE_NOTES: usize = 8;

/// Estimated page width: the 90th percentile of line widths, unless most
/// lines end in one narrow band below it (a wrapped text among long
/// unwrapped lines: tasks, lists of names), whose top is the page.
pub fn wrap_width(lines: &[LexLine]) -> usize {
    let mut w: Vec<usize> = lines
        .iter()
        .filter(|l| l.width() >= 10)
        .map(|l| l.width())
        .collect();
    if w.is_empty() {
        return 0;
    }
    w.sort_unstable();
    let p90 = w[(w.len() * 9 / 10).min(w.len() - 1)];
    // The band `[0.88 × top, top]` holding the most lines (sorted widths:
    // one pass with a trailing start).
    let (mut best, mut best_top, mut start) = (0, 0, 0);
    for (end, &top) in w.iter().enumerate() {
        while w[start] * 100 < top * 88 {
            start += 1;
        }
        if end + 1 - start >= best {
            (best, best_top) = (end + 1 - start, top);
        }
    }
    if best_top >= 30 && best_top < p90 && best * 2 > w.len() {
        best_top
    } else {
        p90
    }
}

/// Whether most lines of text are followed by a blank line: the layout of
/// text copied out of some PDFs, where a blank line is no paragraph break.
fn double_spaced(lexed: &Lexed) -> bool {
    let lines = &lexed.lines;
    let (mut then_blank, mut then_text) = (0usize, 0usize);
    for pair in lines.windows(2) {
        if pair[1].blanks_before() > 0 {
            then_blank += 1
        } else {
            then_text += 1
        }
    }
    // The last line, when blank lines follow it.
    if !lines.is_empty() && lexed.trailing_blanks > 0 {
        then_blank += 1;
    }
    then_blank >= 8 && then_blank * 100 >= (then_blank + then_text) * 45
}

/// `*Decisions*`, `**Action items**`: a short line wholly in one emphasis
/// (not a label in bold, `*Plazo:*`, which goes on a sentence).
fn emphasized_alone(text: &str) -> bool {
    let t = chars::trim(text);
    ["**", "__", "*"].iter().any(|d| {
        t.len() > 2 * d.len()
            && t.starts_with(d)
            && t.ends_with(d)
            && !t[d.len()..t.len() - d.len()].contains(['*', '_'])
            && !t[d.len()..].starts_with(' ')
            && !t[..t.len() - d.len()].ends_with([':', '：'])
    }) && !chars::more_chars_than(t, HEADING_MAX_WIDTH)
}

/// `СЛУШАЛИ:`, `Decisions:`: a short label alone on its line, over what
/// it labels.
fn is_label_alone(text: &str) -> bool {
    let t = chars::trim(text);
    t.ends_with([':', '：']) && t.split_whitespace().count() <= 3 && !chars::more_chars_than(t, 30)
}

/// Page numbers and running headers: skipped by reflow.
pub fn is_artifact(kind: Kind) -> bool {
    matches!(kind, Kind::PageNumber | Kind::RunningHeader)
}

/// Whether physical line `k` of logical line `l` was jumped over by a
/// sentence going on across a page break: a page artefact, or a footnote
/// at the foot of the page (never the logical line's first line).
pub fn jumped(lines: &[LexLine], l: Logical, k: usize) -> bool {
    is_artifact(lines[k].kind) || (k > l.first && lines[k].kind == Kind::FootnoteDef)
}

/// Kinds that can be continued by following text lines.
fn continues_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Text
            | Kind::Bullet
            | Kind::Arrow
            | Kind::Numbered(_)
            | Kind::ActionPrefix
            | Kind::FootnoteDef
    )
}

/// Whether a line, alone, looks like a heading: short, unfinished, one
/// phrase.
pub fn heading_like(text: &str) -> bool {
    let t = chars::trim(text);
    // (`--`, an e-mail's signature line, is no heading: a heading has words.)
    t.chars().any(chars::is_alnum)
        && chars::fits_width(t, HEADING_MAX_WIDTH)
        && (!ends_sentence(t) || t.ends_with(['?', '？']))
        && !ends_open(t)
        && !has_inner_sentence_end(t)
        // `…draft report of the`: no heading ends on such a word.
        && !lexicon::ends_with_continuation_word(t)
}

/// Whether a line opens on the label of who acts or of a deadline, with a
/// colon (`责任人：张伟；…`, `Responsible: UNDP`).
fn owner_or_due_field(line: &str) -> bool {
    line.split_once([':', '：']).is_some_and(|(label, _)| {
        !chars::more_chars_than(label, 16) && lexicon::is_owner_or_due_column(label)
    })
}

/// Whether `next` opens another paragraph in the other script after a
/// sentence that ends on `prev`: Chinese then a Latin capital, or Latin
/// then ideographs, with no ideograph on the Latin side (bilingual minutes
/// give each paragraph then its translation).
fn translation_follows(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end();
    let latin = |t: &str| !t.chars().any(is_cjk);
    (prev.ends_with(['。', '！', '？'])
        && next.starts_with(|c: char| c.is_ascii_uppercase())
        && latin(next))
        || (prev.ends_with(['.', '!', '?'])
            && next.starts_with(is_cjk)
            && latin(prev)
            && prev.contains(' '))
}

/// A table-of-contents entry: its text ends in dot leaders and a page
/// number (`Organizational matters . . . . . 2`, `Annexe ……… 5`).
pub fn is_contents_entry(text: &str) -> bool {
    let t = chars::trim(text);
    let before_page = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if before_page.len() == t.len() {
        return false;
    }
    let mut dots = 0;
    for c in before_page.chars().rev() {
        match c {
            '.' | '·' | '．' => dots += 1,
            '…' => dots += 3,
            c if chars::is_space(c) => {}
            _ => break,
        }
    }
    dots >= 4
}

/// Groups lines (none blank) into logical lines.
pub fn logical_lines(src: &str, lexed: &Lexed) -> Vec<Logical> {
    let lines = &lexed.lines[..];
    let page = wrap_width(lines);
    let full = |l: &LexLine| page >= 30 && l.width() * 100 >= page * 85;
    let half_full = |l: &LexLine| page >= 30 && l.width() * 100 >= page * 60;
    let double_spaced = double_spaced(lexed);
    let text = |l: &LexLine| &src[l.content().0..l.content().1];
    let mut out: Vec<Logical> = Vec::with_capacity(lines.len() / 2 + 1);
    let mut blanks = 0;
    let mut i = 0;
    while i < lines.len() {
        blanks += lines[i].blanks_before();
        // PDF artefacts are transparent: they neither start nor end a line.
        if is_artifact(lines[i].kind) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        if continues_kind(lines[i].kind) {
            loop {
                crate::work::add(1);
                // Next line of text and the blank lines before it.
                let mut j = last + 1;
                let mut gap = lines.get(j).map_or(0, LexLine::blanks_before);
                let mut page_break = false;
                // Footnotes at the foot of the page, before its artefacts: the
                // sentence may go on after them (they stay footnotes, see
                // [`jumped`]).
                // (A page holds a few: looked for no further, or a run of
                // footnote lines would be counted again from each of them.)
                let notes = (lines[j.min(lines.len())..].iter())
                    .take(MAX_PAGE_NOTES + 1)
                    .take_while(|l| l.kind == Kind::FootnoteDef)
                    .count();
                if notes > 0 && lines.get(j + notes).is_some_and(|l| is_artifact(l.kind)) {
                    for _ in 0..notes {
                        j += 1;
                        gap += lines.get(j).map_or(0, LexLine::blanks_before);
                    }
                }
                while j < lines.len() && is_artifact(lines[j].kind) {
                    crate::work::add(1);
                    page_break = true;
                    j += 1;
                    gap += lines.get(j).map_or(0, LexLine::blanks_before);
                }
                // The very next physical line.
                let adjacent_next = j == last + 1 && gap == 0;
                // The blank lines around a page number are one break.
                if page_break {
                    gap = gap.min(1);
                }
                // `Steering Group` / `– Monthly Call`: an en dash after a
                // full, unfinished line of text is the title going on, not a
                // bullet.
                // (So does `— 17 февраля.` after an item's full line: a
                // number or a word in lower case goes on, a new item would
                // start upper case.)
                let dash_run_on = lines.get(j).is_some_and(|n| {
                    let goes_on = || {
                        text(n)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                    };
                    n.kind == Kind::Bullet
                        && (lines[first].kind == Kind::Text
                            || matches!(lines[first].kind, Kind::Numbered(_) | Kind::Bullet)
                                && goes_on())
                        && full(&lines[last])
                        && ends_in_word(text(&lines[last]))
                        && n.marker()
                            .is_some_and(|(a, _)| src[a..].starts_with(['–', '—']))
                });
                // `…decisions and` / `actions`: after a line that ends on a word
                // like `and`, a plain-looking line is the sentence going on,
                // even when it reads like a header on its own.
                let hanging = lines.get(j).is_some_and(|n| {
                    let prev = text(&lines[last]);
                    // (Or over a page break: `… بحلول` / footer / `١٣ آذار/مارس ٢٠٢٥.`.)
                    let date_next = n.kind == Kind::DateLine && page_break;
                    let adjacent = adjacent_next || double_spaced || date_next;
                    let plain_looking = matches!(
                        n.kind,
                        Kind::ActionHeader | Kind::DisclaimerHeading | Kind::DateLine
                    );
                    // `… by` / `31 January 2026.`: a date alone right under an
                    // unfinished line ends its sentence, it is no day header.
                    // (So does one after an item's label: `(Responsable :
                    // UNFPA, délai :` / `31 mars 2025)`.)
                    let label_in_item =
                        lines[first].kind != Kind::Text && prev.trim_end().ends_with([':', '：']);
                    let date_tail = n.kind == Kind::DateLine
                        && (adjacent_next || date_next)
                        && ((!ends_sentence(prev) && ends_in_word(prev)) || label_in_item);
                    // `- Action: …` / `  Deadline: 15 March 2025`: a date
                    // line indented under an item is one of its fields.
                    // (So is `  Responsible: UNICEF`.)
                    // (Or set apart by a dash: `   Срок – до 15.05.2025.`.)
                    let field = || {
                        let t = text(n);
                        let label = match t.split_once([':', '：']) {
                            Some((label, _)) => Some(label),
                            None => [" – ", " — ", " - "]
                                .iter()
                                .find_map(|d| t.split_once(d))
                                .map(|(label, _)| label),
                        };
                        label.is_some_and(|label| {
                            !chars::more_chars_than(label, 30) && lexicon::is_column_name(label)
                        })
                    };
                    let item_field = adjacent_next
                        && matches!(
                            lines[first].kind,
                            Kind::Bullet | Kind::Numbered(_) | Kind::Arrow | Kind::ActionPrefix
                        )
                        && ((n.indent() > lines[first].indent()
                            && (n.kind == Kind::DateLine || (n.kind == Kind::Text && field())))
                            // (`（1）各示范点按月报送…。` / `责任人：…；完成时间：长期`:
                            // who and by when, at the item's own depth.)
                            || (n.kind == Kind::Text && owner_or_due_field(text(n))));
                    (plain_looking
                        && adjacent
                        && (lexicon::ends_with_continuation_word(prev) || date_tail))
                        || item_field
                });
                // `…in paragraph` / `4.3 be shortened, and…`: a number with no
                // closer at the start of a line, after a full, unfinished
                // line, is the sentence going on unless a heading follows.
                // (A heading, unless it fills half the page and runs on too;
                // looked at last, on the few lines that get that far.)
                let number_run_on = lines.get(j).is_some_and(|n| {
                    let heading =
                        || heading_like(text(n)) && !(half_full(n) && ends_in_word(text(n)));
                    matches!(n.kind, Kind::Numbered(_))
                        && n.marker().is_some()
                        && n.marker() == n.number()
                        && (adjacent_next || double_spaced)
                        && full(&lines[last])
                        && !ends_sentence(text(&lines[last]))
                        && ends_in_word(text(&lines[last]))
                        && !heading()
                });
                // `Décision : …` under a bullet is a line of its own.
                // So is a slide's or a page's title in capitals after a
                // page number, under text that is not.
                if j >= lines.len()
                    || (lines[j].kind != Kind::Text && !dash_run_on && !hanging && !number_run_on)
                    || lexicon::decision_prefix(text(&lines[j])).is_some()
                    || (lines[j].kind == Kind::Text && lexicon::opens_notice(text(&lines[j])))
                    || (page_break
                        && chars::is_all_caps(text(&lines[j]))
                        && !chars::is_all_caps(text(&lines[last])))
                {
                    break;
                }
                let prev = &lines[last];
                let prev_text = text(prev);
                let next_text = text(&lines[j]);
                // (`г. Бишкек`, a city, opens a line in lower case.)
                let city = next_text
                    .strip_prefix("г. ")
                    .is_some_and(|t| t.starts_with(char::is_uppercase));
                let starts_lower =
                    next_text.chars().next().is_some_and(char::is_lowercase) && !city;
                // A line of `|`-separated fields is complete whatever its end.
                let unfinished = !ends_sentence(prev_text)
                    && ends_in_word(prev_text)
                    && !prev_text.contains(" | ");
                // A wrap at a space leaves lines between 60% and 100% of the
                // page: such a line, unfinished, goes on into a next line that
                // is not a heading of its own and reads on (lower case, or
                // ideographs on both sides).
                let next_first = next_text.chars().next();
                let reads_on = starts_lower
                    || next_first.is_some_and(|c| chars::digit(c).is_some())
                    || (prev_text
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(|c| is_cjk(c) || c.is_ascii_digit())
                        && next_first.is_some_and(is_cjk));
                // A next line that itself fills the page and runs on is a
                // fragment, not a heading.
                let next_unfinished = !ends_sentence(next_text) && ends_in_word(next_text);
                let next_heading =
                    heading_like(next_text) && !(half_full(&lines[j]) && next_unfinished);
                let wrapped = half_full(prev) && unfinished && reads_on && !next_heading;
                // Across blank lines, only Latin-script runs (lower case or a
                // number next) may be that short; ideographs need a full line.
                // (Not a Chinese line's date over a paragraph that opens
                // with its own: `办公室　　2025年2月28日` / `2025年2月25日…`.)
                let ends_with_cjk_date = {
                    let p = prev_text.trim_end();
                    p.strip_suffix(['日', '號', '号'])
                        .is_some_and(|p| p.ends_with(|c: char| chars::digit(c).is_some()))
                };
                let latin_reads_on = starts_lower
                    || (next_first.is_some_and(|c| chars::digit(c).is_some())
                        && !ends_with_cjk_date);
                // The short tail of a wrapped paragraph, then a page-wide
                // fragment: the same sentence goes on.
                // …unless what came so far is a wrapped heading of its own.
                // (Chinese only: Latin prose lines often carry no punctuation.)
                // (Joined only when asked, and once: at every line of a long
                // paragraph it would cost the paragraph so far again.)
                let so_far_heading = std::cell::OnceCell::new();
                let wrapped_heading = || {
                    *so_far_heading.get_or_init(|| {
                        let raw = &src[lines[first].content().0
                            ..prev.content().1.max(lines[first].content().0)];
                        // Too long for a heading, joined or not: no need to join.
                        if lines[first].kind != Kind::Text || !could_fit(raw, HEADING_MAX_WIDTH) {
                            return false;
                        }
                        let so_far = joined(raw);
                        heading_like(&so_far) && so_far.chars().any(is_cjk)
                    })
                };
                // The physical line before `last` (blank: not full).
                let tail_after = |wide: &dyn Fn(&LexLine) -> bool| {
                    last > first
                        && lines[last].blanks_before() == 0
                        && wide(&lines[last - 1])
                        && !next_heading
                        && !wrapped_heading()
                };
                let tail_then_fragment = tail_after(&full);
                let wrapped_across = unfinished
                    && !next_heading
                    && ((half_full(prev) && latin_reads_on)
                        || (full(prev) && reads_on)
                        || tail_then_fragment);
                // An item (bullet, arrow) runs on into the next line unless
                // that line reads as a heading after a short, finished item.
                let item_runs_on = matches!(
                    lines[first].kind,
                    Kind::Bullet | Kind::Arrow | Kind::ActionPrefix | Kind::FootnoteDef
                ) && (half_full(prev) && !ends_sentence(prev_text)
                    || !next_heading
                    // (`☐ Send the letter.` / `  (Assigned to: A. Isakov)`:
                    // a plain line indented under the item is its own.)
                    || (lines[j].kind == Kind::Text && lines[j].indent() > lines[first].indent())
                    // (`** TODO Task` / `DEADLINE: <2025-05-16>` / `:PROPERTIES:`:
                    // an Org-mode task's planning line and drawer are its own.)
                    || org_field(next_text));
                // `一、开幕` / `　　王晓岚代表…`: an ideographic-space indent deeper
                // than the line it would join opens a Chinese paragraph.
                let indented = src[lines[j].line().start..].starts_with('\u{3000}')
                    && lines[j].indent() > lines[first].indent();
                // A contents entry (`Other matters . . . 4`) ends at its page
                // number.
                // `Agenda item 3` / `Adoption of the agenda`: a number with
                // no title takes the next line as its title.
                // (Not a field: `Point 6 de l'ordre du jour` / `Date : …`.)
                let title_below = last == first
                    && prev_text.is_empty()
                    && matches!(prev.kind, Kind::Numbered(_))
                    && (gap == 0 || (double_spaced && gap <= MAX_GAP))
                    && !lexicon::is_meta_line(next_text);
                // `Réunion mensuelle de coordination` / `mardi 14 janvier
                // 2025 10:00`: a date under a title, its weekday in lower
                // case as French, Spanish and Russian write it, however
                // full the title's line.
                // (A meeting tool's title may run past a heading's width:
                // a capital weekday under a line that holds no sentence
                // end, `Ежемесячное совещание … «Цифровые госуслуги в
                // регионах»` / `Вторник, 13 мая 2025 г.`.)
                let date_under_title = || {
                    // (An item's wrapped line is no title: `(b) … by COB` /
                    // `    Friday, June 13, 2025. Comments…`.)
                    lines[first].kind == Kind::Text
                        && lexicon::opens_with_weekday_date(next_text)
                        && (heading_like(prev_text)
                            || (next_text.starts_with(char::is_uppercase)
                                && !chars::ends_sentence(prev_text)
                                && !chars::has_inner_sentence_end(prev_text)))
                        && !lexicon::ends_with_continuation_word(prev_text)
                };
                let join = if title_below {
                    true
                } else if is_contents_entry(prev_text)
                    || indented
                    || (gap == 0 && date_under_title())
                    || (emphasized_alone(next_text)
                        && !lexicon::ends_with_continuation_word(prev_text))
                {
                    // (`Recap of today's sync…` / `*Decisions*`: a line
                    // wholly in bold opens a part, as Slack writes them; not
                    // after `ARCHIVED BY`.)
                    false
                } else if gap == 0
                    && last == first
                    && chars::is_all_caps(prev_text)
                    && !chars::is_all_caps(next_text)
                    && next_first.is_some_and(char::is_uppercase)
                {
                    // `TERCERO: INFORME DE AVANCE…` / `El Coordinador…`: a
                    // heading in capitals over its text.
                    false
                } else if gap == 0
                    && last == first
                    && lines[first].kind == Kind::Text
                    && lines[j].indent() == prev.indent()
                    && chars::more_chars_than(prev_text, 40)
                    && !ends_sentence(prev_text)
                    && chars::is_all_caps(prev_text)
                    && chars::is_all_caps(next_text)
                    && !prev_text.contains("   ")
                    && !next_text.contains("   ")
                {
                    // `COMPTE RENDU DE LA CINQUIÈME RÉUNION DU GROUPE D'EXPERTS`
                    // / `SUR LA SÉCURITÉ…`: a long title in capitals, wrapped.
                    true
                } else if gap == 0 && translation_follows(prev_text, next_text) {
                    // `…欢迎与会代表。` / `Mr. Wang opened the meeting…`: a
                    // sentence ends and the next line is in the other
                    // script: a paragraph and its translation.
                    false
                } else if gap == 0
                    && lines[first].kind == Kind::Text
                    && (lexicon::is_meta_line(next_text) || next_text.starts_with("#+"))
                {
                    // (`#+DATE: <…>` under `#+TITLE: …`: Org-mode's settings,
                    // a line each.)
                    // `Chair: …` under a full line of the cover: a field of
                    // its own, not the line above going on.
                    false
                } else if gap == 0 {
                    let single = last == first;
                    // Three quarters of the page and unfinished: a wrap, whatever
                    // the case of the next word, unless a heading follows.
                    let mostly_full = page >= 30 && prev.width() * 100 >= page * 75;
                    wrapped
                        || (mostly_full && unfinished && !heading_like(next_text))
                        || hanging
                        || lexicon::ends_with_continuation_word(prev_text)
                        || item_runs_on
                        // (`.. note::` / `   La presente acta es … del Grupo` /
                        // `   Interagencial de Juventud. No constituye…`: a
                        // block indented as a whole, unfinished at the line's
                        // end, goes on, a capital next or not.)
                        || (lines[first].kind == Kind::Text
                            && prev.indent() >= 2
                            && lines[first].indent() == prev.indent()
                            && lines[j].indent() == prev.indent()
                            && unfinished
                            && !next_heading
                            // (Not columns laid out by spaces.)
                            && !prev_text.contains("   ")
                            && !next_text.contains("   "))
                        || ends_open(prev_text)
                        || full(prev)
                        || starts_lower
                        // `…received, of` / `which` / `12 came from…`: a
                        // wrap at a space leaves the line above the tail at
                        // least 60% of the page.
                        || (unfinished && reads_on && tail_after(&half_full))
                        || (single && !heading_like(prev_text) && lines[first].kind == Kind::Text)
                        || (single
                            && !ends_sentence(prev_text)
                            && lines[first].kind != Kind::Text
                            && lines[j].indent() > lines[first].indent())
                } else if gap <= MAX_GAP && hanging {
                    true
                } else if gap <= MAX_GAP {
                    // `1 Opening of the meeting` after a blank line is an
                    // item's heading, however wide on a narrow page.
                    let next_heading = next_heading
                        || (!double_spaced
                            && crate::lex::bare_number(next_text).is_some()
                            && heading_like(next_text));
                    // A full line before a blank means a wrap only where every
                    // line is followed by a blank (the PDF copy layout).
                    // A numbered heading does not run on into a capitalised line.
                    let heading_then_capital = matches!(lines[first].kind, Kind::Numbered(_))
                        && last == first
                        && next_first.is_some_and(char::is_uppercase);
                    (double_spaced
                        && !heading_then_capital
                        && (wrapped_across
                            || (full(prev) && unfinished && !wrapped_heading())
                            || lexicon::ends_with_continuation_word(prev_text)))
                        || (ends_open(prev_text) && !heading_like(next_text))
                        || (unfinished && starts_lower)
                        // (Not after ideographs: `记录人：刘晓` / blank /
                        // `2025年5月19日上午，…` opens a paragraph.)
                        || (unfinished
                            && latin_reads_on
                            && !next_heading
                            && !prev_text.trim_end().ends_with(is_cjk))
                        // (Not into a label alone: `…за 2024 год` / blank /
                        // `СЛУШАЛИ:`.)
                        || (unfinished
                            && is_prose(prev_text)
                            && !heading_like(next_text)
                            && !is_label_alone(next_text))
                        // A full line cut off by the page break.
                        || (page_break && unfinished && full(prev) && !next_heading)
                } else {
                    false
                };
                if !join {
                    break;
                }
                last = j;
            }
        }
        out.push(Logical {
            first,
            more: u32::try_from(last - first).unwrap_or(u32::MAX),
            blank_before: u32::try_from(blanks).unwrap_or(u32::MAX),
        });
        blanks = 0;
        i = last + 1;
    }
    // Held with the line table until the tree is built: no spare room.
    out.shrink_to_fit();
    out
}

/// CJK punctuation and full-width forms (`，` `。` `（`).
fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…')
}

/// Ends in a letter, ideograph or digit (not punctuation or a bracket).
fn ends_in_word(s: &str) -> bool {
    chars::trim(s)
        .chars()
        .next_back()
        .is_some_and(chars::is_alnum)
}

/// Whether `s`, joined, may fit in `max` columns: every character but white
/// space and (soft) hyphens keeps at least one column. Looks at no more
/// than `max + 1` of them, wherever the text ends.
fn could_fit(s: &str, max: usize) -> bool {
    s.chars()
        .filter(|&c| !is_space(c) && !matches!(c, '-' | '\u{ad}'))
        .nth(max)
        .is_none()
}

/// Prose rather than a title: holds a sentence boundary, or is too long to
/// be a heading.
fn is_prose(s: &str) -> bool {
    has_inner_sentence_end(s) || !chars::fits_width(chars::trim(s), HEADING_MAX_WIDTH)
}

/// The text of a source span with hard wraps joined: every run of white
/// space that holds a line break becomes nothing between CJK characters,
/// nothing after a hyphen inside a Latin word, and one space elsewhere. A
/// soft hyphen (U+00AD) is removed. White space at both ends is dropped.
pub fn join(s: &str) -> String {
    // Kept in the tree: no spare room (a joined text is shorter than
    // the span it was sized for).
    let mut out = joined(s).into_owned();
    out.shrink_to_fit();
    out
}

/// [`join`], borrowing the text when it holds nothing to join.
pub fn joined(s: &str) -> Cow<'_, str> {
    crate::work::add(s.len());
    let s = chars::trim(s);
    // Most spans hold no line break, soft hyphen nor ligature: the text as
    // written. (U+2028, U+2029 and U+00AD are E2 80 A8, E2 80 A9 and C2 AD;
    // the ligatures U+FB00.. EF AC 80..)
    let b = s.as_bytes();
    let mut ligatures = false;
    let breaks = memchr::memchr3(b'\n', b'\r', 0x0c, b).is_some()
        || memchr::memchr3_iter(0xE2, 0xC2, 0xEF, b).any(|i| match &b[i..] {
            [0xE2, 0x80, 0xA8 | 0xA9, ..] | [0xC2, 0xAD, ..] => true,
            [0xEF, 0xAC, 0x80..=0x86, ..] => {
                ligatures = true;
                false
            }
            _ => false,
        });
    if !breaks {
        return if ligatures {
            chars::without_ligatures(Cow::Borrowed(s))
        } else {
            Cow::Borrowed(s)
        };
    }
    chars::without_ligatures(joined_lines(s))
}

/// An Org-mode task's planning line (`DEADLINE: <2025-05-16 ven.>`) or a
/// line of its drawer (`:PROPERTIES:`, `:RESPONSABLE: PNUD`, `:END:`).
fn org_field(line: &str) -> bool {
    let t = line.trim_start();
    ["DEADLINE: <", "SCHEDULED: <", "CLOSED: ["]
        .iter()
        .any(|p| t.starts_with(p))
        || t.strip_prefix(':').is_some_and(|rest| {
            rest.split_once(':').is_some_and(|(key, _)| {
                !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_uppercase() || c == '_' || c == '-')
            })
        })
}

/// [`joined`] of a text that holds a break, ligatures as written.
fn joined_lines(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // From line break to line break: the white space run around each (soft
    // hyphens count as white space there) is replaced; the text between is
    // kept as written, soft hyphens aside.
    let in_run = |c: char| is_space(c) || c == '\u{ad}';
    // (The `>` markers of a quoted e-mail's lines are part of the run: the
    // text they quote goes on.)
    let in_run_quoted = |c: char| in_run(c) || c == '>';
    while let Some(at) = next_break(rest) {
        let start = rest[..at].trim_end_matches(in_run).len();
        let after = rest[at..].trim_start_matches(in_run_quoted);
        push_without_soft_hyphens(&mut out, &rest[..start]);
        if after.is_empty() {
            rest = after;
            break;
        }
        glue(&mut out, after.chars().next());
        rest = after;
    }
    push_without_soft_hyphens(&mut out, rest);
    Cow::Owned(out)
}

/// Joins a line break between the text so far, `out`, and the text that
/// starts with `next`: nothing between ideographs or next to CJK
/// punctuation (Chinese puts no space there, but does between an ideograph
/// and a Latin word), nothing and no hyphen inside a hyphenated Latin word
/// (`con-` / `tinue`), one space elsewhere.
pub fn glue(out: &mut String, next: Option<char>) {
    let before = out.chars().next_back();
    // A dash or an opening quote shared with Latin and Cyrillic text takes
    // its space there (`соцсетях` / `— 17 февраля`).
    let opens_latin = matches!(next, Some('—' | '“' | '‘')) && !before.is_some_and(is_cjk);
    // (Nor between an ideograph and a digit, `于3` / `月20日`, unless the
    // text sets Latin words and numbers apart: `已于 1 月 12 日`, `IGF 网站`.)
    let digit = |c: Option<char>| c.is_some_and(|c| chars::digit(c).is_some());
    // (A number after a Latin word is set apart: `IGF 2024` / `盘点`.)
    let cjk_number = || {
        (out.chars().rev())
            .find(|c| chars::digit(*c).is_none())
            .is_some_and(is_cjk)
    };
    let digit_join = || {
        ((before.is_some_and(is_cjk) && digit(next))
            || (digit(before) && next.is_some_and(is_cjk) && cjk_number()))
            && !sets_apart(out)
    };
    let cjk_join = (before.is_some_and(is_cjk) && next.is_some_and(is_cjk))
        || digit_join()
        || before.is_some_and(is_cjk_punct)
        || (next.is_some_and(is_cjk_punct) && !opens_latin);
    let hyphen_join = before == Some('-')
        && out.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && next.is_some_and(char::is_lowercase);
    if hyphen_join {
        out.pop();
    } else if !cjk_join {
        out.push(' ');
    }
}

/// Whether Chinese text sets its Latin words and numbers apart from the
/// ideographs by spaces (`IGF 网站`, `于 1 月`).
fn sets_apart(text: &str) -> bool {
    let mut it = text.chars();
    let (mut a, mut b) = (it.next(), it.next());
    for c in it {
        let latin = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
        let cjk = |x: Option<char>| x.is_some_and(is_cjk);
        if b == Some(' ') && ((latin(a) && cjk(Some(c))) || (cjk(a) && latin(Some(c)))) {
            return true;
        }
        (a, b) = (b, Some(c));
    }
    false
}

/// Byte offset of the first line break in `s` (`\n`, `\r`, form feed,
/// U+2028, U+2029), found by its bytes.
fn next_break(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes[from..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'\r' | 0x0c | 0xE2))
    {
        let at = from + k;
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        if bytes[at] != 0xE2 || matches!(bytes.get(at + 1..at + 3), Some([0x80, 0xA8 | 0xA9])) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn push_without_soft_hyphens(out: &mut String, text: &str) {
    if text.contains('\u{ad}') {
        out.extend(text.chars().filter(|&c| c != '\u{ad}'));
    } else {
        out.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lex, source};

    fn logical_texts(src: &str) -> Vec<String> {
        let physical = source::lines(src);
        let lexed = lex::lex(src, &physical);
        let line = |k: usize| lexed.lines[k].line();
        logical_lines(src, &lexed)
            .iter()
            .map(|l| join(&src[line(l.first).start..line(l.last()).end]))
            .collect()
    }

    #[test]
    fn a_deeper_ideographic_indent_opens_a_paragraph() {
        let src = "一、开幕及通过议程\n\u{3000}\u{3000}王晓岚代表驻华协调员办公室欢迎与会人员，特别欢迎首次参会的工发组织和联合国大学代表，并介绍了国家统计局国际统计信息中心列席代表张宁处长。\n";
        let texts = logical_texts(src);
        assert_eq!(texts[0], "一、开幕及通过议程");
        assert!(texts[1].starts_with("王晓岚"), "{texts:?}");
    }

    #[test]
    fn a_paragraph_then_its_translation_are_two() {
        let src = "马尔科维奇协调员感谢中方长期以来对联合国发展系统的支持，并介绍了联合国发展系统改革的最新进展。\nResident Coordinator Markovic thanked the Chinese side for its support to the United\nNations development system.\n会议同意通过会议议程。\n";
        let texts = logical_texts(src);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].starts_with("Resident") && texts[1].ends_with("system."));
        assert_eq!(texts[2], "会议同意通过会议议程。");
        // One script, wrapped: one paragraph.
        assert_eq!(
            logical_texts("秘书处将于6月30日前提交报告。\nUNDP 将于7月提交评估。\n").len(),
            1
        );
    }

    #[test]
    fn a_contents_entry_ends_at_its_page_number() {
        let src = " XII.   Other matters . . . . . . . . . . . .    4\nAnnex\n";
        assert_eq!(
            logical_texts(src),
            ["XII.   Other matters . . . . . . . . . . . .    4", "Annex"]
        );
    }

    #[test]
    fn join_cjk_without_space_and_latin_with_one() {
        assert_eq!(join("审查\n\n进程"), "审查进程");
        assert_eq!(join("the\n  participants"), "the participants");
        assert_eq!(join("co-\noperation"), "cooperation");
        assert_eq!(join("IGF 2024\n盘点"), "IGF 2024 盘点");
        assert_eq!(join("各成员机构于3\n月20日前"), "各成员机构于3月20日前");
        assert_eq!(join("2024年10月\n17日前"), "2024年10月17日前");
        assert_eq!(
            join("已于 1 月 12 日结束，于\n3 月"),
            "已于 1 月 12 日结束，于 3 月"
        );
        assert_eq!(join("结果，\n 设立"), "结果，设立");
        assert_eq!(join("keep  inner   spaces "), "keep  inner   spaces");
        assert_eq!(join("soft\u{ad}hyphen"), "softhyphen");
    }

    #[test]
    fn blank_line_after_every_line_does_not_split_sentences() {
        let long = "这是一个很长的句子，它在行尾被硬换行打断了，所以下一行继续这个句子的内容而没有结束并且还要更长一些";
        // Five items, each wrapped once, a blank line after every line.
        let item = format!("▪ {long}\n\n继续。\n\n");
        let src = item.repeat(5);
        let want = vec![format!("▪ {long}继续。"); 5];
        assert_eq!(logical_texts(&src), want);
    }

    #[test]
    fn short_title_lines_stay_apart() {
        let src = "IGF MAG 2025 第一次会议\n\n行动项目和后续步骤\n\n1. 欢迎辞\n";
        assert_eq!(logical_texts(src).len(), 3);
    }

    #[test]
    fn prose_broken_by_a_page_break_is_joined() {
        let src = "第一句话结束了。第二句话在这里被分页打断例\n\n\n\n如，下一页继续。\n";
        assert_eq!(
            logical_texts(src),
            ["第一句话结束了。第二句话在这里被分页打断例如，下一页继续。"]
        );
    }

    #[test]
    fn a_bare_number_after_a_full_unfinished_line_goes_on() {
        let src = "The secretariat introduced the draft report. One delegate asked that the\n\
            summary of the discussion reflected in the report of the meeting in paragraph\n\
            4.3 be shortened, and another proposed a change to the list of participants.\n\
            4.4 Regional workshops\n\
            Kenya described the workshop held in Nairobi in April with many people.\n";
        let texts = logical_texts(src);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].ends_with(
            "paragraph 4.3 be shortened, and another proposed a change to the list of participants."
        ));
    }

    #[test]
    fn a_short_tail_then_a_line_starting_with_a_number_goes_on() {
        let src = "The representative of Kenya described the workshop held in Nairobi in\n\
            April, which brought together participants from many countries of the\n\
            region. The secretariat reported that 43 contributions had been received, of\n\
            which\n\
            12 came from academia and civil society. Contributions raised three main\n\
            points.\n";
        assert_eq!(logical_texts(src).len(), 1, "{:?}", logical_texts(src));
        // A finished tail does not go on.
        let src = src.replace("of\nwhich\n", "of\nwhich.\n");
        assert_eq!(logical_texts(&src).len(), 2, "{:?}", logical_texts(&src));
    }

    #[test]
    fn a_heading_followed_by_text_stays_a_heading() {
        let src = "Opening of the meeting\nThe Chair opened the meeting.\n";
        assert_eq!(logical_texts(src).len(), 2);
    }

    #[test]
    fn lazy_continuation_of_a_bullet() {
        let src = "- The Chair will circulate\n  the draft.\n- Next\n";
        assert_eq!(
            logical_texts(src),
            ["- The Chair will circulate the draft.", "- Next"]
        );
    }
}
