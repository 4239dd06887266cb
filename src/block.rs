//! Block: the section tree and the blocks inside it.
//!
//! Input: classified lines and logical lines. Output: a [`Built`] document
//! skeleton: the title block, preamble blocks, the section tree (agenda
//! items, day headers, headings), lists with their nesting and action
//! roles, paragraphs, tables, rules, disclaimers and footnotes.
//!
//! Decisions made here, in order of the logical lines:
//! - the title block: the short lines at the top before the first content;
//! - whether a numbered line is an agenda item (a heading-like line that
//!   does not follow a colon and is not one of a run of numbered lines) or a
//!   list item;
//! - whether a bare line is a heading (short, unfinished, alone, followed by
//!   content; in a document that marks its headings with `#`, only when it
//!   introduces a list or a heading);
//! - which items are actions (arrows, prefixes, items under an action
//!   header).
//!
//! Sections nest by rank (day > `#` levels > numbers > letters > bare
//! headings > bold bullets) on an explicit stack; lists nest by indentation
//! on an explicit stack capped at `max_depth`. No recursion depends on the
//! input.

use crate::ast::{
    Block, Diagnostic, Disclaimer, Footnote, Inline, ListItem, Role, Section, SectionKind,
    Severity, Span, TableCell, TableRow, Title,
};
use crate::chars;
use crate::date;
use crate::inline;
use crate::lex::{Kind, LexLine, NumStyle};
use crate::lexicon;
use crate::reflow::{self, Logical, heading_like, is_contents_entry};

/// The tree before analysis.
#[derive(Debug, Default)]
pub struct Built {
    /// The document title.
    pub title: Option<Title>,
    /// Text of every title-block line (title included), for the metadata.
    pub title_lines: Vec<String>,
    /// Which of `title_lines` is the title.
    pub title_at: Option<usize>,
    /// Blocks before the first section.
    pub blocks: Vec<Block>,
    /// The section tree.
    pub sections: Vec<Section>,
    /// Disclaimers.
    pub disclaimers: Vec<Disclaimer>,
    /// Footnote definitions.
    pub footnotes: Vec<Footnote>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether `t` is wholly in brackets: `(Agenda item 5)`, `\\(…)`
/// (Markdown escapes them), `[cid:image001.png]`.
fn is_bracketed(t: &str) -> bool {
    let t = t.strip_prefix('\\').unwrap_or(t);
    (t.starts_with(['(', '（']) && t.ends_with([')', '）']))
        || (t.starts_with('[') && t.ends_with(']'))
}

/// `张伟 00:01:12`, `Maria Lopez 00:07:48`: a speaker's turn in a
/// transcript, a name and the recording's time to the second; no heading.
/// (Or a chat's: `Maria Santos  9:02 AM`, the time to the minute and its
/// half of the day.)
fn is_speaker_turn(line: &str) -> bool {
    let line = chars::trim(line);
    let (line, seconds) = match line
        .strip_suffix(" AM")
        .or_else(|| line.strip_suffix(" PM"))
    {
        Some(rest) => (rest, false),
        None => (line, true),
    };
    let Some((name, time)) = line.rsplit_once(' ') else {
        return false;
    };
    let parts: Vec<&str> = time.split(':').collect();
    parts.len() == if seconds { 3 } else { 2 }
        && (parts.iter())
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=4).contains(&name.split_whitespace().count())
        && !name.contains([':', '：'])
}

/// The byte length of a recording's time at the end of `title`, the space
/// before it included (` (02:47)`, ` [1:02:47]`); 0 when there is none or
/// nothing would be left.
fn timestamp_len(title: &str) -> usize {
    let Some(inner) = title.strip_suffix([')', ']']) else {
        return 0;
    };
    let Some(open) = inner.rfind(['(', '[']) else {
        return 0;
    };
    let time = &inner[open + 1..];
    let parts: Vec<&str> = time.split(':').collect();
    let clock = (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let before = inner[..open].trim_end();
    if clock && !before.is_empty() {
        title.len() - before.len()
    } else {
        0
    }
}

/// Rank of a heading: a new heading closes every open section of the same
/// or a greater rank.
/// (Ranks step by ten, leaving room between them: see [`Builder::day_rank`].)
fn rank_of_number(style: NumStyle, paren: bool) -> u32 {
    let base = match style {
        NumStyle::Roman | NumStyle::CjkNumeral => 300,
        NumStyle::Arabic => 310,
        NumStyle::Dotted(d) => 310 + 10 * (u32::from(d.min(6)) - 1),
        NumStyle::Letter => 380,
        NumStyle::RomanLower => 390,
    };
    base + if paren { 20 } else { 0 }
}
const RANK_DAY: u32 = 100;
/// A part of a meeting tool's recap (`Meeting notes`, then `Follow-up
/// tasks`): above the numbered and bare topics inside it.
const RANK_PART: u32 = 280;
const RANK_ATX: u32 = 200;
const RANK_BARE: u32 = 500;
const RANK_BOLD_BULLET: u32 = 550;

struct Open {
    rank: u32,
    section: Section,
}

/// A list under construction, at one indentation.
struct OpenList {
    indent: usize,
    ordered: bool,
    items: Vec<ListItem>,
}

struct Builder<'a> {
    src: &'a str,
    lines: &'a [LexLine],
    logicals: &'a [Logical],
    max_depth: usize,
    out: Built,
    stack: Vec<Open>,
    lists: Vec<OpenList>,
    /// Items and paragraphs are actions until the next heading.
    in_actions: bool,
    /// A list has been seen since the action header.
    actions_list_seen: bool,
    /// Index into `out.disclaimers` of the disclaimer collecting paragraphs.
    in_disclaimer: Option<usize>,
    /// The document marks headings with `#`.
    markdown_headings: bool,
    /// The document is a meeting tool's recap (see [`Builder::is_recap`]).
    recap: bool,
    depth_warned: bool,
    /// Disclaimers that took paragraphs, for `finish` to name their language.
    extended_disclaimers: Vec<usize>,
    /// Under a `Contents` heading: the numbered lines list the items, they
    /// open no section (until a line of another kind).
    in_contents: bool,
    /// The rank of day headers, set by the first ([`Builder::day_rank`]).
    day_rank: Option<u32>,
    /// The last logical line that may head an item (numbered or `#`, not
    /// indented): what comes after it is the document's closing parts.
    last_item: Option<usize>,
    /// The rank of the closing parts, once one is open: a bare heading
    /// after it is another (`Next steps`, then `Meeting documents`).
    closing_rank: Option<u32>,
    /// The level and rank of the `#` day headers, once one is open.
    atx_day: Option<(u8, u32)>,
}

/// Builds the tree.
pub fn build(src: &str, lines: &[LexLine], logicals: &[Logical], max_depth: usize) -> Built {
    let atx = logicals
        .iter()
        .filter(|l| matches!(lines[l.first].kind, Kind::AtxHeading(_)))
        .count();
    let mut b = Builder {
        src,
        lines,
        logicals,
        max_depth: max_depth.clamp(1, crate::MAX_DEPTH_LIMIT),
        out: Built::default(),
        stack: Vec::new(),
        lists: Vec::new(),
        in_actions: false,
        actions_list_seen: false,
        in_disclaimer: None,
        markdown_headings: atx >= 3,
        depth_warned: false,
        extended_disclaimers: Vec::new(),
        in_contents: false,
        day_rank: None,
        recap: false,
        closing_rank: None,
        atx_day: None,
        // (Not a list's: `…as follows:` / `1. …` / `2. …`.)
        last_item: (0..logicals.len()).rev().find(|&k| {
            let first = &lines[logicals[k].first];
            let after = |j: usize| {
                let prev = &lines[logicals[j].last()];
                matches!(lines[logicals[j].first].kind, Kind::Numbered(_))
                    || src[prev.content().0..prev.content().1]
                        .trim_end()
                        .ends_with([':', '：'])
            };
            match first.kind {
                Kind::AtxHeading(_) => true,
                Kind::Numbered(_) => first.indent() <= 3 && !(k > 0 && after(k - 1)),
                _ => false,
            }
        }),
    };
    b.recap = b.is_recap();
    let body_start = b.title_block();
    for i in 0..body_start {
        b.jumped_footnotes(i);
    }
    for i in body_start..logicals.len() {
        b.logical(i);
    }
    b.flush_lists();
    while !b.stack.is_empty() {
        b.close_top();
    }
    b.finish()
}

impl Builder<'_> {
    fn first(&self, i: usize) -> &LexLine {
        &self.lines[self.logicals[i].first]
    }

    fn kind(&self, i: usize) -> Kind {
        self.first(i).kind
    }

    /// Content span of a logical line: after the marker of its first line to
    /// the end of its last line.
    fn content(&self, i: usize) -> Span {
        let l = self.logicals[i];
        let end = self.lines[l.last()].content().1;
        let (mut start, first_end) = self.lines[l.first].content();
        // `Agenda item 3` with its title on the next line: the content is
        // that line's.
        if start == first_end {
            if let Some(next) =
                (l.first + 1..=l.last()).find(|&k| !reflow::jumped(self.lines, l, k))
            {
                start = self.lines[next].content().0;
            }
        }
        Span::new(start, end.max(start))
    }

    /// The whole logical line, marker included.
    fn whole(&self, i: usize) -> Span {
        let l = self.logicals[i];
        let first = &self.lines[l.first];
        let start = first
            .marker()
            .map_or(first.content().0, |m| m.0)
            .min(first.content().0);
        Span::new(
            start,
            self.lines[l.last()].content().1.max(first.content().1),
        )
    }

    /// The inlines of `span` within logical line `i`, page numbers and
    /// running headers that reflow jumped over left out.
    fn inlines_of(&self, i: usize, span: Span) -> Vec<Inline> {
        let l = self.logicals[i];
        let mut out = Vec::new();
        let mut from = span.start;
        for (k, line) in self
            .lines
            .iter()
            .enumerate()
            .take(l.last() + 1)
            .skip(l.first)
        {
            if reflow::jumped(self.lines, l, k)
                && line.line().start >= from
                && line.line().end <= span.end
            {
                out.extend(inline::parse(self.src, from, line.line().start));
                from = line.line().end;
            }
        }
        let last = inline::parse(self.src, from, span.end.max(from));
        // Without a page break inside (nearly always), the one run as parsed.
        if out.is_empty() {
            return last;
        }
        out.extend(last);
        out.shrink_to_fit();
        out
    }

    fn text(&self, span: Span) -> &str {
        &self.src[span.start..span.end]
    }

    fn is_single(&self, i: usize) -> bool {
        self.logicals[i].first == self.logicals[i].last()
    }

    // ----- the title block -------------------------------------------------

    /// Takes the title block; returns the index of the first body line.
    fn title_block(&mut self) -> usize {
        const MAX_TITLE_LINES: usize = 8;
        let mut taken: Vec<usize> = Vec::new();
        // Cover lines that are no title lines (kept as paragraphs, in place).
        let mut passed: Vec<usize> = Vec::new();
        let mut saw_plain = false;
        let mut i = 0;
        let mut end_rule = None;
        // A Markdown note's front matter is all title block, a field a
        // line; with a `title:` field, all of it. Without one, the title
        // block goes on after it (`# Weekly sync`).
        while i < self.logicals.len() && self.kind(i) == Kind::FrontMatter {
            taken.push(i);
            i += 1;
        }
        let front_matter = taken.len();
        let titled = taken.iter().any(|&t| self.is_title_field(t));
        while !titled
            && i < self.logicals.len()
            && (taken.len() - front_matter < MAX_TITLE_LINES || self.report_dates(i, &taken))
        {
            // `F` alone atop a UN document: the language it is issued in,
            // no title.
            let code = |t: &str| t.len() == 1 && t.bytes().all(|b| b.is_ascii_uppercase());
            // (Nor a reStructuredText comment, `.. -*- coding: utf-8 -*-`.)
            let comment = |t: &str| t.starts_with(".. ") && !t.contains("::");
            // (Nor is `Point 6 de l'ordre du jour` alone in the cover, the
            // item it is issued under: the title block goes on.)
            let item_of_issue = matches!(self.kind(i), Kind::Numbered(_))
                && self.text(self.content(i)).is_empty()
                && !self.is_title_below(i);
            let text = chars::trim(self.text(self.content(i)));
            // (Nor are `Distr.: General`, its date of issue under it,
            // `Chinese`, `Original: English`: how the document is issued.)
            let cover_field = match self.kind(i) {
                Kind::Text => lexicon::is_cover_field(text),
                // (`Conseil économique et social   Distr. limitée` / `6 mars
                // 2026`: the columns run together.)
                Kind::DateLine => {
                    i > 0 && {
                        let above = self.text(self.content(i - 1));
                        chars::trim(above).starts_with("Distr.") || above.contains("   Distr.")
                    }
                }
                _ => false,
            };
            if item_of_issue
                || cover_field
                || (taken.is_empty() && self.kind(i) == Kind::Text && (code(text) || comment(text)))
            {
                passed.push(i);
                i += 1;
                continue;
            }
            match self.kind(i) {
                Kind::Rule => {
                    if !taken.is_empty() {
                        end_rule = Some(i);
                        break;
                    }
                    self.out.blocks.push(Block::Rule {
                        span: self.whole(i),
                    });
                }
                // (After `#+TITLE: …`, the first heading is the body's.)
                Kind::AtxHeading(_) if taken.iter().any(|&t| self.is_title_field(t)) => break,
                Kind::AtxHeading(_) if !saw_plain => taken.push(i),
                // `LC/MTG.2024/31` / `Distribución: limitada` / `# Informe…`:
                // the one `#` heading of a document, under its cover lines,
                // is its title.
                Kind::AtxHeading(1) if self.sole_top_heading(i) => taken.push(i),
                // `Report of the annual session 2025` / `(9 to 12 June 2025)`:
                // the dates of the session reported, in the title block.
                Kind::DateLine if self.report_dates(i, &taken) => taken.push(i),
                // A date line after the meeting's date, or one of several, is a day header.
                Kind::DateLine
                    if taken.iter().any(|&t| self.has_date(t)) || self.date_lines_after(i) > 0 =>
                {
                    break;
                }
                Kind::Text if self.inline_disclaimer(i) => {}
                // A contents list opens the body; so do a recap's notes.
                Kind::Text if lexicon::is_contents_heading(self.text(self.content(i))) => break,
                Kind::Text if !taken.is_empty() && self.is_notes_part(i) => break,
                Kind::Text | Kind::DateLine => {
                    let text = self.text(self.content(i));
                    // Prose (a sentence in it) ends the title block, even after a label.
                    let meta_like = (!date::find_dates(text).is_empty()
                        || text.contains('|')
                        || lexicon::is_meta_line(text))
                        && !chars::has_inner_sentence_end(text);
                    // A wrapped title block may have run its lines together:
                    // still no prose (no sentence inside), and not too long.
                    // So may a long line that names the meeting.
                    let title_like = heading_like(text)
                        || ((!self.is_single(i) || lexicon::names_meeting(text))
                            && !chars::has_inner_sentence_end(text)
                            && !chars::ends_sentence(text));
                    let fits = if title_like {
                        chars::fits_width(text, 3 * reflow::HEADING_MAX_WIDTH)
                    } else {
                        chars::fits_width(text, reflow::HEADING_MAX_WIDTH + 40)
                    };
                    if !(title_like || meta_like) || !fits {
                        break;
                    }
                    // After `Label: value` lines, a bare line opens the body.
                    let labelled = |t: usize| lexicon::is_meta_line(self.text(self.content(t)));
                    if !meta_like && taken.iter().any(|&t| labelled(t)) {
                        break;
                    }
                    saw_plain = true;
                    taken.push(i);
                }
                _ => break,
            }
            i += 1;
        }
        // Without a closing rule, a second `#` heading opens the body
        // (`# Title` / `## First item`); only a ruled-off block is all title.
        if end_rule.is_none() {
            let atx: Vec<usize> = taken
                .iter()
                .copied()
                .filter(|&t| matches!(self.kind(t), Kind::AtxHeading(_)))
                .collect();
            // …unless title lines follow it (`## Subtitle` then the date line).
            let plain_after = |second: usize| {
                taken
                    .iter()
                    .any(|&t| t > second && !matches!(self.kind(t), Kind::AtxHeading(_)))
            };
            if let Some(&second) = atx.get(1).filter(|&&second| !plain_after(second)) {
                taken.retain(|&t| t < second);
                i = second;
            }
        }
        // A last line that introduces a list is that list's heading.
        if end_rule.is_none()
            && i < self.logicals.len()
            && matches!(self.kind(i), Kind::Bullet | Kind::Arrow)
        {
            if let Some(last) = taken.pop() {
                i = last;
            }
        }
        // (Without a title line, the lines passed are the body's, and so
        // are those from the one a list's heading gave back.)
        if taken.is_empty() {
            return passed.first().map_or(i, |&p| p.min(i));
        }
        // (So is a cover line passed after the last title line.)
        let last_taken = taken[taken.len() - 1];
        if let Some(&first_after) = passed.iter().find(|&&p| p > last_taken) {
            i = i.min(first_after);
            passed.retain(|&p| p < last_taken);
        }
        let title_at = self.pick_title(&taken);
        let mut cover: Vec<usize> = taken.iter().chain(&passed).copied().collect();
        cover.sort_unstable();
        for t in cover {
            if !taken.contains(&t) {
                let span = self.whole(t);
                let inlines = self.inlines_of(t, span);
                self.out.blocks.push(Block::Paragraph { inlines, span });
                continue;
            }
            let span = self.content(t);
            let inlines = self.inlines_of(t, span);
            let text = inline::source_plain(self.src, &inlines).into_owned();
            self.out.title_lines.push(text.clone());
            if t == title_at {
                self.out.title_at = Some(self.out.title_lines.len() - 1);
                let (text, mut span) = self.title_text(text, span);
                // The title node comes from its whole line, `#` marker included.
                span.start = self.whole(t).start;
                self.out.title = Some(Title { text, span });
                // The marker (`#`) is markup; the rest of the line, if any,
                // stays reachable through a paragraph.
                if let Some(rest) = self.title_rest(t, span) {
                    self.out.blocks.push(rest);
                }
            } else if self.is_front_matter_fence(t) {
                self.out.blocks.push(Block::Rule {
                    span: self.whole(t),
                });
            } else {
                self.out.blocks.push(Block::Paragraph {
                    inlines,
                    span: self.whole(t),
                });
            }
        }
        if let Some(r) = end_rule {
            self.out.blocks.push(Block::Rule {
                span: self.whole(r),
            });
            i = r + 1;
        }
        i
    }

    /// Whether line `i` is quoted (`> Moussa Diallo`): an earlier message's
    /// line in a reply, or a Markdown quote.
    fn is_quoted(&self, i: usize) -> bool {
        let line = self.lines[self.logicals[i].first].line();
        self.src[line.start..line.end].trim_start().starts_with('>')
    }

    /// Whether line `i` opens or closes a front matter (`---`, `...`).
    fn is_front_matter_fence(&self, i: usize) -> bool {
        self.kind(i) == Kind::FrontMatter && matches!(self.text(self.content(i)), "---" | "...")
    }

    /// Whether numbered line `i` has no title of its own but the line under
    /// it (`Agenda item 3` / `Adoption of the agenda`).
    fn is_title_below(&self, i: usize) -> bool {
        let l = self.logicals[i];
        l.last() > l.first
    }

    /// Whether `#` heading `i` is the only one of its level.
    fn sole_top_heading(&self, i: usize) -> bool {
        crate::work::add(self.logicals.len());
        (0..self.logicals.len()).all(|j| j == i || self.kind(j) != Kind::AtxHeading(1))
    }

    /// Whether line `i` gives the dates (and place) of the session that
    /// the report on the line before is of: `(9 to 12 June 2025)`,
    /// `**Алматы (Казахстан), 21–23 мая 2024 года**`.
    fn report_dates(&self, i: usize, taken: &[usize]) -> bool {
        let dated = match self.kind(i) {
            Kind::DateLine => true,
            Kind::Text => heading_like(self.text(self.content(i))) && self.has_date(i),
            _ => false,
        };
        dated
            && taken
                .last()
                .is_some_and(|&t| t + 1 == i && lexicon::opens_report(self.text(self.content(t))))
    }

    fn has_date(&self, i: usize) -> bool {
        !date::find_dates(self.text(self.content(i))).is_empty()
    }

    fn date_lines_after(&self, i: usize) -> usize {
        crate::work::add(self.logicals.len().saturating_sub(i));
        (i + 1..self.logicals.len())
            .filter(|&j| self.kind(j) == Kind::DateLine)
            .count()
    }

    /// The title line: the first `#` heading, else the first line naming a
    /// meeting, else the first line.
    /// `#+TITLE: …` (Org-mode), `title: …` (a YAML front matter): a line
    /// that says it is the title.
    fn is_title_field(&self, t: usize) -> bool {
        let text = self.text(self.content(t)).trim_start_matches("#+");
        text.get(..6)
            .is_some_and(|h| h.eq_ignore_ascii_case("title:"))
    }

    fn pick_title(&self, taken: &[usize]) -> usize {
        if let Some(&t) = taken.iter().find(|&&t| self.is_title_field(t)) {
            return t;
        }
        if let Some(&t) = taken
            .iter()
            .find(|&&t| matches!(self.kind(t), Kind::AtxHeading(_)))
        {
            return t;
        }
        // `United Nations      E/CN.6/2026/BUR/3` / `Economic and Social
        // Council      Distr.: Restricted`: a cover's two columns, run
        // together, name the organs, not the meeting.
        let columns = |t: usize| {
            (self.text(self.content(t)).lines()).any(|l| chars::trim(l).contains("        "))
        };
        // `Espaces / UNCT Madagascar / Pages / Réunions UNCT`, `首页 / 活动 /
        // …`: a web page's breadcrumb trail names where it is filed.
        let trail = |t: usize| {
            let text = self.text(self.content(t));
            text.matches(" / ").count() + text.matches(" › ").count() + text.matches(" > ").count()
                >= 2
        };
        // (Not `地点：…第一会议室`, `Venue: Meeting room 3`: a field.)
        let meeting = |t: &usize| {
            lexicon::names_meeting(self.text(self.content(*t)))
                && !lexicon::is_meta_line(self.text(self.content(*t)))
                && self.kind(*t) != Kind::DateLine
                && !columns(*t)
                && !trail(*t)
        };
        let report = |t: &usize| lexicon::opens_report(self.text(self.content(*t)));
        // (`Tab 1`: the tab a Google Docs export names first.)
        let tab = |t: usize| {
            chars::trim(self.text(self.content(t)))
                .strip_prefix("Tab ")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        (taken.iter().copied())
            .find(|t| meeting(t) && report(t))
            .or_else(|| taken.iter().copied().find(meeting))
            .or_else(|| taken.iter().copied().find(|&t| !trail(t) && !tab(t)))
            .unwrap_or(taken[0])
    }

    /// A title line that also carries the date (`Title 2024.08.20 | 11:00`)
    /// keeps only the words before the date.
    fn title_text(&self, text: String, span: Span) -> (String, Span) {
        // `title: IAWG … notes` (a YAML front matter's, a wiki's field): the
        // label is no part of the title, though its span keeps it.
        const LABELS: [&str; 7] = [
            "title",
            "titre",
            "título",
            "titulo",
            "название",
            "标题",
            "العنوان",
        ];
        // (`#+TITLE: …`: Org-mode's.)
        let field = text.split_once([':', '：']).filter(|(label, value)| {
            LABELS.contains(&chars::to_lower(chars::trim(label).trim_start_matches("#+")).as_str())
                && !chars::trim(value).is_empty()
        });
        if let Some((_, value)) = field {
            return (chars::trim(value).to_string(), span);
        }
        let raw = self.text(span);
        // Only a meta tail (`… 2024.08.20 | 11:00 UTC`) is cut; a date inside
        // the title's words (`会议（4月14日至16日）`) stays.
        let cut = date::find_dates(raw)
            .first()
            .map(|d| d.start)
            .filter(|&s| s > 0 && (raw[s..].contains('|') || date::find_time(&raw[s..]).is_some()));
        match cut {
            Some(at) if !chars::trim(&raw[..at]).is_empty() => {
                let head = chars::trim(&raw[..at]);
                let start = span.start + chars::leading_space(raw);
                let inlines = inline::parse(self.src, start, start + head.len());
                (
                    inline::source_plain(self.src, &inlines).into_owned(),
                    Span::new(start, start + head.len()),
                )
            }
            _ => (text, span),
        }
    }

    /// What is left of the title line after the title: returned as a
    /// paragraph so that no character is lost.
    fn title_rest(&self, t: usize, title: Span) -> Option<Block> {
        let whole = self.whole(t);
        if title.end >= whole.end {
            return None;
        }
        let start = title.end + chars::leading_space(&self.src[title.end..whole.end]);
        let inlines = self.inlines_of(t, Span::new(start, whole.end));
        (!inlines.is_empty()).then(|| Block::Paragraph {
            inlines,
            span: Span::new(start, whole.end),
        })
    }

    // ----- the body ---------------------------------------------------------

    fn logical(&mut self, i: usize) {
        crate::work::add(1);
        self.jumped_footnotes(i);
        let kind = self.kind(i);
        let content = self.content(i);
        let text = self.text(content).to_string();
        let in_contents = std::mem::take(&mut self.in_contents);
        // A disclaimer keeps collecting its paragraphs.
        if let Some(d) = self.in_disclaimer {
            if kind == Kind::Text && !self.is_bare_heading(i) {
                self.extend_disclaimer(d, i);
                return;
            }
            self.in_disclaimer = None;
        }
        match kind {
            // Reflow never starts a logical line on these.
            Kind::Blank | Kind::PageNumber | Kind::RunningHeader => {}
            Kind::Rule => {
                self.flush_lists();
                let span = self.whole(i);
                self.push_block(Block::Rule { span });
            }
            Kind::AtxHeading(level) => {
                let number = self.first(i).content();
                let numbered = crate::lex::numbered(self.text(Span::new(number.0, number.1)));
                let (kind, num, title) = match numbered {
                    Some((_, len, range)) => {
                        let n = Span::new(content.start + range.0, content.start + range.1);
                        let t = Span::new(content.start + len, content.end);
                        let t = Span::new(t.start + chars::leading_space(self.text(t)), t.end);
                        (SectionKind::AgendaItem, Some(self.number_text(n)), t)
                    }
                    None => (SectionKind::Heading, None, content),
                };
                let date = date::date_line(&text).and_then(|d| d.iso(None));
                // (`## Day 2 – …` then `## Annex`: a heading of a day's level
                // is the days' sibling.)
                let (kind, rank) = match self.atx_day {
                    _ if date.is_some() => {
                        let rank = self.day_rank();
                        self.atx_day = Some((level, rank));
                        (SectionKind::Day, rank)
                    }
                    Some((day_level, rank)) if level == day_level => (kind, rank),
                    _ => (kind, RANK_ATX + 10 * u32::from(level)),
                };
                self.open_section(i, rank, kind, num, title, date);
            }
            // `(10 y 11 de febrero de 2026)`: dates in brackets say when,
            // they head no day; nor does a range of days (`2025年2月19日至21日`).
            // (Nor does a date set far to the right, under a text: the day a
            // decision was adopted, `                    6 June 2025`.)
            Kind::DateLine
                if text.trim_start_matches('\\').starts_with(['(', '（'])
                    || date::date_line(&text).is_some_and(|d| d.until.is_some())
                    || self.first(i).indent() >= 40 =>
            {
                self.flush_lists();
                let inlines = self.inlines_of(i, content);
                self.push_block(Block::Paragraph {
                    inlines,
                    span: self.whole(i),
                });
            }
            Kind::DateLine => {
                let date = date::date_line(&text).and_then(|d| d.iso(None));
                let rank = self.day_rank();
                self.open_section(i, rank, SectionKind::Day, None, content, date);
            }
            Kind::Numbered(style) => {
                self.in_contents = in_contents;
                if !in_contents && !is_contents_entry(&text) && self.numbered_is_heading(i) {
                    let n = self
                        .first(i)
                        .number()
                        .map(|(a, b)| self.number_text(Span::new(a, b)));
                    let paren = self.text(self.whole(i)).starts_with(['(', '（']);
                    self.open_section(
                        i,
                        rank_of_number(style, paren),
                        SectionKind::AgendaItem,
                        n,
                        content,
                        None,
                    );
                } else {
                    let role = self.in_actions.then_some(Role::Action);
                    self.list_item(i, true, role);
                }
            }
            Kind::Bullet => {
                if self.bold_bullet_is_heading(i) {
                    let inner = self.strip_strong(content);
                    self.open_section_at(
                        RANK_BOLD_BULLET,
                        SectionKind::Heading,
                        None,
                        inner,
                        None,
                        self.whole(i),
                    );
                } else {
                    // Under an action header, or a task-list box: a to-do
                    // (a ticked box was done).
                    let marker = self.first(i).marker().map(|(a, b)| &self.src[a..b]);
                    let task = marker.is_some_and(crate::lex::is_task_marker);
                    let done = marker.is_some_and(crate::lex::is_done_marker);
                    let role = ((self.in_actions && !done) || task).then_some(Role::Action);
                    self.list_item(i, false, role);
                }
            }
            Kind::Arrow | Kind::ActionPrefix => self.list_item(i, false, Some(Role::Action)),
            Kind::ActionHeader => {
                // `NEXT STEPS` in capitals between blank lines, no colon: a
                // slide's or a page's title as well (its items are actions).
                let title = chars::trim(&text);
                // (Set apart by a blank line, or by bold: Slack's `*Action
                // items*` over its items.)
                let bold = self.is_bold_only(self.whole(i));
                let unlabelled = !title.trim_end_matches(['*', '_']).ends_with([':', '：'])
                    && (self.logicals[i].blank_before > 0 || bold);
                // `Follow-up tasks` alone on its line after a recap's notes:
                // the recap's other part.
                // (Its tasks may follow at once in a recap.)
                let alone =
                    self.recap || self.logicals.get(i + 1).is_some_and(|n| n.blank_before > 0);
                if unlabelled && alone && self.stack.iter().any(|o| o.rank == RANK_PART) {
                    let inner = self.strip_strong(content);
                    self.open_section(i, RANK_PART, SectionKind::Heading, None, inner, None);
                } else if unlabelled
                    && (chars::is_all_caps(title) || bold)
                    && self
                        .logicals
                        .get(i + 1)
                        .is_some_and(|n| n.blank_before == 0)
                {
                    let inner = self.strip_strong(content);
                    self.bare_heading(i, inner);
                } else if unlabelled && alone && self.last_item.is_none_or(|last| i > last) {
                    // `Поручения` / `**Actions à mener**` / `Next steps` with
                    // its rule, alone after the last item: the document's
                    // closing part, beside the items.
                    let rank = self.stack.first().map_or(RANK_BARE, |o| o.rank);
                    let inner = self.strip_strong(content);
                    self.open_section(i, rank, SectionKind::Heading, None, inner, None);
                    self.closing_rank = Some(rank);
                } else {
                    self.flush_lists();
                    let span = self.whole(i);
                    let inlines = self.inlines_of(i, span);
                    self.push_block(Block::Paragraph { inlines, span });
                }
                self.in_actions = true;
                self.actions_list_seen = false;
            }
            Kind::DisclaimerHeading => {
                self.flush_lists();
                self.in_actions = false;
                let lang =
                    lexicon::disclaimer_heading(self.text(self.whole(i)).trim_start_matches('#'))
                        .map(str::to_string);
                self.out.disclaimers.push(Disclaimer {
                    lang,
                    text: String::new(),
                    span: self.whole(i),
                });
                self.in_disclaimer = Some(self.out.disclaimers.len() - 1);
            }
            Kind::FootnoteDef => {
                let inlines = self.inlines_of(i, content);
                self.push_footnote(*self.first(i), &inlines, self.whole(i));
            }
            Kind::TableRow | Kind::TableRule => self.table(i),
            // (The title block takes a front matter's fields; these are the
            // ones after its `title:`.)
            Kind::FrontMatter if self.is_front_matter_fence(i) => {
                self.flush_lists();
                let span = self.whole(i);
                self.push_block(Block::Rule { span });
            }
            Kind::FrontMatter => {
                self.flush_lists();
                let inlines = self.inlines_of(i, content);
                self.push_block(Block::Paragraph {
                    inlines,
                    span: self.whole(i),
                });
            }
            Kind::Text => {
                let entry_next = i + 1 < self.logicals.len()
                    && is_contents_entry(self.text(self.content(i + 1)));
                // A contents list goes on over its unnumbered lines (`UNDP
                // segment`, `Chapter   Page`) up to its last entry.
                // (`Contents` may stand over a `Chapter   Page` line.)
                let entry_after = |k: usize| {
                    i + k < self.logicals.len() && is_contents_entry(self.text(self.content(i + k)))
                };
                self.in_contents = (in_contents && entry_next)
                    || (i + 1 < self.logicals.len()
                        && (matches!(self.kind(i + 1), Kind::Numbered(_))
                            || entry_next
                            || entry_after(2))
                        && lexicon::is_contents_heading(&text));
                let entry = is_contents_entry(&text) || (in_contents && entry_next);
                // (A recap's lines before its first part are the tool's:
                // `Recording · Transcript · Shared files (5)`, no heading.)
                let before_parts = self.recap && self.stack.is_empty();
                if self.is_notes_part(i) {
                    let inner = self.strip_strong(content);
                    self.open_section(i, RANK_PART, SectionKind::Heading, None, inner, None);
                } else if !entry && !before_parts && self.is_bare_heading(i) {
                    let inner = self.strip_strong(content);
                    self.bare_heading(i, inner);
                } else if self.inline_disclaimer(i) {
                    self.in_actions = false;
                    self.flush_lists();
                } else if self.in_actions && !self.actions_list_seen && self.ends_actions(i) {
                    // `Prochaines étapes` / sentences / `Documents de la
                    // réunion`: a heading after the action sentences (a
                    // web page's lists lose their bullets when pasted).
                    let inner = self.strip_strong(content);
                    self.bare_heading(i, inner);
                } else if self.in_actions
                    && !self.actions_list_seen
                    && chars::trim(&text).ends_with([':', '：'])
                {
                    // `The co-facilitators summarized the way forward as
                    // follows:`: the sentence that opens the tasks is none.
                    self.flush_lists();
                    let inlines = self.inlines_of(i, content);
                    self.push_block(Block::Paragraph {
                        inlines,
                        span: self.whole(i),
                    });
                } else if self.in_actions && !self.actions_list_seen {
                    // A paragraph right under an action header is an action.
                    self.list_item(i, false, Some(Role::Action));
                    self.actions_list_seen = false;
                } else {
                    self.in_actions = false;
                    self.flush_lists();
                    let inlines = self.inlines_of(i, content);
                    self.push_block(Block::Paragraph {
                        inlines,
                        span: self.whole(i),
                    });
                }
            }
        }
    }

    /// Records a footnote: its label from `line`'s marker, its text from
    /// `inlines`.
    fn push_footnote(&mut self, line: LexLine, inlines: &[Inline], span: Span) {
        let label = (line.number())
            .map(|(a, b)| self.src[a..b].to_string())
            .unwrap_or_default();
        let text = inline::source_plain(self.src, inlines).into_owned();
        // `[^1]: This document has not been formally edited.`: a notice
        // in a footnote is a disclaimer too.
        if let Some((lang, at)) = lexicon::disclaimer_lead(&text) {
            self.out.disclaimers.push(Disclaimer {
                lang: Some(lang.to_string()),
                text: text[at..].to_string(),
                span,
            });
        }
        self.out.footnotes.push(Footnote { label, text, span });
    }

    /// Records the footnotes that logical line `i` jumped over at a page
    /// break (its text goes on after them).
    fn jumped_footnotes(&mut self, i: usize) {
        let l = self.logicals[i];
        for k in l.first + 1..=l.last() {
            let line = self.lines[k];
            if line.kind == Kind::FootnoteDef {
                let (a, b) = line.content();
                let inlines = inline::parse(self.src, a, b);
                let start = line.marker().map_or(a, |m| m.0);
                self.push_footnote(line, &inlines, Span::new(start, b));
            }
        }
    }

    /// Opens the section of a bare heading line; a number inside bold or
    /// italics (`**Item 2: Budget**`, `*(a) Figures*`) makes it an agenda
    /// item like the unmarked numbered lines.
    fn bare_heading(&mut self, i: usize, inner: Span) {
        let marked = inner != self.content(i);
        match crate::lex::numbered(self.text(inner)).filter(|_| marked) {
            Some((style, len, (a, b))) => {
                let number = self.number_text(Span::new(inner.start + a, inner.start + b));
                let after = inner.start + len;
                let title = Span::new(
                    after + chars::leading_space(&self.src[after..inner.end]),
                    inner.end,
                );
                let paren = self.text(inner).starts_with(['(', '（']);
                let rank = rank_of_number(style, paren);
                self.open_section(i, rank, SectionKind::AgendaItem, Some(number), title, None);
            }
            None => match crate::lex::bare_number(self.text(inner)) {
                // `1 Opening of the meeting`: an item numbered like `1.`.
                Some((digits, title_at)) => {
                    let number = self.number_text(Span::new(inner.start, inner.start + digits));
                    let title = Span::new(inner.start + title_at, inner.end);
                    let rank = rank_of_number(NumStyle::Arabic, false);
                    self.open_section(i, rank, SectionKind::AgendaItem, Some(number), title, None);
                }
                // (After a closing part, another; not in a quoted message,
                // which is an earlier one's.)
                // (`القرارات`, `Decisions` after the last numbered item: the
                // first.)
                None => {
                    let decisions = || {
                        self.last_item.is_some_and(|last| i > last)
                            && lexicon::is_decision_heading(self.text(inner))
                    };
                    let rank = match self.closing_rank {
                        Some(rank) if !self.is_quoted(i) => rank,
                        None if decisions() => {
                            let rank = self.stack.first().map_or(RANK_BARE, |o| o.rank);
                            self.closing_rank = Some(rank);
                            rank
                        }
                        _ => RANK_BARE,
                    };
                    self.open_section(i, rank, SectionKind::Heading, None, inner, None)
                }
            },
        }
    }

    /// Records logical line `i` as a disclaimer when its lead says so
    /// (`Disclaimer: …`, `The views expressed in this …`); the language is
    /// that of its text.
    fn inline_disclaimer(&mut self, i: usize) -> bool {
        let content = self.content(i);
        let Some((lang, at)) = lexicon::disclaimer_lead(self.text(content)) else {
            return false;
        };
        let inlines = self.inlines_of(i, Span::new(content.start + at, content.end));
        let text = inline::source_plain(self.src, &inlines);
        // The text's script decides (`Disclaimer: 本译文…` is Chinese); among
        // Latin-script languages the heading's own language is the surer sign.
        let latin = crate::analyze::script_is_latin;
        let lang = match crate::analyze::script_lang(&text) {
            Some(found) if !(latin(found) && latin(lang)) => found,
            _ => lang,
        };
        self.out.disclaimers.push(Disclaimer {
            lang: Some(lang.to_string()),
            text: text.into_owned(),
            span: self.whole(i),
        });
        true
    }

    /// The number as written, full-width digits folded.
    fn number_text(&self, span: Span) -> String {
        self.text(span).chars().map(chars::fold).collect()
    }

    /// `**x**` alone → the span of `x`.
    /// The span inside `**…**`, `__…__`, `*…*` or `_…_` when the markup
    /// wraps the whole line (a line set in bold or italics reads as a
    /// heading); else `span`.
    fn strip_strong(&self, span: Span) -> Span {
        let t = self.text(span);
        for d in ["**", "__", "*", "_"] {
            let n = d.len();
            if t.len() > 2 * n
                && t.starts_with(d)
                && t.ends_with(d)
                && !t[n..t.len() - n].contains(d)
                && !t[n..].starts_with(['*', '_'])
            {
                let inner = &t[n..t.len() - n];
                let lead = chars::leading_space(inner);
                return Span::new(
                    span.start + n + lead,
                    span.start + n + lead + chars::trim(inner).len(),
                );
            }
        }
        span
    }

    fn is_bold_only(&self, span: Span) -> bool {
        self.strip_strong(span) != span
    }

    /// The text of the previous non-blank logical line ends with a colon.
    fn after_colon(&self, i: usize) -> bool {
        i > 0 && {
            let prev = self.text(self.content(i - 1));
            chars::trim(prev)
                .trim_end_matches(chars::is_closer)
                .ends_with([':', '：'])
        }
    }

    /// A numbered line opens an agenda item when it reads like a heading,
    /// does not follow a colon, and is not part of a run of numbered lines.
    fn numbered_is_heading(&self, i: usize) -> bool {
        let first = self.first(i);
        // (`    一、关于…`: Chinese indents its headings as its paragraphs.)
        let cjk = matches!(first.kind, Kind::Numbered(NumStyle::CjkNumeral)) && first.indent() <= 8;
        // (Nor does a label alone with its title under it, however indented:
        // `           2025/10` / `           Reports of the Ethics Offices…`.)
        let label_alone = first.content().0 == first.content().1;
        if first.indent() > 3
            && !cjk
            && !label_alone
            && !self.indented_chapter(i)
            && !self.sub_number(i)
        {
            return false;
        }
        // (Its lines joined: the white space a line ends with counts for
        // nothing, `Point 16 … et des  ` / `communications…`.)
        let joined = reflow::joined(self.text(self.content(i)));
        let text = without_year_dot(&joined);
        let Kind::Numbered(style) = first.kind else {
            return false;
        };
        // A chapter's title (`VI.   Interactive dialogue with the … and
        // annual report of the` / `Executive Director`) may wrap to twice a
        // heading's width, still no sentence.
        // So may the title under `Agenda item 4`.
        let (a, b) = first.content();
        // (So may the next item of the agenda: `4. Об участии делегации … в
        // 20-м ежегодном Форуме` / `(IGF 2025, Лиллестрём, … 2025 г.)`.)
        let chapter = || {
            chars::fits_width(chars::trim(text), 2 * reflow::HEADING_MAX_WIDTH)
                && !chars::ends_sentence(chars::trim(text))
                && !chars::has_inner_sentence_end(text)
                && (style == NumStyle::Roman || a == b || self.continues_agenda(i, style))
        };
        // (`Point 6 de l'ordre du jour` alone in a cover, no title under
        // it: the item the document is issued under, no heading.)
        if chars::trim(text).is_empty() {
            return false;
        }
        // (`现纪要如下：` / `一、关于…` / `（一）…`: after a colon, a Chinese
        // numeral over anything but its next sibling heads the body.)
        let closer = |j: usize| {
            let l = self.first(j);
            l.marker()
                .and_then(|(a, b)| self.src[a..b].trim_end().chars().next_back())
        };
        let sibling_next = || {
            i + 1 < self.logicals.len()
                && self.kind(i + 1) == Kind::Numbered(NumStyle::CjkNumeral)
                && closer(i + 1) == closer(i)
        };
        // (`Повестка дня:` / `1. О ходе…` … `4. Разное.`, then `1. О ходе…`
        // again after them: the agenda's first item, opened.)
        if self.logicals[i].blank_before > 0 && self.repeats_list_item(i, text) {
            return true;
        }
        let listed = self.after_colon(i) && (style != NumStyle::CjkNumeral || sibling_next());
        if !(heading_like(text) || chapter()) || listed {
            return false;
        }
        // Same style, same brackets, same closer: `1.` `2.` are a run; `一、`
        // then `（一）` are an item and its sub-item.
        let shape = |j: usize| {
            let l = self.first(j);
            let marker = l.marker().map_or("", |(a, b)| &self.src[a..b]);
            (
                l.kind,
                l.indent(),
                marker.starts_with(['(', '（']),
                marker.chars().next_back(),
            )
        };
        let same = |j: usize| shape(j) == shape(i) && self.kind(j) == Kind::Numbered(style);
        let tight_before = i > 0 && self.logicals[i].blank_before == 0 && same(i - 1);
        let tight_after =
            i + 1 < self.logicals.len() && self.logicals[i + 1].blank_before == 0 && same(i + 1);
        if tight_before || tight_after {
            return self.opens_sub_items(style);
        }
        // The next number of an open numbered list continues it…
        // …unless its own sub-numbers follow: `РЕШИЛИ: 1. Утвердить…` /
        // `2. Ход реализации…` / `2.1. Присоединение…` (an item, its
        // sub-item).
        if (self.continues_ordered_list(i) || self.continues_labelled_list(i))
            && !self.heads_own_sub_numbers(i)
        {
            return false;
        }
        // A numbered line must be followed by something it heads, unless it
        // is the next item of the agenda (`5. Closing` at the very end).
        i + 1 < self.logicals.len() || self.continues_agenda(i, style)
    }

    /// Whether numbered line `i` (its text `text`) repeats, marker and
    /// words, an item of a numbered list still open above it.
    fn repeats_list_item(&self, i: usize, text: &str) -> bool {
        let marker = self
            .first(i)
            .marker()
            .map(|(a, b)| self.src[a..b].trim_end());
        fn words(t: &str) -> Vec<&str> {
            chars::trim(t)
                .trim_end_matches('.')
                .split_whitespace()
                .collect()
        }
        // (An agenda is short: a long list is no agenda, and is not looked
        // through at every numbered line.)
        const MAX_AGENDA: usize = 40;
        // (The words only once a marker is the same: most lines repeat none.)
        let own = std::cell::OnceCell::new();
        (self.lists.iter())
            .filter(|l| l.ordered && l.items.len() <= MAX_AGENDA)
            .any(|l| {
                l.items.iter().any(|item| {
                    item.marker.as_deref().map(str::trim_end) == marker
                        && words(&inline::source_plain(self.src, &item.inlines))
                            == *own.get_or_init(|| words(text))
                })
            })
    }

    /// `附件：1. 《工作计划》` then `2. 参会人员名单`: the next number of a
    /// list that opened after a label's colon, on the line before.
    fn continues_labelled_list(&self, i: usize) -> bool {
        let number = self.first(i).number().map_or("", |(a, b)| &self.src[a..b]);
        let Some(n) = number.parse::<u32>().ok().filter(|&n| n >= 2) else {
            return false;
        };
        let before = format!("{}.", n - 1);
        i > 0
            && self.logicals[i].blank_before <= 1
            && chars::trim(self.text(self.content(i - 1)))
                .split_once([':', '：'])
                .is_some_and(|(_, v)| chars::trim(v).starts_with(&before))
    }

    /// `2.1<TAB>Delivery status` under item `2.`: a number that extends the
    /// open item's names its sub-item, however indented.
    fn sub_number(&self, i: usize) -> bool {
        let number = self.first(i).number().map_or("", |(a, b)| &self.src[a..b]);
        let number = number.trim_end_matches('.');
        let Some((parent, last)) = number.rsplit_once('.') else {
            return false;
        };
        !last.is_empty()
            && last.bytes().all(|b| b.is_ascii_digit())
            && self.stack.iter().rev().any(|o| {
                o.section.kind == SectionKind::AgendaItem
                    && o.section.number.as_deref().map(|n| n.trim_end_matches('.')) == Some(parent)
            })
    }

    /// Whether the next line is numbered under this line's number (`2.1.`
    /// right after `2.`).
    fn heads_own_sub_numbers(&self, i: usize) -> bool {
        let number = |j: usize| {
            self.first(j)
                .number()
                .map_or("", |(a, b)| self.src[a..b].trim_end_matches('.'))
        };
        let own = number(i);
        i + 1 < self.logicals.len()
            && !own.is_empty()
            && matches!(self.kind(i + 1), Kind::Numbered(NumStyle::Dotted(_)))
            && number(i + 1)
                .strip_prefix(own)
                .is_some_and(|rest| rest.starts_with('.'))
    }

    /// A PDF copy of a UN report indents its sub-chapters (`         A.
    /// Opening of the session`) deeper than the prose under them; an
    /// indented list item's text goes on at its own depth or deeper. So an
    /// indented `A.` or `IV.` heads a section when prose follows less
    /// indented.
    fn indented_chapter(&self, i: usize) -> bool {
        let first = self.first(i);
        let marker = first.marker().map_or("", |(a, b)| &self.src[a..b]);
        // (Arabic letters have no case: `ألف -` names a chapter as `A.` does.)
        let upper = marker
            .starts_with(|c: char| c.is_uppercase() || ('\u{0620}'..='\u{064A}').contains(&c));
        // (Under a Roman chapter, `      A.    Adoption of the agenda` heads
        // its part though the numbered paragraphs under it are as deep.)
        let in_chapter = || {
            (self.stack.iter()).any(|o| {
                o.section.kind == SectionKind::AgendaItem
                    && o.rank == rank_of_number(NumStyle::Roman, false)
            })
        };
        // (Past `(Agenda item 8(b))` under the title, deeper still.)
        let next = (i + 1..self.logicals.len()).find(|&j| !self.is_aside(j));
        upper
            && next.is_some_and(|next| {
                (self.first(next).indent() < first.indent()
                    || (self.first(next).indent() == first.indent()
                        && first.kind == Kind::Numbered(NumStyle::Letter)
                        && in_chapter()))
                    && !heading_like(self.text(self.content(next)))
            })
    }

    /// `Agenda item 18: …` then `(a) International trade` / `(b) …`:
    /// lettered lines right under an item's heading, before any text, are
    /// its sub-items, though they come in a run.
    fn opens_sub_items(&self, style: NumStyle) -> bool {
        matches!(style, NumStyle::Letter | NumStyle::RomanLower)
            && self.lists.is_empty()
            && self.stack.last().is_some_and(|top| {
                top.section.kind == SectionKind::AgendaItem
                    && top.section.blocks.is_empty()
                    && top.section.sections.is_empty()
            })
    }

    /// Whether numbered line `i` carries the number after the open agenda
    /// item of its rank (`5.` after `4.`, `三、` after `二、`).
    fn continues_agenda(&self, i: usize, style: NumStyle) -> bool {
        let paren = self.text(self.whole(i)).starts_with(['(', '（']);
        let rank = rank_of_number(style, paren);
        let number = self.first(i).number().map_or("", |(a, b)| &self.src[a..b]);
        let value = |n: &str| crate::lex::number_value(style, n);
        self.stack
            .iter()
            .rev()
            .find(|o| o.rank == rank && o.section.kind == SectionKind::AgendaItem)
            .and_then(|o| o.section.number.as_deref())
            .and_then(value)
            .zip(value(number))
            .is_some_and(|(prev, next)| next == prev + 1)
    }

    /// Whether numbered line `i` carries the number after the last item of
    /// the open numbered list at its indentation (`3.` after `2.`).
    fn continues_ordered_list(&self, i: usize) -> bool {
        crate::work::add(self.lists.len());
        let first = self.first(i);
        let Some(list) = self.lists.iter().rev().find(|l| l.indent == first.indent()) else {
            return false;
        };
        if !list.ordered {
            return false;
        }
        let Some(last) = list.items.last().and_then(|it| it.marker.as_deref()) else {
            return false;
        };
        let number = first.number().map_or("", |(a, b)| &self.src[a..b]);
        // `3)` does not continue a list of `1.` `2.`.
        let marker = first.marker().map_or("", |(a, b)| &self.src[a..b]);
        if marker.chars().next_back() != last.chars().next_back() {
            return false;
        }
        let value = |s: &str| -> Option<u32> {
            let t: String = s
                .chars()
                .filter(|c| c.is_alphanumeric())
                .map(chars::fold)
                .collect();
            if let Ok(n) = t.parse::<u32>() {
                return Some(n);
            }
            let mut it = t.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase() as u32),
                _ => None,
            }
        };
        match (value(last), value(number)) {
            (Some(a), Some(b)) => b == a + 1,
            _ => self.logicals[i].blank_before == 0,
        }
    }

    /// A bullet whose whole text is bold, followed by something other than
    /// another item, is a sub-heading.
    fn bold_bullet_is_heading(&self, i: usize) -> bool {
        let content = self.content(i);
        if !self.is_bold_only(content) || !heading_like(self.text(self.strip_strong(content))) {
            return false;
        }
        match self.logicals.get(i + 1) {
            Some(_) => !matches!(
                self.kind(i + 1),
                Kind::Bullet | Kind::Arrow | Kind::Numbered(_)
            ),
            None => false,
        }
    }

    /// Whether line `i` is a bare heading candidate: plain, one line,
    /// heading-like.
    fn is_candidate(&self, i: usize) -> bool {
        // A heading wrapped onto two or three lines is still a heading
        // (physical lines: the blank ones of a double-spaced copy count).
        let l = self.logicals[i];
        let physical = (l.first + 1..=l.last())
            .map(|k| 1 + self.lines[k].blanks_before())
            .sum::<usize>();
        if self.kind(i) != Kind::Text || !(self.is_single(i) || physical < 3) {
            return false;
        }
        let text = self.text(self.content(i));
        if lexicon::is_meta_line(text) || lexicon::is_decision_column_header(text) {
            return false;
        }
        // `</aside>`: a raw HTML tag alone has no words to title a section;
        // `<p align="right">6 June 2025</p>` is a paragraph, as HTML says.
        let t = chars::trim(text);
        if t.starts_with('<')
            && t.ends_with('>')
            && (t.matches('<').count() == 1 || t.starts_with("<p"))
        {
            return false;
        }
        // `**2. Budget**`, `*1. Итоги*`: a number inside the markup is an
        // item's, no sentence end.
        let content = self.content(i);
        let inner = self.strip_strong(content);
        let text = match (inner != content)
            .then(|| crate::lex::numbered(self.text(inner)))
            .flatten()
        {
            Some((_, len, _)) => &self.text(inner)[len..],
            None => text,
        };
        let joined = reflow::joined(text);
        (self.is_single(i) || chars::fits_width(&joined, reflow::HEADING_MAX_WIDTH))
            && heading_like(&joined)
            && !lexicon::is_contents_heading(text)
            // (`С уважением, Алексей Петров`: a signature.)
            && !lexicon::opens_with_closing(text)
    }

    /// A bare line is a heading when it is a candidate, not one of a run of
    /// candidates, and followed by what it heads.
    fn is_bare_heading(&self, i: usize) -> bool {
        if !self.is_candidate(i) || self.is_aside(i) || is_speaker_turn(self.text(self.content(i)))
        {
            return false;
        }
        let bold = self.is_bold_only(self.content(i));
        let Some(next) = (i + 1 < self.logicals.len()).then_some(i + 1) else {
            return false;
        };
        // (`ORDRE DU JOUR` over the list of items: the list's label; over
        // the items themselves, their heading.)
        let listed = match self.kind(next) {
            Kind::Bullet => true,
            Kind::Numbered(_) => !self.numbered_is_heading(next),
            _ => false,
        };
        if listed && lexicon::is_agenda_heading(self.text(self.strip_strong(self.content(i)))) {
            return false;
        }
        // `1 Opening of the meeting` under lines that were no headings (a
        // cover's lines) is the first item; under `1 Mr A` it is a list's.
        let bare_number = |j: usize| crate::lex::bare_number(self.text(self.content(j))).is_some();
        let numbered = bare_number(i);
        if numbered && self.after_colon(i) {
            return false;
        }
        // `附件：1. 《工作计划》`, `Annexes: 1. List of participants`: a
        // label over a numbered list of attachments heads nothing.
        // (Not a time's colon: `Welcome (00:00)`.)
        let listed = |t: &str| {
            t.split_once([':', '：']).is_some_and(|(label, v)| {
                !(label.ends_with(|c: char| c.is_ascii_digit())
                    && v.starts_with(|c: char| c.is_ascii_digit()))
                    && crate::lex::numbered(chars::trim(v))
                        .is_some_and(|(_, len, _)| len < chars::trim(v).len())
            })
        };
        if listed(chars::trim(self.text(self.content(i)))) {
            return false;
        }
        // `Заместители Председателя: …` / `Докладчик: г-жа …`: a line of a
        // run of `Label: value` lines is a field, not a heading.
        // (A time's colon is no label's: `Dashboard prototype (27:05)`.)
        let field = |j: usize| {
            let t = chars::trim(self.text(self.content(j)));
            let colon = t.match_indices([':', '：']).find(|&(at, c)| {
                c == "：" || !t[at + 1..].starts_with(|n: char| n.is_ascii_digit())
            });
            colon
                .map(|(at, c)| (&t[..at], &t[at + c.len()..]))
                .is_some_and(|(label, value)| {
                    (1..=4).contains(&label.split_whitespace().count())
                        && !chars::trim(value).is_empty()
                })
        };
        // (A blank line may stand between them, as a Markdown copy writes
        // them: the line before is a field, this one follows it.)
        // (Not `附表：行动事项汇总` over its table, an annex's heading.)
        let over_table = i + 1 < self.logicals.len()
            && matches!(self.kind(i + 1), Kind::TableRow | Kind::TableRule);
        let run_before = i > 0
            && (self.logicals[i].blank_before == 0
                || (self.logicals[i].blank_before == 1 && !over_table))
            && field(i - 1);
        let run_after =
            i + 1 < self.logicals.len() && self.logicals[i + 1].blank_before == 0 && field(i + 1);
        // (A line set in bold is a heading: `**Tema 1: Palabras…**`.)
        if !bold && field(i) && (run_before || run_after) {
            return false;
        }
        // (Not by an aside in brackets right under a heading: `Summary` /
        // `(written by Priya Nair after the call)` / `Decisions`.)
        let aside_under_heading = || {
            let only_block = match self.stack.last() {
                Some(open) => open.section.blocks.len() == 1,
                None => false,
            };
            only_block && self.is_aside(i - 1)
        };
        let held_back = i > 0
            && self.is_candidate(i - 1)
            && !aside_under_heading()
            && !self.heads_something(i - 1)
            && !self.is_notes_part(i - 1)
            && (!numbered || bare_number(i - 1));
        if !bold && held_back {
            return false;
        }
        // `**Алматы (Казахстан), 21–23 мая 2024 года**` before the first
        // section: the cover's place and dates, no heading.
        if self.stack.is_empty() && self.has_date(i) {
            return false;
        }
        let next_kind = self.kind(next);
        match next_kind {
            Kind::Text => {
                // A run of bare lines is a caption or an address block; a
                // marked line over a marked line is a heading and its
                // sub-heading (`**Item 2**` / `*(a) Figures*`).
                if self.is_candidate(next) {
                    return bold && self.is_bold_only(self.content(next));
                }
                // Where headings are marked with `#`, a bare line before prose
                // is a caption, not a heading.
                bold || !self.markdown_headings
            }
            Kind::Bullet
            | Kind::Arrow
            | Kind::Numbered(_)
            | Kind::AtxHeading(_)
            | Kind::TableRow
            | Kind::ActionHeader
            | Kind::ActionPrefix => true,
            // `Points saillants de la réunion` / `Lundi 18 novembre 2024`:
            // a heading over the days.
            // (After prose: a cover's place over its date heads nothing.)
            Kind::DateLine => {
                i > 0
                    && chars::ends_sentence(chars::trim(self.text(self.content(i - 1))))
                    && !chars::has_digit(self.text(self.content(i)))
                    // (Two day headers among the next hundred lines: a
                    // bounded look, however many candidates ask.)
                    && (i + 1..self.logicals.len().min(i + 100))
                        .filter(|&j| self.kind(j) == Kind::DateLine)
                        .nth(1)
                        .is_some()
            }
            Kind::Rule
            | Kind::DisclaimerHeading
            | Kind::Blank
            | Kind::TableRule
            | Kind::FootnoteDef
            | Kind::FrontMatter
            | Kind::PageNumber
            | Kind::RunningHeader => false,
        }
    }

    /// `(written by Priya Nair after the call)`, `[cid:image001.png]`: a
    /// line wholly in brackets (Markdown escapes them), an aside or a
    /// placeholder that titles nothing.
    fn is_aside(&self, i: usize) -> bool {
        is_bracketed(chars::trim(self.text(self.content(i))))
    }

    /// Whether line `i` heads a part of a meeting tool's recap (`Meeting
    /// notes`; in a recap, `Summary`, `Details`): a part over the topics or
    /// the prose that follow it (not a subtitle over the meeting's `Date:`
    /// and `Venue:`).
    fn is_notes_part(&self, i: usize) -> bool {
        let Some(next) = (i + 1 < self.logicals.len()).then_some(i + 1) else {
            return false;
        };
        if self.logicals[i].blank_before == 0 || self.kind(i) != Kind::Text {
            return false;
        }
        let text = self.text(self.strip_strong(self.content(i)));
        (lexicon::is_notes_heading(text) || (self.recap && lexicon::is_recap_part(text)))
            && self.is_candidate(i)
            && matches!(self.kind(next), Kind::Text | Kind::Bullet)
            && !lexicon::is_meta_line(self.text(self.content(next)))
    }

    /// Whether the document is a meeting tool's recap: a `Meeting notes`
    /// line, or two part names (`Summary`, `Details`) on lines of their own,
    /// and no numbered heading (a report's `Summary` over its chapters).
    fn is_recap(&self) -> bool {
        let (mut notes, mut parts, mut tasks) = (false, 0, false);
        for i in 0..self.logicals.len() {
            let l = self.logicals[i];
            // (`Последующие задачи` alone after the notes' part `Заметки`:
            // the tasks' part.)
            tasks |= parts > 0
                && self.kind(i) == Kind::ActionHeader
                && l.blank_before > 0
                && l.first == l.last();
            // (`## Notes de réunion`: a recap written again as Markdown.)
            let heading = matches!(self.kind(i), Kind::Text | Kind::AtxHeading(_));
            if l.first != l.last()
                || !heading
                || (l.blank_before == 0 && self.kind(i) == Kind::Text)
            {
                continue;
            }
            let text = self.text(self.strip_strong(self.content(i)));
            notes |= lexicon::is_notes_heading(text);
            parts += usize::from(lexicon::is_recap_part(text));
        }
        (notes || parts >= 2 || (parts == 1 && tasks))
            && !(0..self.logicals.len()).any(|i| {
                matches!(self.kind(i), Kind::Numbered(_))
                    && heading_like(self.text(self.content(i)))
            })
    }

    /// Whether line `i`, under an action header, is a heading that ends the
    /// actions: a candidate after an action that was a sentence.
    fn ends_actions(&self, i: usize) -> bool {
        let after_sentence = (self.lists.last())
            .and_then(|l| l.items.last())
            .is_some_and(|it| {
                it.role == Some(Role::Action)
                    && chars::ends_sentence(chars::trim(self.text(it.span)))
            });
        after_sentence && self.is_candidate(i)
    }

    /// Whether candidate `i` was itself taken as a heading (its next line is
    /// content, not another candidate).
    fn heads_something(&self, i: usize) -> bool {
        i + 1 < self.logicals.len() && !self.is_candidate(i + 1)
    }

    // ----- sections ---------------------------------------------------------

    /// The rank of the day headers: above everything, unless the first
    /// comes right under a numbered item's heading (`II. Summary of
    /// discussions`, then `Day 1 – 12 May 2025`): the days of that item
    /// nest in it, above what it holds. (Under a bare heading, days still
    /// head the headings after them.)
    fn day_rank(&mut self) -> u32 {
        *self
            .day_rank
            .get_or_insert_with(|| match self.stack.last() {
                Some(o)
                    if o.section.kind == SectionKind::AgendaItem
                        && o.section.blocks.is_empty()
                        && o.section.sections.is_empty() =>
                {
                    o.rank + 5
                }
                _ => RANK_DAY,
            })
    }

    fn open_section(
        &mut self,
        i: usize,
        rank: u32,
        kind: SectionKind,
        number: Option<String>,
        title: Span,
        date: Option<String>,
    ) {
        let whole = self.whole(i);
        self.open_section_at(rank, kind, number, title, date, whole);
    }

    fn open_section_at(
        &mut self,
        rank: u32,
        kind: SectionKind,
        number: Option<String>,
        title: Span,
        date: Option<String>,
        whole: Span,
    ) {
        self.flush_lists();
        self.in_actions = false;
        while self.stack.last().is_some_and(|o| o.rank >= rank) {
            self.close_top();
        }
        // `## 👥 Attendees`: the pictographs before the words are decoration.
        let words = self.src[title.start..title.end]
            .trim_start_matches(|c: char| chars::is_pictograph(c) || chars::is_space(c));
        let title = if words.is_empty() || words.len() == title.end - title.start {
            title
        } else {
            Span::new(title.end - words.len(), title.end)
        };
        // `Dashboard prototype (27:05)`: where a recording's chapter starts,
        // no part of its title.
        let title = Span::new(title.start, title.end - timestamp_len(self.text(title)));
        // `Adoption of the agenda` / `(Agenda item 2(a))`: a line wholly in
        // brackets, with a number, under a title says where it comes from;
        // no part of it (`(continued)` is).
        // (It stays reachable: a paragraph, the section's first block.)
        let reference = |t: &str| is_bracketed(t) && t.contains(char::is_numeric);
        let (title, reference) = match self.text(title).rsplit_once(['\n', '\r']) {
            Some((above, last)) if reference(chars::trim(last)) => {
                let at = title.end - last.len() + chars::leading_space(last);
                (
                    Span::new(title.start, title.start + above.trim_end().len()),
                    Some(Span::new(at, title.end)),
                )
            }
            _ => (title, None),
        };
        let inlines = inline::parse(self.src, title.start, title.end);
        let title_text = inline::source_plain(self.src, &inlines).into_owned();
        let section = Section {
            kind,
            number,
            title: title_text,
            title_span: title,
            date,
            span: whole,
            blocks: Vec::new(),
            sections: Vec::new(),
        };
        self.stack.push(Open { rank, section });
        if let Some(span) = reference {
            let inlines = inline::parse(self.src, span.start, span.end);
            self.push_block(Block::Paragraph { inlines, span });
        }
    }

    fn close_top(&mut self) {
        let Some(mut open) = self.stack.pop() else {
            return;
        };
        let s = &mut open.section;
        // The tree keeps no spare room (most sections hold a few blocks).
        s.blocks.shrink_to_fit();
        s.sections.shrink_to_fit();
        let last_block = s.blocks.last().map(Block::span);
        let last_sub = s.sections.last().map(|x| x.span);
        for end in [last_block, last_sub].into_iter().flatten() {
            s.span = s.span.cover(end);
        }
        match self.stack.last_mut() {
            Some(parent) => parent.section.sections.push(open.section),
            None => self.out.sections.push(open.section),
        }
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            // Content after a sub-section belongs to that sub-section's
            // parent only in the source order sense; we keep it in the open
            // section (the innermost one), which is where it was written.
            Some(open) => open.section.blocks.push(block),
            None => self.out.blocks.push(block),
        }
    }

    // ----- disclaimers ------------------------------------------------------

    fn extend_disclaimer(&mut self, d: usize, i: usize) {
        let content = self.content(i);
        let inlines = self.inlines_of(i, content);
        let text = inline::source_plain(self.src, &inlines);
        let whole = self.whole(i);
        let disc = &mut self.out.disclaimers[d];
        if !disc.text.is_empty() {
            disc.text.push('\n');
        }
        disc.text.push_str(&text);
        disc.span = disc.span.cover(whole);
        // Its language comes from its text once complete (`finish`).
        if self.extended_disclaimers.last() != Some(&d) {
            self.extended_disclaimers.push(d);
        }
    }

    /// The language of each disclaimer given paragraphs: that of its whole
    /// text, else the heading's. Read once at the end: per paragraph added,
    /// it read the text so far again (quadratic in a long disclaimer).
    fn finish(mut self) -> Built {
        for &d in &self.extended_disclaimers {
            let disc = &mut self.out.disclaimers[d];
            disc.lang = crate::analyze::script_lang(&disc.text)
                .map(str::to_string)
                .or(disc.lang.take());
        }
        self.out
    }

    // ----- lists ------------------------------------------------------------

    fn list_item(&mut self, i: usize, ordered: bool, role: Option<Role>) {
        if self.in_actions {
            self.actions_list_seen = true;
        }
        let first = *self.first(i);
        let content = self.content(i);
        let whole = self.whole(i);
        let marker = first
            .marker()
            .map(|(a, b)| chars::trim(&self.src[a..b]).to_string());
        let inlines = self.inlines_of(i, content);
        if inlines.is_empty() {
            self.out.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "empty-list-item".into(),
                message: "a list marker with no text after it".into(),
                span: whole,
            });
        }
        // `* 本文件未经正式编辑即予印发。`: a PDF's asterisk footnote reads
        // as a bullet; a notice there is a disclaimer too.
        // (Looked for in the item's source first: most items open with a
        // letter no notice opens with, and are never joined.)
        if !ordered && role.is_none() && lexicon::disclaimer_lead(self.text(content)).is_some() {
            let text = inline::source_plain(self.src, &inlines);
            if let Some((lang, at)) = lexicon::disclaimer_lead(&text) {
                self.out.disclaimers.push(Disclaimer {
                    lang: Some(lang.to_string()),
                    text: text[at..].to_string(),
                    span: whole,
                });
            }
        }
        let item = ListItem {
            marker,
            inlines,
            children: Vec::new(),
            role,
            span: whole,
        };
        // Arrows and prefixed actions never nest: they are a flat to-do list.
        let indent = if matches!(first.kind, Kind::Arrow | Kind::ActionPrefix) {
            self.lists
                .last()
                .map_or(first.indent(), |l| l.indent.min(first.indent()))
        } else {
            first.indent()
        };
        while self.lists.last().is_some_and(|l| l.indent > indent) {
            self.close_list();
        }
        let top_matches = self.lists.last().is_some_and(|l| l.indent == indent);
        if top_matches
            && self.lists.last().is_some_and(|l| l.ordered != ordered)
            && self.lists.len() == 1
        {
            self.flush_lists();
        }
        let at_cap = self.lists.len() >= self.max_depth;
        match self.lists.last_mut() {
            Some(l) if l.indent == indent || (l.indent < indent && at_cap) => {
                if l.indent < indent && !self.depth_warned {
                    self.depth_warned = true;
                    self.out.diagnostics.push(Diagnostic {
                        severity: Severity::Warning,
                        code: "nesting-too-deep".into(),
                        message: format!(
                            "lists nested deeper than {} levels are flattened",
                            self.max_depth
                        ),
                        span: whole,
                    });
                }
                l.items.push(item);
            }
            _ => self.lists.push(OpenList {
                indent,
                ordered,
                items: vec![item],
            }),
        }
    }

    /// Closes the innermost list: it becomes a child of the enclosing
    /// list's last item, or a block of the open section.
    fn close_list(&mut self) {
        crate::work::add(1);
        let Some(list) = self.lists.pop() else { return };
        let block = list_block(list);
        match self.lists.last_mut().and_then(|l| l.items.last_mut()) {
            Some(parent) => {
                parent.span = parent.span.cover(block.span());
                parent.children.push(block);
            }
            None => self.push_block(block),
        }
    }

    fn flush_lists(&mut self) {
        while !self.lists.is_empty() {
            self.close_list();
        }
    }

    // ----- tables -----------------------------------------------------------

    fn table(&mut self, i: usize) {
        let continues = i > 0
            && self.logicals[i].blank_before == 0
            && matches!(self.kind(i - 1), Kind::TableRow | Kind::TableRule)
            && matches!(self.current_last_block(), Some(Block::Table { .. }));
        if !continues {
            self.flush_lists();
            self.push_block(Block::Table {
                rows: Vec::new(),
                span: self.whole(i),
            });
        }
        let whole = self.whole(i);
        let is_rule = self.kind(i) == Kind::TableRule;
        // A grid table (`+---+---+` borders): a row runs from border to
        // border, its cells wrapped over the lines between.
        let grid = match self.current_last_block() {
            Some(Block::Table { span, .. }) => crate::lex::is_grid_border(
                // (Its first line: bare CRs end lines too.)
                self.src[span.start..]
                    .split(['\r', '\n'])
                    .next()
                    .unwrap_or_default(),
            ),
            _ => crate::lex::is_grid_border(self.text(whole)),
        };
        // A line that carries on the cells of the row above (a table laid
        // out by spaces, a grid table's row): its pieces join those cells.
        let grid_goes_on = grid && i > 0 && self.kind(i - 1) == Kind::TableRow;
        if continues && !is_rule && (grid_goes_on || self.carries_on(i)) {
            let pieces = self.table_row(whole).cells;
            let src = self.src;
            if let Some(Block::Table { rows, span }) = self.current_last_block_mut() {
                *span = span.cover(whole);
                if let Some(last) = rows.last_mut() {
                    last.span = last.span.cover(whole);
                    // (A grid's pipes stand in the same places on every
                    // line: its pieces join the cells one to one.)
                    if grid && pieces.len() == last.cells.len() {
                        for (cell, piece) in last.cells.iter_mut().zip(pieces) {
                            if piece.inlines.is_empty() {
                                continue;
                            }
                            cell.span = if cell.inlines.is_empty() {
                                piece.span
                            } else {
                                cell.span.cover(piece.span)
                            };
                            cell.inlines.extend(piece.inlines);
                        }
                        return;
                    }
                    for piece in pieces {
                        let k = (last.cells.iter())
                            .rposition(|c| {
                                column(src, c.span.start) <= column(src, piece.span.start) + 2
                            })
                            .unwrap_or(0);
                        if let Some(cell) = last.cells.get_mut(k) {
                            cell.span = cell.span.cover(piece.span);
                            cell.inlines.extend(piece.inlines);
                        }
                    }
                }
            }
            return;
        }
        let header_border = self.text(whole).contains('=');
        let mut row = (!is_rule).then(|| self.table_row(whole));
        if let Some(r) = &mut row {
            // Under an action header, each body row is an action.
            r.role = self.in_actions.then_some(Role::Action);
            self.actions_list_seen |= self.in_actions;
        }
        if let Some(Block::Table { rows, span }) = self.current_last_block_mut() {
            *span = span.cover(whole);
            // A rule under the first row makes it the header (in a grid,
            // the `+===+` one).
            if is_rule && rows.len() == 1 && (!grid || header_border) {
                rows[0].header = true;
                rows[0].role = None;
            }
            rows.extend(row);
        }
    }

    /// Whether table line `i`, laid out by spaces, is indented past the
    /// first column: the cells of the row above go on.
    fn carries_on(&self, i: usize) -> bool {
        let line = chars::trim(self.text(self.whole(i)));
        // (Past the first column: a table may be indented whole.)
        let header = match self.current_last_block() {
            Some(Block::Table { rows, .. }) => rows.first(),
            _ => None,
        };
        let column_of = |k: usize| {
            header
                .and_then(|r| r.cells.get(k))
                .map(|c| column(self.src, c.span.start))
        };
        let first_column = column_of(0).unwrap_or(0);
        // (Or a first cell wrapped alone onto a line of its own, ending
        // before the second column: `des intervenants de la session`.)
        // (Or cells wrapped together, fewer than the header's, the first
        // going on in lower case: `francophone de la gouvernance   (M. Van
        // den Berghe)`.)
        let first_cell_wrapped = || {
            let pieces = crate::lex::aligned_cells(line).len();
            (pieces == 1
                && column_of(1)
                    .is_some_and(|second| self.first(i).indent() + chars::str_width(line) < second))
                || (pieces >= 2
                    && header.is_some_and(|h| pieces < h.cells.len())
                    && line.starts_with(char::is_lowercase))
        };
        !line.contains(['|', '\t'])
            && !line.contains(crate::lex::BOX_BARS)
            && (self.first(i).indent() > first_column + 1 || first_cell_wrapped())
    }

    fn table_row(&self, whole: Span) -> TableRow {
        let line = self.text(whole);
        let separator = crate::lex::cell_separator(line);
        if !chars::trim(line).contains(['|', '\t', separator]) {
            return self.aligned_row(whole);
        }
        let piped = separator != '\t';
        let mut cells = Vec::new();
        let mut offset = 0;
        let parts = line.split(separator).count();
        for (k, part) in line.split(separator).enumerate() {
            let start = whole.start + offset;
            offset += part.len() + separator.len_utf8();
            let body = chars::trim(part);
            // Empty pieces outside the outer pipes and doubled tabs are no
            // cells; an empty piece between pipes is an empty cell (the
            // columns after it keep their places).
            if body.is_empty() && (!piped || k == 0 || k + 1 == parts) {
                continue;
            }
            let s = start + chars::leading_space(part);
            let span = Span::new(s, s + body.len());
            cells.push(TableCell {
                inlines: inline::parse(self.src, span.start, span.end),
                span,
            });
        }
        TableRow {
            cells,
            header: false,
            role: None,
            span: whole,
        }
    }

    /// A row of a table laid out by spaces: its cells are the pieces set
    /// apart by two spaces or more.
    fn aligned_row(&self, whole: Span) -> TableRow {
        let line = self.text(whole);
        let cells = crate::lex::aligned_cells(line)
            .into_iter()
            .map(|(at, piece)| {
                let span = Span::new(whole.start + at, whole.start + at + piece.len());
                TableCell {
                    inlines: inline::parse(self.src, span.start, span.end),
                    span,
                }
            })
            .collect();
        TableRow {
            cells,
            header: false,
            role: None,
            span: whole,
        }
    }

    fn current_last_block(&self) -> Option<&Block> {
        match self.stack.last() {
            Some(open) => open.section.blocks.last(),
            None => self.out.blocks.last(),
        }
    }

    fn current_last_block_mut(&mut self) -> Option<&mut Block> {
        match self.stack.last_mut() {
            Some(open) => open.section.blocks.last_mut(),
            None => self.out.blocks.last_mut(),
        }
    }
}

/// `О подготовке к сезону паводков 2025 г.` → `… 2025 г`: the dot of a
/// year's abbreviation ends no sentence (a heading may close on it).
fn without_year_dot(text: &str) -> &str {
    let t = chars::trim(text);
    let Some(head) = t.strip_suffix('.') else {
        return text;
    };
    let mut words = head.rsplit(' ');
    let year = matches!(words.next(), Some("г" | "гг"))
        && words
            .next()
            .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()));
    if year { head } else { text }
}

/// The column of byte `at` in its line, in characters.
fn column(src: &str, at: usize) -> usize {
    let line_start = src[..at].rfind(['\n', '\r']).map_or(0, |n| n + 1);
    src[line_start..at].chars().count()
}

fn list_block(mut list: OpenList) -> Block {
    list.items.shrink_to_fit();
    for item in &mut list.items {
        item.children.shrink_to_fit();
    }
    let span = list
        .items
        .iter()
        .map(|it| it.span)
        .reduce(Span::cover)
        .unwrap_or_default();
    Block::List {
        ordered: list.ordered,
        items: list.items,
        span,
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::{Block, SectionKind};

    fn titles(src: &str) -> Vec<String> {
        let doc = crate::parse(src);
        let mut out = Vec::new();
        let mut stack: Vec<(usize, &crate::Section)> =
            doc.sections.iter().rev().map(|s| (0, s)).collect();
        while let Some((depth, s)) = stack.pop() {
            out.push(format!("{}{}", "  ".repeat(depth), s.title));
            stack.extend(s.sections.iter().rev().map(|c| (depth + 1, c)));
        }
        out
    }

    #[test]
    fn a_slide_decks_titles_bullets_and_notice() {
        let src = "UNCT – Heads of Agency Meeting\n\n1\n\nAGENDA\n• Review\n• AOB\n\n2\n\n\
                   REVIEW\n• Key issues raised\no Government wants stronger focus on\njobs for young people\n\
                   o Data gaps on outcome 2\n• Pre-positioning under way\n\n3\n\n\
                   UN80 – COUNTRY-LEVEL EFFICIENCIES\n• HQ guidance received\n\n4\n\n\
                   NEXT STEPS\n• [RCO] Circulate the revised timeline – due 12 Sep\n\n5\n\n\
                   AOB\n• None\n\n6\n\nCONFIDENTIAL – FOR INTERNAL UN USE ONLY\nThis summary is shared with members of the team only.\n";
        let got = titles(src);
        assert!(
            got.ends_with(&[
                "REVIEW".into(),
                "UN80 – COUNTRY-LEVEL EFFICIENCIES".into(),
                "NEXT STEPS".into(),
                "AOB".into()
            ]),
            "{got:?}"
        );
        let doc = crate::parse(src);
        let review = doc.sections.iter().find(|s| s.title == "REVIEW").unwrap();
        let Some(Block::List { items, .. }) = review.blocks.first() else {
            panic!("{:?}", review.blocks);
        };
        let texts: Vec<&str> = items
            .iter()
            .map(|it| it.span)
            .map(|sp| &src[sp.start..sp.end])
            .collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert_eq!(doc.actions.len(), 1);
        assert_eq!(doc.actions[0].actor.as_deref(), Some("RCO"));
        assert!(doc.actions[0].text.starts_with("Circulate"));
        assert_eq!(doc.disclaimers.len(), 1);
        assert_eq!(doc.disclaimers[0].lang.as_deref(), Some("en"));
        // `CONFIDENTIAL` alone marks the document: it heads no notice.
        let doc = crate::parse("CONFIDENTIAL\n\nMinutes of the meeting\n\n1. Opening\n\nText.\n");
        assert!(doc.disclaimers.is_empty());
    }

    #[test]
    fn a_label_line_under_a_full_cover_line_is_a_field_of_its_own() {
        let src = "Heads of Agency Meeting\n\n\
                   14:00–16:30 | UN House, Lilongwe + MS Teams (hybrid), conference room\n\
                   Chair: Resident Coordinator a.i., Daniel Mwangi\n\n\
                   PARTICIPANTS\n• In person: FAO\n\nAGENDA\n• Review\n• AOB\n\n\
                   REVIEW\n• Short\n• Lines\n• Only\n";
        let doc = crate::parse(src);
        let chair = doc.blocks.iter().any(|b| {
            matches!(b, Block::Paragraph { span, .. } if src[span.start..span.end].starts_with("Chair:"))
        });
        assert!(chair, "{:?}", doc.blocks);
        assert_eq!(titles(src)[0], "PARTICIPANTS");
    }

    #[test]
    fn setext_headings_nest_by_their_underline() {
        let src = "Acta de la reunión\n==================\n\nFecha: 18 de febrero de 2025\n\n\
                   Desarrollo\n==========\n\n1. Apertura\n-----------\n\nTexto.\n\n\
                   2. Plan de trabajo\n------------------\n\nTexto.\n\nPróxima reunión\n===============\n\nTexto.\n";
        assert_eq!(
            titles(src),
            [
                "Desarrollo",
                "  Apertura",
                "  Plan de trabajo",
                "Próxima reunión"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some("Acta de la reunión")
        );
        assert!(crate::check::guarantees(src, &doc, &crate::Options::default()).is_empty());
    }

    #[test]
    fn a_covers_language_letter_and_item_of_issue_are_no_title() {
        let src = "F\n\nORGANISATION MARITIME INTERNATIONALE\n\nGE-MASS 5/6\nPoint 6 de l'ordre du jour\n\n\
                   \x20       COMPTE RENDU DE LA CINQUIÈME RÉUNION DU GROUPE D'EXPERTS\n\
                   \x20       SUR LA SÉCURITÉ DES NAVIRES AUTONOMES (MASS)\n\n\
                   Date : du 2 au 4 avril 2025\n\nPoint 1 de l'ordre du jour – Ouverture\n\n1       La réunion s'est ouverte.\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some(
                "COMPTE RENDU DE LA CINQUIÈME RÉUNION DU GROUPE D'EXPERTS SUR LA SÉCURITÉ DES NAVIRES AUTONOMES (MASS)"
            )
        );
        assert_eq!(titles(src), ["Ouverture"]);
        // The lines passed stay in place, in source order.
        let starts: Vec<usize> = doc.blocks.iter().map(|b| b.span().start).collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
        assert!(crate::check::guarantees(src, &doc, &crate::Options::default()).is_empty());
    }

    #[test]
    fn an_agenda_label_alone_with_no_title_under_it_heads_nothing() {
        // A cover's `Point 6 de l'ordre du jour`: the item the document is
        // issued under, a blank line before the document's title.
        let src = "GE-MASS 5/6\nPoint 6 de l'ordre du jour\n\nCOMPTE RENDU DE LA RÉUNION\n\n\
                   Point 1 de l'ordre du jour – Ouverture\n\n1       La réunion s'est ouverte à 9 h 30.\n\n\
                   Point 2 de l'ordre du jour – Adoption de l'ordre du jour\n\n2       Le Groupe a adopté l'ordre du jour.\n";
        let got = titles(src);
        assert!(got.ends_with(&["Ouverture".into(), "Adoption de l'ordre du jour".into()]));
        assert!(!got.iter().any(|t| t.trim().is_empty()), "{got:?}");
    }

    #[test]
    fn an_agenda_label_alone_takes_the_next_line_as_title() {
        let src = "Summary of conclusions\n\nAgenda item 1\nAdoption of the agenda\n\n1.   The Bureau adopted the agenda.\n\nПункт 4 повестки дня\nПодготовка к Пятнадцатому конгрессу Организации Объединенных Наций по\nпредупреждению преступности и уголовному правосудию\n\n2.   Текст.\n";
        assert_eq!(
            titles(src),
            [
                "Adoption of the agenda",
                "Подготовка к Пятнадцатому конгрессу Организации Объединенных Наций по предупреждению преступности и уголовному правосудию"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(doc.sections[0].number.as_deref(), Some("1"));
        assert_eq!(doc.sections[1].number.as_deref(), Some("4"));
    }

    #[test]
    fn a_covers_two_columns_run_together_are_not_its_title() {
        let src = "United Nations                    E/CN.6/2026/BUR/3\nEconomic and Social Council       Distr.: Restricted\n                                  2 July 2025\n\nCommission on the Status of Women\nNew York, 18 June 2025\n\n      Summary of conclusions of the meeting of the Bureau\n\nI.   Opening\n\n1.   Text.\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().unwrap().text,
            "Summary of conclusions of the meeting of the Bureau"
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-06-18"));
    }

    #[test]
    fn letters_under_a_roman_chapter_head_parts_without_their_agenda_reference() {
        let src = "Conclusions\n\nI.    Organizational matters\n\n      A.    Adoption of the agenda\n            (Agenda item 2(a))\n\n\
                   1.    The SBSTA adopted the agenda as contained in\n      document FCCC/SBSTA/2025/1.\n\n\
                   B.    Emissions from fuel used for international aviation and\n            maritime transport (continued)\n            (Agenda item 8(b))\n\n\
                   2.    The SBSTA took note of the information.\n";
        assert_eq!(
            titles(src),
            [
                "Organizational matters",
                "  Adoption of the agenda",
                "  Emissions from fuel used for international aviation and maritime transport (continued)"
            ]
        );
    }

    #[test]
    fn a_notes_front_matter_is_its_cover_and_a_speakers_turn_no_heading() {
        let src = "---\ndate: 2025-05-20\ntime: \"14:00\"\nattendees:\n  - Ana\naliases: [IMU sync 20 May]\n---\n\n\
                   # IMU Weekly Sync — 20 May 2025\n\n## Agenda\n\n### 1. Data\n\nText.\n\n\
                   张伟 00:01:12\n好，我们开始吧。\n\nMaria Lopez 00:07:48\nWe are done.\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().unwrap().text,
            "IMU Weekly Sync — 20 May 2025"
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-05-20"));
        assert_eq!(doc.meta.time.as_deref(), Some("14:00"));
        assert_eq!(titles(src), ["Agenda", "  Data"]);
        assert!(matches!(doc.blocks[0], Block::Rule { .. }));
    }

    #[test]
    fn the_agendas_first_item_repeated_after_its_list_opens_it() {
        let src = "Протокол\n\nПовестка дня:\n1.\tО ходе подготовки годового отчёта о результатах Рамочной программы сотрудничества в области устойчивого развития за 2024 год.\n2.\tРазное.\n\n\
                   1.\tО ходе подготовки годового отчёта о результатах Рамочной программы сотрудничества в области устойчивого развития за 2024 год\n\n\
                   СЛУШАЛИ:\nТекст.\n\n2.\tРазное\n\nТекст.\n";
        assert_eq!(
            titles(src),
            [
                "О ходе подготовки годового отчёта о результатах Рамочной программы сотрудничества в области устойчивого развития за 2024 год",
                "Разное"
            ]
        );
    }

    #[test]
    fn an_action_header_alone_after_the_last_item_is_a_closing_part() {
        let src = "Minutes\n\n1. Opening\n\nText.\n\n2. Budget\n\nThe way forward is as follows:\n\n1. first\n2. second\n\n\
                   Next steps\n\n- The Secretariat will share the report by 5 September 2025.\n";
        assert_eq!(titles(src), ["Opening", "Budget", "Next steps"]);
        assert_eq!(crate::parse(src).actions.len(), 1);
        // (Nor does `Decisions` after the last item: it heads a part.)
        let src = "Minutes\n\n1. Opening\n\nText.\n\n2. Budget\n\nText.\n\nDecisions\n\nThe Committee decided as follows:\n\n1. to adopt it\n";
        assert_eq!(titles(src), ["Opening", "Budget", "Decisions"]);
        // (Inside an item, before the next one, it heads nothing.)
        let src =
            "Minutes\n\n1. Opening\n\nNext steps\n\n- Share the report.\n\n2. Budget\n\nText.\n";
        assert_eq!(titles(src), ["Opening", "Budget"]);
    }

    #[test]
    fn a_chats_speaker_turns_head_nothing_and_its_bold_lines_open_parts() {
        let src = "Weekly sync\n\nMaria Santos  9:02 AM\nMorning all.\n\nLi Wei  9:14 AM\nB works for us.\n\n\
                   Maria Santos  9:58 AM\n*Summary*\nRecap of today's sync :point_down:\n*Decisions*\n• Go with Option B\n\
                   *Action items*\n• @ana.k to share the draft by Fri 14 Nov 2025\n";
        let got = titles(src);
        assert!(
            got.ends_with(&["Decisions".to_string(), "Action items".to_string()]),
            "{got:?}"
        );
        assert!(!got.iter().any(|t| t.contains("AM")), "{got:?}");
        let doc = crate::parse(src);
        assert_eq!(doc.actions.len(), 1);
        assert_eq!(doc.actions[0].actor.as_deref(), Some("@ana.k"));
    }

    #[test]
    fn a_covers_issue_date_beside_its_distribution_is_no_meetings() {
        let src = "Nations Unies          E/CN.3/2026/L.4\nConseil économique et social   Distr. limitée\n                               6 mars 2026\n\n\
                   Commission de statistique\nCinquante-septième session\n3-6 mars 2026\n\n\
                   Point 3 de l’ordre du jour\nQuestions soumises pour décision\n\n1.     La Commission a examiné le rapport.\n";
        assert_eq!(titles(src), ["Questions soumises pour décision"]);
        assert_eq!(crate::parse(src).meta.date.as_deref(), Some("2026-03-03"));
    }

    #[test]
    fn an_agenda_heading_over_the_list_of_items_is_its_label() {
        let src = "Procès-verbal\n\nORDRE DU JOUR\n\n  1. Ouverture de la session\n  2. Divers\n\n\
                   Point 1 : Ouverture de la session\n\nTexte.\n\nPoint 2 : Divers\n\nTexte.\n";
        assert_eq!(titles(src), ["Ouverture de la session", "Divers"]);
    }

    #[test]
    fn a_covers_issue_fields_head_no_day_and_a_chinese_report_dates_the_meeting() {
        let src = "联 合 国\n\nE/ICEF/2025/27\n\n经济及社会理事会\n\nDistr.: General\n\n18 July 2025\n\n\
                   Chinese\n\nOriginal: English\n\n联合国儿童基金会\n\n执行局\n\n2025 年第二届常会\n\n\
                   2025 年 9 月 9 日至 12 日\n\n临时议程项目 1\n\n执行局 2025 年年度会议工作报告*\n\n\
                   （2025 年 6 月 10 日至 13 日）\n\n一. 组织事项\n\n执行局通过了议程。\n\n二. 评价\n\n文本。\n";
        let doc = crate::parse(src);
        assert!(doc.sections.iter().all(|s| s.kind != SectionKind::Day));
        assert_eq!(titles(src), ["组织事项", "评价"]);
        assert_eq!(doc.meta.date.as_deref(), Some("2025-06-10"));
        assert_eq!(doc.meta.end_date.as_deref(), Some("2025-06-13"));
    }
    #[test]
    fn indented_arabic_letter_chapters_over_prose_are_sections() {
        let src = "موجز\n\nثالثا -   التحضير للدورة\n\n          ألف -   الموضوع ذو الأولوية\n5 -    قدمت الأمانة عرضا عن الموضوع.\n";
        assert_eq!(titles(src), ["التحضير للدورة", "  الموضوع ذو الأولوية"]);
    }

    #[test]
    fn a_numbered_line_set_in_bold_is_an_item_and_a_signature_no_heading() {
        let src = "Minutes\n\nSome text here.\n\n**2. Budget**\n\n- a point\n\n*3. Итоги*\n\nText.\n\nBest regards,\nJane Doe\nSecretariat of the Forum\n";
        assert_eq!(titles(src), ["Budget", "Итоги"]);
    }

    #[test]
    fn a_meeting_tools_recap_has_notes_and_tasks_parts() {
        let src = "Récapitulatif : Groupe de travail — réunion mensuelle\n\
                   mardi 11 mars 2025 · 14:00 – 15:30\n\n\
                   Le contenu généré par l'IA peut être incorrect. Vérifiez-le avant de l'utiliser.\n\n\
                   Notes de réunion\n\n\
                   Mandat révisé\n\
                   • Le groupe a examiné le mandat.\n\
                   \u{20}   ◦ @Kenji Watanabe a demandé une référence au Pacte.\n\n\
                   Plan de travail\n\
                   • Le groupe a convenu d'adopter le plan.\n\n\
                   Tâches de suivi\n\n\
                   ☐ Diffuser le mandat révisé au groupe (Attribué à : Maria Lopez)\n\
                   ☐ Envoyer le plan au Secrétariat d'ici le 14 mars 2025 (Attribué à : Ahmed Khalil)\n\
                   ☑ Fixer la date de la prochaine réunion (Attribué à : Maria Lopez)\n";
        assert_eq!(
            titles(src),
            [
                "Notes de réunion",
                "  Mandat révisé",
                "  Plan de travail",
                "Tâches de suivi"
            ]
        );
        let doc = crate::parse(src);
        // One action per open box, with its owner; the ticked box was done.
        let actions: Vec<(&str, Option<&str>, Option<&str>)> = (doc.actions.iter())
            .map(|a| (&a.text[..8], a.actor.as_deref(), a.due.as_deref()))
            .collect();
        assert_eq!(
            actions,
            [
                ("Diffuser", Some("Maria Lopez"), None),
                ("Envoyer ", Some("Ahmed Khalil"), Some("2025-03-14")),
            ]
        );
        assert_eq!(doc.disclaimers.len(), 1);
        assert_eq!(doc.disclaimers[0].lang.as_deref(), Some("fr"));
    }

    #[test]
    fn a_recaps_generic_parts_and_a_reports_summary() {
        // Gemini's notes: `Summary`, `Details` over its topics, then the
        // suggested steps, boxes with no bullet, right under their header.
        let src = "📝 Notes\nMay 20, 2025\nData Group - monthly sync\n\n\
                   Summary\nThe group met on the report and the dashboard.\n\n\
                   Details\nCountry Results Report\nDaniel reported that 14 entities have submitted inputs.\n\n\
                   SDG data dashboard\nSamuel presented the dashboard.\n\n\
                   Suggested next steps\n[ ] Daniel Otieno will follow up with the entities by May 30.\n\
                   [ ] Priya Raman will draft a box on the pilot.\n";
        assert_eq!(
            titles(src),
            [
                "Summary",
                "Details",
                "  Country Results Report",
                "  SDG data dashboard",
                "Suggested next steps"
            ]
        );
        assert_eq!(crate::parse(src).actions.len(), 2);
        // A report's `Summary` over its numbered chapters is no recap's part.
        let src = "Report of the Committee\n\nSummary\n\nThe Committee met twice.\n\n\
                   Overview\n\nThe present report covers 2025.\n\n\
                   I. Introduction\n\n1. The Committee held its session.\n\n\
                   II. Conclusions\n\n2. The Committee agreed to meet again.\n";
        assert!(
            !titles(src).iter().any(|t| t.starts_with("  ")),
            "{:?}",
            titles(src)
        );
    }

    #[test]
    fn a_recordings_chapter_time_is_no_part_of_its_title() {
        use super::timestamp_len;
        assert_eq!(
            timestamp_len("Dashboard prototype (27:05)"),
            " (27:05)".len()
        );
        assert_eq!(timestamp_len("Closing [1:02:47]"), " [1:02:47]".len());
        for title in [
            "(27:05)",
            "Budget (2025)",
            "Item (a)",
            "Votes (12:5:0:1)",
            "Room (3)",
        ] {
            assert_eq!(timestamp_len(title), 0, "{title}");
        }
        // (A time's colon makes no `Label: value` field of the line.)
        let src = "Minutes\n\nIntro paragraph here.\n\nDashboard (27:05)\n• Jin-ho demonstrated it.\n\
                   • Decision: the launch is postponed.\n\nNetworking event (38:40)\n• Fatou shared it.\n";
        assert_eq!(titles(src), ["Dashboard", "Networking event"]);
    }

    #[test]
    fn a_table_drawn_with_box_characters_and_wrapped_cells() {
        let src = "会议纪要\n\n会议明确了以下工作事项：\n\n\
                   ┌──────┬──────────────┬──────────┬──────────────┐\n\
                   │ 序号 │ 事    项     │ 责任单位 │ 完成时限     │\n\
                   ├──────┼──────────────┼──────────┼──────────────┤\n\
                   │ 1    │ 修改完善联合 │ 开发署、 │ 2025年5月20日│\n\
                   │      │ 工作计划     │ 环境署   │ 前           │\n\
                   ├──────┼──────────────┼──────────┼──────────────┤\n\
                   │ 2    │ 汇总项目清单 │ 粮农组织 │ 2025年5月30日│\n\
                   └──────┴──────────────┴──────────┴──────────────┘\n";
        let doc = crate::parse(src);
        let got = doc.what_who_when();
        assert_eq!(
            got,
            [
                (
                    "修改完善联合工作计划",
                    Some("开发署、环境署"),
                    Some("2025-05-20")
                ),
                ("汇总项目清单", Some("粮农组织"), Some("2025-05-30")),
            ]
        );
        assert_eq!(crate::chars::close_cjk_gaps("事    项"), "事项");
        assert_eq!(
            crate::chars::close_cjk_gaps("Item  2 事 项"),
            "Item  2 事项"
        );
    }

    #[test]
    fn a_chinese_issue_date_is_no_part_of_the_paragraph_after_it() {
        let src = "工作组\n\n2025年第一次全体会议纪要\n\n驻华协调员办公室　　　　　　2025年2月28日\n\n\
                   \u{20}   2025年2月25日（星期二）下午2:30，工作组在北京召开2025年第一次全体会议。\n\n\
                   一、工作总结\n\n秘书处汇报了工作情况。\n";
        let doc = crate::parse(src);
        assert_eq!(doc.meta.date.as_deref(), Some("2025-02-25"));
        assert_eq!(doc.meta.time.as_deref(), Some("14:30"));
    }

    #[test]
    fn pictographs_before_a_headings_words_are_no_part_of_its_title() {
        let src = "# Weekly notes\n\n## 👥 Attendees\n\nA, B.\n\n## ✅ Follow-up tasks\n\n- [ ] @A: send the list — due 17 Jan\n\n## 🎉\n\nText.\n";
        assert_eq!(titles(src), ["Attendees", "Follow-up tasks", "🎉"]);
    }

    #[test]
    fn a_web_pages_headings_over_days_and_after_next_steps() {
        let src = "Meeting page\n\nThe meeting reviewed two themes.\n\nHighlights of the meeting\n\nMonday 18 November 2024\n\nOpening\n\nText of the day.\n\nTuesday 19 November 2024\n\nText of the second day.\n\nNext steps\n\nThe secretariat will prepare the report by 15 January 2025.\n\nMeeting documents\n\nProvisional agenda (PDF)\n\nList of participants\n";
        assert_eq!(
            titles(src),
            [
                "Highlights of the meeting",
                "Monday 18 November 2024",
                "  Opening",
                "Tuesday 19 November 2024",
                "Next steps",
                "Meeting documents"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(doc.actions.len(), 1);
    }

    #[test]
    fn a_range_of_days_heads_no_day_and_gives_the_date() {
        let src = "首页 / 活动\n\n会议要点\n\n搜索\n\n菜单\n\n关于我们\n\n活动\n\n出版物\n\n数据\n\n新闻中心\n\n委员会第五届会议\n\n2025年2月19日至21日\n\n一、会议开幕\n\n会议于曼谷举行。\n";
        let doc = crate::parse(src);
        assert_eq!(titles(src), ["会议开幕"]);
        assert_eq!(doc.meta.date.as_deref(), Some("2025-02-19"));
        assert_eq!(doc.meta.end_date.as_deref(), Some("2025-02-21"));
    }

    #[test]
    fn tab_indented_sub_numbers_of_the_open_item_are_its_sub_items() {
        let src = "SMT minutes\r\n\r\n2.\tProgramme delivery\r\n\r\n\t2.1\tDelivery status\r\n\t\ti.\tDelivery stands at 38%.\r\n\t2.2\tMid-year review\r\n\t\ti.\tThe review is set.\r\n\r\n3.\tOperations\r\n\r\n\t4.1\tNot a sub-item of 3\r\n\t\ti.\tText.\r\n";
        assert_eq!(
            titles(src),
            [
                "Programme delivery",
                "  Delivery status",
                "  Mid-year review",
                "Operations"
            ]
        );
    }

    #[test]
    fn an_indented_aligned_table_keeps_one_row_per_number() {
        let src = "Minutes\n\nANNEX 1: ACTION TRACKER\n\n No.  Action                                  Responsible      Deadline\n 1    Finalise the M&E framework, including   JP Coordinator   31 Dec 2024\n      the validated indicators\n 2    Sign the data-sharing agreement         WFP              31 Jan 2025\n";
        let doc = crate::parse(src);
        let actors: Vec<Option<&str>> = doc.actions.iter().map(|a| a.actor.as_deref()).collect();
        assert_eq!(actors, [Some("JP Coordinator"), Some("WFP")]);
        assert_eq!(
            doc.actions[0].text,
            "Finalise the M&E framework, including the validated indicators"
        );
    }

    #[test]
    fn an_item_over_its_own_sub_numbers_is_a_heading_after_a_list() {
        let src = "Протокол\n\n1. Открытие заседания\n\nРЕШИЛИ:\n1. Утвердить повестку дня.\n\n2. Ход реализации протокола\n\n2.1. Присоединение сторон\n\nТекст.\n\n2.2. Пилотные проекты\n\nТекст.\n";
        assert_eq!(
            titles(src),
            [
                "Открытие заседания",
                "Ход реализации протокола",
                "  Присоединение сторон",
                "  Пилотные проекты"
            ]
        );
    }

    #[test]
    fn a_field_set_apart_by_a_dash_under_an_item_is_the_items() {
        let doc = crate::parse(
            "Протокол\n\n1. Вопрос\n\nРЕШИЛИ:\n1. Поручить секретариату подготовить обзор требований.\n   Срок – до 15.05.2025.\n   Ответственный: секретариат ЕЭК ООН.\n",
        );
        let got = crate::analyze::tests::owners_and_dues(&doc);
        assert_eq!(got, [(Some("секретариат ЕЭК ООН"), Some("2025-05-15"))]);
    }

    #[test]
    fn a_docs_tab_name_is_no_title_and_a_note_takers_field_holds_back_no_heading() {
        let src = "Tab 1\n\nOutreach Working Group – Weekly Sync\n\nDate: 12 June 2025\n\nAgenda\n\n1. Budget\n2. Calendar\n\nNotes\n\nText.\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some("Outreach Working Group – Weekly Sync")
        );
        // (`Agenda` over the list of items alone is its label.)
        assert_eq!(titles(src), ["Notes"]);
        // (Nor does a note-taker's field hold one back.)
        let src = "Weekly Sync\n\nAttendees: Ana, Kofi\nNotetaker: Priya\n\nOverview\n\n1. Budget\n2. Calendar\n\nNotes\n\nText.\n";
        assert_eq!(titles(src), ["Overview", "Notes"]);
    }

    #[test]
    fn an_aside_in_brackets_under_a_heading_holds_back_no_heading() {
        let src = "Weekly sync\n\nSummary\n(written by Priya Nair after the call)\n\nDecisions\n- The budget moves to Q4.\n- The report has two chapters.\n\nAction items\n- [ ] @Tom Becker – set up the tracker\n";
        assert_eq!(titles(src), ["Summary", "  Decisions", "Action items"]);
        assert_eq!(crate::parse(src).decisions.len(), 2);
    }

    #[test]
    fn an_underlined_action_header_and_the_sentence_that_opens_its_tasks() {
        let src = "Minutes\n\nNext steps\n----------\n\nThe co-facilitators summarized the way forward as follows:\n\n(a) The Secretariat will circulate the note to all focal points by Wednesday, June 11, 2025.\n\n(b) Member States to submit any further written comments by COB\n    Friday, June 13, 2025. Comments received after that date may not\n    be reflected.\n\n(c) The Secretariat will post the recording.\n";
        let doc = crate::parse(src);
        let got = crate::analyze::tests::owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("The Secretariat"), Some("2025-06-11")),
                (Some("Member States"), Some("2025-06-13")),
                (Some("The Secretariat"), None),
            ]
        );
        // (Alone, with nothing numbered after it: the document's closing part.)
        assert_eq!(doc.sections[0].title, "Next steps");
    }

    #[test]
    fn an_aligned_tables_header_rule_and_wrapped_first_cells() {
        let src = "Compte rendu\n\nProchaines étapes\n\nAction                                  Responsable              Échéance\n--------------------------------------------------------------------------\nTransmettre la liste définitive         Coprésidents du groupe   16/06/2025\ndes intervenants\nCréer l'espace partagé du glossaire     FGI Belgique             30 juin 2025\nfrancophone de l'internet               (M. Van den Berghe)\n";
        let doc = crate::parse(src);
        let got = crate::analyze::tests::texts_owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (
                    "Transmettre la liste définitive des intervenants",
                    Some("Coprésidents du groupe"),
                    Some("2025-06-16")
                ),
                (
                    "Créer l'espace partagé du glossaire francophone de l'internet",
                    Some("FGI Belgique (M. Van den Berghe)"),
                    Some("2025-06-30")
                ),
            ]
        );
        assert!(titles(src).iter().all(|t| !t.contains("Responsable")));
    }

    #[test]
    fn a_run_of_label_value_lines_holds_no_heading() {
        let src = "Report\n\n1. Opening\n\nPresent:\n   Chair: Ms. A (Colombia)\n   Rapporteur: Ms. B (Austria)\n   Secretariat: the secretary of the Commission and the staff of the Section for governing bodies, who served the meeting\n\nText.\n";
        assert_eq!(titles(src), ["Opening"]);
    }

    #[test]
    fn a_table_of_contents_opens_no_section() {
        let src = "Report of the session\n\nContents\nChapter                                   Page\n  I.   Organizational matters . . . . . . . .  2\n       UNDP segment\n II.   Evaluation . . . . . . . . . . . . . .  3\nAnnex\n       Decisions adopted . . . . . . . . . .  5\n\n  I.   Organizational matters\n1.     The session was held in New York.\n\n II.   Evaluation\n2.     The Board adopted decision 2025/3.\n";
        assert_eq!(titles(src), ["Organizational matters", "Evaluation"]);
    }

    #[test]
    fn indented_lettered_chapters_over_prose_are_sections() {
        let src = "Rapport\n\n   I.   Organisation de la session\n\n         A.   Ouverture de la session\n\n1.      La session s'est tenue à New York du 9 au 12 septembre 2025.\n\n         B.   Adoption de l'ordre du jour\n\n2.      Le Conseil a adopté l'ordre du jour.\n";
        assert_eq!(
            titles(src),
            [
                "Organisation de la session",
                "  Ouverture de la session",
                "  Adoption de l'ordre du jour"
            ]
        );
        let ru = "Доклад\n\n   I.   Организационные вопросы\n\n         А.   Открытие сессии\n\n1.      Сессия прошла в Нью-Йорке 9–12 июня 2025 года.\n";
        assert_eq!(titles(ru), ["Организационные вопросы", "  Открытие сессии"]);
        // An indented item whose text goes on at its depth is a list item.
        let list =
            "Title\n\n1. Opening\n\n     A. First point of the list\n        that goes on here.\n";
        assert_eq!(titles(list), ["Opening"]);
    }

    #[test]
    fn the_one_top_heading_under_a_cover_is_the_title() {
        let src = "**CEPAL**\n\nLC/MTG.2024/31\n\n# Informe de la reunión de expertos\n\n**Santiago, 8 a 10 de octubre de 2024**\n\n## Antecedentes\n\nTexto.\n\n## Conclusiones\n\nTexto.\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().unwrap().text,
            "Informe de la reunión de expertos"
        );
        assert_eq!(titles(src), ["Antecedentes", "Conclusiones"]);
        assert_eq!(doc.meta.date.as_deref(), Some("2024-10-08"));
    }

    #[test]
    fn a_report_takes_its_session_from_the_dates_under_its_title() {
        let src = "Naciones Unidas\tUNW/2026/3\n4 de marzo de 2026\nPeríodo de sesiones anual de 2026\n16 a 18 de junio de 2026\nInforme sobre el primer período ordinario de sesiones de 2026\n(10 y 11 de febrero de 2026)\n\nI.\tCuestiones de organización\n\n1.\tLa Junta aprobó el programa.\n";
        let doc = crate::parse(src);
        let title = &doc.title.as_ref().unwrap().text;
        assert!(
            title.starts_with("Informe sobre el primer período"),
            "{title}"
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2026-02-10"));
        assert_eq!(titles(src), ["Cuestiones de organización"]);
    }

    #[test]
    fn notices_in_footnotes_and_asterisk_notes_are_disclaimers() {
        let doc = crate::parse(
            "# Доклад\n\nТекст.[^1]\n\n[^1]: Настоящий документ выпускается без официального редактирования.\n",
        );
        assert_eq!(doc.footnotes.len(), 1);
        let langs: Vec<_> = doc.disclaimers.iter().map(|d| d.lang.as_deref()).collect();
        assert_eq!(langs, [Some("ru")]);
        let doc = crate::parse("报告\n\n一、组织\n\n正文。\n\n* 本文件未经正式编辑即予印发。\n");
        let langs: Vec<_> = doc.disclaimers.iter().map(|d| d.lang.as_deref()).collect();
        assert_eq!(langs, [Some("zh")]);
    }

    #[test]
    fn numbered_items_with_lettered_sub_items_nest() {
        let src = "Title of the meeting\n\n1. Opening\n\n- text\n\n2. Work\n\na. First part\n\n- text\n\nb. Second part\n\n- text\n";
        assert_eq!(
            titles(src),
            ["Opening", "Work", "  First part", "  Second part"]
        );
    }

    #[test]
    fn the_last_agenda_item_heads_nothing_and_is_still_an_item() {
        let src =
            "Minutes\n\n1. Welcome\n\nActions:\n\n- The Secretariat will write.\n\n2. Closing\n";
        assert_eq!(titles(src), ["Welcome", "Closing"]);
        assert_eq!(crate::parse(src).actions.len(), 1);
        assert_eq!(
            titles("会议\n\n一、欢迎辞\n\n- 文字\n\n二、闭幕\n"),
            ["欢迎辞", "闭幕"]
        );
        // Not the next number: a list item.
        assert_eq!(
            titles("Minutes\n\n1. Welcome\n\n- text\n\n3. Closing\n"),
            ["Welcome"]
        );
    }

    #[test]
    fn itu_numbers_without_a_dot_are_items() {
        let src = "Working Group\nSummary record\n\nDate: 5 June 2025\nChair: Mr A (Poland)\n\n\
            1 Opening of the meeting\nThe Chair opened the meeting.\n\n\
            2 Reports\n2.1 Consultation\nThe secretariat reported.\n2.2 Workshops\nKenya reported.\n\n\
            3 会议闭幕\n主席宣布会议闭幕。\n";
        assert_eq!(
            titles(src),
            [
                "Opening of the meeting",
                "Reports",
                "  Consultation",
                "  Workshops",
                "会议闭幕"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(doc.sections[0].kind, SectionKind::AgendaItem);
        assert_eq!(doc.sections[2].number.as_deref(), Some("3"));
    }

    #[test]
    fn bare_numbers_in_a_run_or_after_a_colon_are_no_items() {
        // A list of names numbered bare, after a colon or not.
        for src in [
            "Minutes\n\nParticipants:\n\n1 Mr Abel\n\nThe meeting opened.\n",
            "Minutes\n\nThe meeting opened.\n\n1 Mr Abel\n2 Ms Bern\n3 Mr Cruz\n\nThe meeting closed.\n",
        ] {
            assert!(crate::parse(src).sections.is_empty(), "{src}");
        }
        // A date is no item 14.
        assert_eq!(
            titles("Minutes\n\n14 March 2025 | Online\n\nText.\n"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_sentence_goes_on_over_the_footnotes_and_the_page_break() {
        let line = "The Chair recalled that the revised guidelines would be presented to the";
        let src = format!(
            "Minutes\n\n1. Reports\n{line}\nCouncil at its next session, and that the report¹ would be\n\n\
             ¹ Document C25/41, available in English only.\n\n- 2 -\n\n\
             published in all six languages.\nThe meeting agreed to this approach.\n"
        );
        let doc = crate::parse(&src);
        assert_eq!(doc.footnotes.len(), 1);
        assert_eq!(doc.footnotes[0].label, "¹");
        assert_eq!(
            doc.footnotes[0].text,
            "Document C25/41, available in English only."
        );
        let paragraph = &doc.sections[0].blocks[0];
        let Block::Paragraph { inlines, .. } = paragraph else {
            panic!("{paragraph:?}");
        };
        let text = crate::inline::plain(&src, inlines);
        assert!(
            text.ends_with("would be published in all six languages."),
            "{text}"
        );
        assert!(!text.contains("C25/41"), "{text}");
        let options = crate::Options::default();
        assert!(crate::check::guarantees(&src, &doc, &options).is_empty());
    }

    #[test]
    fn the_rest_of_a_title_line_leaves_out_a_page_number() {
        // Found by proptest: the paragraph after the title's words held the
        // page number that the artefacts hold too.
        let src = "Actions:\u{c}\u{c}2025.01.30 | 12:00 UTC | 线上\r\n- 3 -\r\na. \n1. ";
        let doc = crate::parse(src);
        let options = crate::Options::default();
        assert_eq!(
            crate::check::guarantees(src, &doc, &options),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_summary_record_has_items_sub_items_and_numbered_paragraphs() {
        let src = "United Nations\nA/C.2/79/SR.12\nGeneral Assembly\nSeventy-ninth session\n\
            Official Records\nDistr.: General\n4 November 2024\nSecond Committee\n\n\
            Summary record of the 12th meeting\n\
            Held at Headquarters, New York, on Tuesday, 15 October 2024, at 10 a.m.\n\n\
            Contents\nAgenda item 18: Macroeconomic policy questions\n\
            Agenda item 24: Eradication of poverty\n\n\
            The meeting was called to order at 10.05 a.m.\n\n\
            Agenda item 18: Macroeconomic policy questions (continued)\n\
            (a) International trade and development\n(b) External debt\n\n\
            1. Mr. Haddad (Lebanon) said that trade mattered. It was central.\n\n\
            2. The Chair said that he would consult delegations before 25 October 2024. \
            The Secretariat would circulate the revised programme by 1 November 2024.\n\n\
            Agenda item 24: Eradication of poverty\n\n\
            3. Draft decision A/C.2/79/L.5 was adopted without a vote.\n";
        assert_eq!(
            titles(src),
            [
                "Macroeconomic policy questions (continued)",
                "  International trade and development",
                "  External debt",
                "Eradication of poverty"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(doc.meta.date.as_deref(), Some("2024-10-15"));
        assert_eq!(doc.meta.time.as_deref(), Some("10:00"));
        let actions: Vec<(&str, Option<&str>)> = (doc.actions.iter())
            .map(|a| (a.text.as_str(), a.actor.as_deref()))
            .collect();
        assert_eq!(
            actions,
            [
                (
                    "The Chair said that he would consult delegations before 25 October 2024.",
                    Some("The Chair")
                ),
                (
                    "The Secretariat would circulate the revised programme by 1 November 2024.",
                    Some("The Secretariat")
                )
            ]
        );
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            decisions,
            ["Draft decision A/C.2/79/L.5 was adopted without a vote."]
        );
    }

    #[test]
    fn a_numbered_list_after_a_colon_is_a_list() {
        let src = "# Meeting\n\n## Topic\n\nThe members agreed on three themes:\n\n1. Governance\n\n2. Access\n\n3. Rights\n";
        assert_eq!(titles(src), ["Topic"]);
        let doc = crate::parse(src);
        assert!(
            matches!(&doc.sections[0].blocks[1], Block::List { ordered: true, items, .. } if items.len() == 3)
        );
    }

    #[test]
    fn a_run_of_numbered_lines_is_a_list() {
        let src = "Heading\n\n- x\n\n1. One\n2. Two\n3. Three\n";
        assert_eq!(titles(src), ["Heading"]);
    }

    #[test]
    fn a_numbered_sentence_is_a_list_item() {
        let src =
            "Title\n\n1. The Committee adopted the agenda.\n\n2. The Chair opened the session.\n";
        assert!(titles(src).is_empty());
    }

    #[test]
    fn a_title_field_and_a_list_of_attachments() {
        let doc = crate::parse(
            "---\ntitle: Working group notes\ndate: 2025-05-06\n---\n\n## 1. Item\n\nText.\n",
        );
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some("Working group notes")
        );
        let src = "纪要\n\n一、事项\n\n会议同意。\n\n附件：1. 《工作计划》\n　　　2. 参会人员名单\n\n抄送：办事处\n";
        assert_eq!(titles(src), ["事项"]);
    }

    #[test]
    fn restructured_text_titles_sections_and_numbered_items() {
        let src = ".. -*- coding: utf-8 -*-\n\n=======\nActa de la reunión\n=======\n\n:Fecha: 22 de mayo de 2025\n\n1. Apertura\n-----------\n\n#. Apertura\n#. Varios\n\nEmpleo juvenil\n~~~~~~~~~~~~~~\n\nTexto.\n";
        let doc = crate::parse(src);
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some("Acta de la reunión")
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-05-22"));
        assert_eq!(titles(src), ["Apertura", "  Empleo juvenil"]);
    }

    #[test]
    fn days_under_a_numbered_item_nest_in_it_and_sessions_are_labels() {
        let src = "Report\n\nI. Introduction\n\nText.\n\nII. Summary of discussions\n\nDay 1 – 12 May 2025\n\nSession 1: Opening\n\n4. Remarks were made.\n\nDay 2 – 13 May 2025\n\nSession 2: Finance\n\n5. More remarks.\n\nIII. Key messages\n\nText.\n";
        assert_eq!(
            titles(src),
            [
                "Introduction",
                "Summary of discussions",
                "  Day 1 – 12 May 2025",
                "    Opening",
                "  Day 2 – 13 May 2025",
                "    Finance",
                "Key messages"
            ]
        );
        let doc = crate::parse(src);
        assert_eq!(
            doc.sections[1].sections[1].date.as_deref(),
            Some("2025-05-13")
        );
        assert_eq!(
            doc.sections[1].sections[1].sections[0].number.as_deref(),
            Some("2")
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-05-12"));
        assert_eq!(doc.meta.end_date.as_deref(), Some("2025-05-13"));
    }

    #[test]
    fn day_headers_hold_the_headings_of_their_day() {
        let src = "Meeting\n\n2025年4月14日\n\n开幕\n\n- 文字。\n\n2025 年 4 月 15 日\n\n闭幕\n\n- 文字。\n";
        assert_eq!(
            titles(src),
            ["2025年4月14日", "  开幕", "2025 年 4 月 15 日", "  闭幕"]
        );
        let doc = crate::parse(src);
        assert_eq!(doc.sections[1].kind, SectionKind::Day);
        assert_eq!(doc.sections[1].date.as_deref(), Some("2025-04-15"));
    }

    #[test]
    fn a_heading_in_two_languages_carries_a_number_for_each() {
        let src = "会议纪要\n\n一、开幕 / 1. Opening\n\n王建华致开幕词。\nMr. Wang opened the meeting.\n\n二、通过议程 / 2. Adoption of the agenda\n\n会议同意通过议程。\n";
        assert_eq!(
            titles(src),
            ["开幕 / 1. Opening", "通过议程 / 2. Adoption of the agenda"]
        );
    }

    #[test]
    fn bare_lines_in_a_row_are_not_headings() {
        let src =
            "Intro paragraph that ends.\n\nCaption one\n\nCaption two\n\nMore prose that ends.\n";
        assert!(titles(src).is_empty());
    }

    #[test]
    fn a_bare_line_before_prose_is_a_caption_where_headings_are_marked() {
        let src = "# T\n\n## A\n\nText.\n\n## B\n\nPhoto caption\n\nProse follows here.\n\n## C\n\nSub heading\n\n- item\n";
        assert_eq!(titles(src), ["A", "B", "C", "  Sub heading"]);
    }

    #[test]
    fn a_bold_only_bullet_before_prose_is_a_sub_heading() {
        let src = "Heading\n\n- **Working groups**\n\nThe groups met twice.\n\n- **Networks**\n\nThe networks met.\n";
        assert_eq!(titles(src), ["Heading", "  Working groups", "  Networks"]);
    }

    #[test]
    fn action_headers_and_disclaimers_are_not_sections() {
        let src = "1. Item\n\n- text\n\nActions:\n\n- The Secretariat will circulate the draft.\n\nDisclaimer\n\nThis is a translation.\n";
        let doc = crate::parse(src);
        assert_eq!(titles(src), ["Item"]);
        assert_eq!(doc.actions.len(), 1);
        assert_eq!(doc.disclaimers.len(), 1);
        assert_eq!(doc.disclaimers[0].text, "This is a translation.");
    }

    #[test]
    fn the_title_block_is_not_a_section() {
        let doc = crate::parse(
            "IGF MAG 2025 第一次会议\n\n行动项目和后续步骤\n\n2025.01.30 | 12:00 UTC | 线上\n\n1. 欢迎辞\n\n▪ 文字。\n",
        );
        assert_eq!(
            doc.title.map(|t| t.text).as_deref(),
            Some("IGF MAG 2025 第一次会议")
        );
        assert_eq!(doc.sections.len(), 1);
        assert_eq!(
            doc.blocks.len(),
            2,
            "the other title lines stay as preamble paragraphs"
        );
    }
}
