//! Analyze: meaning on top of the tree.
//!
//! Input: the built tree. Output: the flat `actions` and `decisions`
//! indexes (with their section paths), each action's actor and due date,
//! the decision role on list items, and the document language.
//!
//! Walks the tree recursively; the depth is bounded by the number of
//! section ranks and by the list nesting cap, never by the input.

use crate::ast::{Action, Block, Decision, Document, Role, Section, SectionKind};
use crate::chars::{self, is_cjk};
use crate::date;
use crate::inline;
use crate::lexicon::{self, Lexicon};

/// Fills `actions`, `decisions` and list roles from the tree.
pub fn index(src: &str, doc: &mut Document) {
    let meeting = doc.meta.date.as_deref().and_then(parse_iso);
    let lang = doc.lang.clone();
    let mut ctx = Walk {
        src,
        meeting,
        lang: lang.as_deref(),
        actions: Vec::new(),
        decisions: Vec::new(),
    };
    ctx.blocks(&mut doc.blocks, None);
    for s in &mut doc.sections {
        ctx.section(s, None);
    }
    doc.actions = ctx.actions;
    doc.decisions = ctx.decisions;
}

struct Walk<'a> {
    src: &'a str,
    /// The document's language, preferred for sentences in its script.
    lang: Option<&'a str>,
    meeting: Option<(i32, u32, u32)>,
    actions: Vec<Action>,
    decisions: Vec<Decision>,
}

impl Walk<'_> {
    fn section(&mut self, s: &mut Section, parent: Option<&str>) {
        let path = match (&s.number, s.kind) {
            // A dotted number is a full path already.
            (Some(n), _) if n.contains('.') => Some(n.clone()),
            (Some(n), SectionKind::AgendaItem | SectionKind::Heading) => Some(match parent {
                Some(p) => format!("{p}.{n}"),
                None => n.clone(),
            }),
            _ => parent.map(str::to_string),
        };
        self.blocks(&mut s.blocks, path.as_deref());
        for sub in &mut s.sections {
            self.section(sub, path.as_deref());
        }
    }

    fn blocks(&mut self, blocks: &mut [Block], path: Option<&str>) {
        for b in blocks {
            match b {
                Block::Paragraph { inlines, span } => {
                    let text = inline::plain(self.src, inlines);
                    if is_decision(&text) {
                        self.decisions.push(Decision {
                            text,
                            section: path.map(str::to_string),
                            span: *span,
                        });
                    }
                }
                Block::List { items, .. } => {
                    for item in items {
                        let text = inline::plain(self.src, &item.inlines);
                        let prefixed = lexicon::action_prefix(&text).is_some();
                        if prefixed {
                            item.role = Some(Role::Action);
                        }
                        match item.role {
                            Some(Role::Action) if !text.is_empty() => {
                                let text = strip_action_prefix(&text);
                                self.actions.push(Action {
                                    actor: actor_in(&text, self.lang),
                                    due: due(&text, self.meeting),
                                    text,
                                    section: path.map(str::to_string),
                                    span: item.span,
                                });
                            }
                            None if is_decision(&text) => {
                                item.role = Some(Role::Decision);
                                self.decisions.push(Decision {
                                    text,
                                    section: path.map(str::to_string),
                                    span: item.span,
                                });
                            }
                            _ => {}
                        }
                        self.blocks(&mut item.children, path);
                    }
                }
                Block::Table { .. } | Block::Rule { .. } => {}
            }
        }
    }
}

fn strip_action_prefix(text: &str) -> String {
    match lexicon::action_prefix(text) {
        Some(len) => chars::trim(&text[len..]).to_string(),
        None => text.to_string(),
    }
}

fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.split('-');
    Some((
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    ))
}

/// Whether a sentence records a decision or an agreement: it holds a
/// decision marker that is not part of a negated or nominal phrase
/// (`不同意`, `讨论和决定`, `disagreed`).
pub fn is_decision(text: &str) -> bool {
    let lower = text.to_lowercase();
    lexicon::ALL.iter().any(|lex| {
        lex.decision_markers.iter().any(|m| {
            word_positions(&lower, m).any(|at| {
                !lex.decision_negations.iter().any(|n| {
                    n.find(m)
                        .is_some_and(|k| at >= k && lower[at - k..].starts_with(n))
                })
            })
        })
    })
}

/// Byte positions of `needle` in `hay` at word boundaries (CJK needles
/// match anywhere).
fn word_positions<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = usize> + 'h {
    let cjk = needle.chars().next().is_some_and(is_cjk);
    hay.match_indices(needle)
        .map(|(at, _)| at)
        .filter(move |&at| {
            cjk || {
                let before = hay[..at].chars().next_back();
                let after = hay[at + needle.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            }
        })
}

/// Who must act, when the sentence names them: the subject before a modal
/// or future form, or a name ending in an agent noun; the subject after the
/// verb in verb-first languages; null for invitations and passives.
#[cfg(test)]
pub fn actor(text: &str) -> Option<String> {
    actor_in(text, None)
}

/// [`actor`], preferring the document's language `doc_lang`.
fn actor_in(text: &str, doc_lang: Option<&str>) -> Option<String> {
    let t = chars::trim(text);
    if let Some(owner) = owner_form(t) {
        return Some(owner);
    }
    let first = t.chars().find(|c| c.is_alphabetic())?;
    if is_cjk(first) || t.chars().take(12).any(is_cjk) {
        let zh = lexicon::get("zh")?;
        // `一旦定稿，IGF 秘书处将…`: the subject may follow an opening clause.
        let mut clauses = t.split(['，', ',', '。', '；']);
        let first_clause = clauses.next()?;
        return actor_cjk(first_clause, zh)
            .or_else(|| clauses.next().and_then(|c| actor_cjk(c, zh)));
    }
    let script = script_lang(t)?;
    let lex = lexicon::get(script)?;
    if lex.verb_first {
        return actor_verb_first(t, lex);
    }
    // Latin-script languages are hard to tell apart in one sentence: the
    // document's language first, then the sentence's, then the others.
    let mut order: Vec<&Lexicon> = Vec::new();
    for l in [
        doc_lang
            .filter(|_| script_is_latin(script))
            .and_then(lexicon::get),
        Some(lex),
    ]
    .into_iter()
    .flatten()
    {
        order.push(l);
    }
    if script_is_latin(script) {
        order.extend(
            lexicon::ALL
                .iter()
                .copied()
                .filter(|l| script_is_latin(l.lang)),
        );
    }
    order
        .into_iter()
        .find_map(|l| actor_words(t, l))
        .or_else(|| actor_colon(t))
}

fn script_is_latin(lang: &str) -> bool {
    matches!(lang, "en" | "fr" | "es")
}

/// `(owner: X)`, `(lead: X)`, `Responsible: X`.
fn owner_form(t: &str) -> Option<String> {
    let lower = t.to_lowercase();
    for key in [
        "(owner:",
        "(lead:",
        "(responsible:",
        "（负责人：",
        "（负责：",
    ] {
        if let Some(at) = lower.find(key) {
            let rest = &t[at + key.len()..];
            let close = rest.find([')', '）'])?;
            let who = chars::trim(&rest[..close]);
            return (!who.is_empty()).then(|| who.to_string());
        }
    }
    None
}

fn actor_cjk(clause: &str, zh: &Lexicon) -> Option<String> {
    let c = chars::trim(clause);
    if zh.impersonal_openers.iter().any(|o| c.starts_with(o)) {
        return None;
    }
    // The subject before the first modal or future word.
    let modal = zh
        .modals
        .iter()
        .filter_map(|m| c.find(m).map(|at| (at, m.len())))
        .min();
    if let Some((at, _)) = modal {
        let subject = chars::trim(&c[..at]);
        if !subject.is_empty()
            && subject.chars().count() <= 30
            && !zh.impersonal_openers.iter().any(|o| subject.starts_with(o))
        {
            return Some(subject.to_string());
        }
        if subject.is_empty() {
            return None;
        }
    }
    // A name ending in an agent noun: `工作组欢迎…`, `IGF 秘书处在…`.
    let head = zh
        .actor_heads
        .iter()
        .filter_map(|h| c.find(h).map(|at| at + h.len()))
        .min();
    if let Some(end) = head {
        let subject = chars::trim(&c[..end]);
        if subject.chars().count() <= 30 {
            return Some(subject.to_string());
        }
    }
    // A Latin name before the verb: `ICANN 编写了…`.
    let word: &str = c.split(' ').next()?;
    let latin = !word.is_empty()
        && word
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || "-&.".contains(ch));
    let followed_by_cjk = c[word.len()..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(is_cjk);
    (latin && followed_by_cjk && word.chars().any(|ch| ch.is_ascii_uppercase()))
        .then(|| word.to_string())
}

/// `Secretariat: circulate the draft`: a short capitalised name before a
/// colon.
fn actor_colon(t: &str) -> Option<String> {
    let (head, rest) = t.split_once([':', '：'])?;
    let head = chars::trim(head);
    let words = head.split_whitespace().count();
    let capital = head.chars().next().is_some_and(char::is_uppercase);
    (capital && (1..=5).contains(&words) && !chars::trim(rest).is_empty()).then(|| head.to_string())
}

/// Lower case, with the punctuation around a word removed.
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .to_lowercase()
}

/// Matches the words of `phrase` at `words[k..]`; returns how many.
fn phrase_at(words: &[String], k: usize, phrase: &str) -> Option<usize> {
    let parts: Vec<&str> = phrase.split(' ').collect();
    (words.len() >= k + parts.len() && parts.iter().enumerate().all(|(j, p)| words[k + j] == *p))
        .then_some(parts.len())
}

/// The subject before the verb, in a language written with spaces: the
/// verb is a modal (`will`, `devra`) or a future form (`transmettra`,
/// `enviará`, `подготовит`). A passive names nobody unless an infinitive
/// follows (`sont invités à`), an impersonal verb (`предлагается`) nobody.
fn actor_words(t: &str, lex: &Lexicon) -> Option<String> {
    let clause = t.split(['.', ';', ':', '(']).next()?;
    let raw: Vec<&str> = clause.split_whitespace().collect();
    let words: Vec<String> = raw.iter().map(|w| bare(w)).collect();
    let opener = words.first()?;
    if lex.impersonal_openers.contains(&opener.as_str())
        || (lex.lang == "en" && opener.ends_with("ing"))
    {
        return None;
    }
    for k in 1..words.len().min(12) {
        let w = &words[k];
        if lex.impersonal_endings.iter().any(|e| w.ends_with(e))
            && raw[k].chars().next().is_some_and(char::is_lowercase)
        {
            return None;
        }
        let modal = lex.modals.iter().any(|m| phrase_at(&words, k, m).is_some());
        let passive = lex
            .passive_auxiliaries
            .iter()
            .find_map(|a| phrase_at(&words, k, a));
        let future = w.chars().count() >= 6
            && raw[k].chars().next().is_some_and(char::is_lowercase)
            && lex.future_endings.iter().any(|e| w.ends_with(e));
        if modal || future {
            return subject(&raw[..k], &words[..k], lex);
        }
        if let Some(len) = passive {
            // `X sont invités à …` names X; `X seront recueillies` names nobody.
            let link = words
                .get(k + len + 1)
                .is_some_and(|l| lex.infinitive_links.contains(&l.as_str()));
            return if link {
                subject(&raw[..k], &words[..k], lex)
            } else {
                None
            };
        }
    }
    None
}

/// The words before the verb, when they read as a subject: a capital or an
/// article first, a handful of words.
fn subject(raw: &[&str], words: &[String], lex: &Lexicon) -> Option<String> {
    let first = raw.first()?;
    let capital = first.chars().next().is_some_and(char::is_uppercase);
    let article = lex.articles.contains(&words[0].as_str());
    if !(capital || article) || raw.len() > 10 {
        return None;
    }
    let s = raw.join(" ");
    Some(s.trim_end_matches([',', '،']).to_string())
}

/// Verb-first languages (Arabic): the subject after the opening verb. A
/// construct noun (`منسقو`) takes the definite nouns after it; a definite
/// noun (`الأمانة`) stands alone. A passive verb (damma on its prefix)
/// names nobody.
fn actor_verb_first(t: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let verb = *words.first()?;
    if lex.impersonal_openers.contains(&verb) || verb.chars().nth(1) == Some('\u{064F}') {
        return None;
    }
    // An imperfect or future verb: `ي` `ت` `س` `ن` prefix.
    if !verb.starts_with(['ي', 'ت', 'س', 'ن']) {
        return None;
    }
    let definite = |w: &str| w.starts_with("ال");
    let head = *words.get(1)?;
    let mut out = vec![head.trim_end_matches(['،', ',', '.'])];
    if !definite(head) {
        for w in &words[2..] {
            if !definite(w) || out.len() >= 4 {
                break;
            }
            out.push(w.trim_end_matches(['،', ',', '.']));
        }
    }
    Some(out.join(" "))
}

/// The deadline: a date next to a deadline word (`by 4 June`, `8 月 30 日之前`,
/// `截止日期为 9 月 10 日`). The year comes from the text, else from the
/// meeting, rolling to the next year for a month before the meeting's.
pub fn due(text: &str, meeting: Option<(i32, u32, u32)>) -> Option<String> {
    let lower = text.to_lowercase();
    for d in date::find_dates(text) {
        let before = tail_chars(&lower[..d.start.min(lower.len())], 24);
        let after = head_chars(lower.get(d.end..).unwrap_or(""), 4);
        let is_deadline = lexicon::ALL.iter().any(|lex| {
            lex.deadline_before
                .iter()
                .any(|w| ends_with_word(before.trim_end(), w))
                || lex
                    .deadline_after
                    .iter()
                    .any(|w| after.trim_start().starts_with(w))
        });
        if !is_deadline {
            continue;
        }
        let year = d.year.or_else(|| {
            let (y, m, day) = meeting?;
            Some(if (d.month, d.day) < (m, day) && d.month < m {
                y + 1
            } else {
                y
            })
        });
        if let Some(iso) = d.iso(year) {
            return Some(iso);
        }
    }
    None
}

fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

fn head_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// `s` ends with the word or phrase `w` (at a word boundary for Latin).
fn ends_with_word(s: &str, w: &str) -> bool {
    let s = s.trim_end_matches([' ', ':', '：', '为', '是']);
    if !s.ends_with(w) {
        // Chinese deadline phrases carry their own copula: `截止日期为`.
        return false;
    }
    let before = s[..s.len() - w.len()].chars().next_back();
    w.chars().next().is_some_and(is_cjk) || !before.is_some_and(char::is_alphanumeric)
}

/// The language of a text from its script, then its stop words.
pub fn script_lang(text: &str) -> Option<&'static str> {
    let (mut han, mut cyr, mut arab, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match c as u32 {
            0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x3040..=0x30FF => han += 2,
            0x0400..=0x04FF => cyr += 1,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => arab += 1,
            _ if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    let max = han.max(cyr).max(arab).max(latin);
    if max == 0 {
        return None;
    }
    if max == han {
        return Some("zh");
    }
    if max == cyr {
        return Some("ru");
    }
    if max == arab {
        return Some("ar");
    }
    latin_lang(text)
}

/// Among Latin-script languages, the one whose stop words are most frequent.
fn latin_lang(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
        .collect();
    lexicon::ALL
        .iter()
        .filter(|l| !l.stopwords.is_empty())
        .map(|l| {
            (
                words.iter().filter(|w| l.stopwords.contains(w)).count(),
                l.lang,
            )
        })
        .max_by_key(|&(n, _)| n)
        .map(|(_, lang)| lang)
}

/// The main language of the document: of its sections, blocks and title,
/// disclaimers excluded.
pub fn document_lang(src: &str, doc: &Document) -> Option<String> {
    let mut sample = String::new();
    if let Some(t) = &doc.title {
        sample.push_str(&t.text);
    }
    let mut stack: Vec<&Section> = doc.sections.iter().collect();
    let mut spans = Vec::new();
    while let Some(s) = stack.pop() {
        sample.push(' ');
        sample.push_str(&s.title);
        spans.extend(s.blocks.iter().map(Block::span));
        stack.extend(s.sections.iter());
    }
    spans.extend(doc.blocks.iter().map(Block::span));
    for sp in spans {
        sample.push(' ');
        sample.push_str(src.get(sp.start..sp.end).unwrap_or(""));
        if sample.len() > 64 * 1024 {
            break;
        }
    }
    script_lang(&sample).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_actors_before_a_modal_or_an_agent_noun() {
        let cases = [
            ("IGF 秘书处将联系 MAG 成员", Some("IGF 秘书处")),
            ("一旦定稿，IGF 秘书处将通过官方渠道", Some("IGF 秘书处")),
            (
                "所有 MAG 工作组的联合协调人应在第一次会议上",
                Some("所有 MAG 工作组的联合协调人"),
            ),
            ("工作组欢迎其它的发言者人建议", Some("工作组")),
            (
                "IGF 秘书处在征求 MAG 主席的意见后，提供议程",
                Some("IGF 秘书处"),
            ),
            ("ICANN 编写了一份文件草案，将与 MAG 共享。", Some("ICANN")),
            ("将要求 MAG 提交 PN 和 BPF 建议", None),
            ("邀请 MAG 与 DCs 合作", None),
            (
                "人工智能行动峰会将与教科文组织合作",
                Some("人工智能行动峰会"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(actor(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn english_actors_before_a_modal() {
        assert_eq!(
            actor("The Chair will circulate the draft").as_deref(),
            Some("The Chair")
        );
        assert_eq!(
            actor("Members to send comments by 4 June").as_deref(),
            Some("Members")
        );
        assert_eq!(actor("Comments are invited on the draft").as_deref(), None);
        assert_eq!(
            actor("It was agreed to circulate the draft").as_deref(),
            None
        );
        assert_eq!(
            actor("Circulate the draft (owner: Secretariat)").as_deref(),
            Some("Secretariat")
        );
    }

    #[test]
    fn deadlines_take_the_meeting_year() {
        let meeting = Some((2024, 8, 20));
        assert_eq!(
            due("工作组应在 8 月 30 日之前完成", meeting).as_deref(),
            Some("2024-08-30")
        );
        assert_eq!(
            due("截止日期为 9 月 10 日。", meeting).as_deref(),
            Some("2024-09-10")
        );
        assert_eq!(
            due("send comments by 4 June", meeting).as_deref(),
            Some("2025-06-04")
        );
        assert_eq!(
            due("no later than 1 October 2025", meeting).as_deref(),
            Some("2025-10-01")
        );
        assert_eq!(due("the meeting on 22 August", meeting), None);
        assert_eq!(due("将在 2 月下半月安排", meeting), None);
        assert_eq!(
            due("transmettra le texte d’ici le 15 juin 2025", meeting).as_deref(),
            Some("2025-06-15")
        );
        assert_eq!(
            due("enviará el informe antes del 15 de noviembre", meeting).as_deref(),
            Some("2024-11-15")
        );
        assert_eq!(
            due("направит проект не позднее 15 ноября", meeting).as_deref(),
            Some("2024-11-15")
        );
        assert_eq!(
            due("بإرسال الجدول بحلول 30 تشرين الثاني/نوفمبر 2025", meeting).as_deref(),
            Some("2025-11-30")
        );
    }

    #[test]
    fn decisions_and_their_negations() {
        assert!(is_decision("MAG 同意遴选 41 个研讨会"));
        assert!(is_decision("The MAG agreed to extend the deadline."));
        assert!(!is_decision("Members disagreed on the text."));
        assert!(!is_decision("The agenda was discussed."));
        assert!(!is_decision(
            "在讨论和决定互联网治理问题时，一些立法实体往往会寻求建议。"
        ));
        assert!(is_decision("会议讨论了议程，并决定推迟。"));
    }

    #[test]
    fn languages_from_script_and_stop_words() {
        assert_eq!(
            script_lang("本译文由 IGF MAG 多语言工作组成员自愿提供"),
            Some("zh")
        );
        assert_eq!(
            script_lang("This translation is a voluntary contribution of the group"),
            Some("en")
        );
        assert_eq!(script_lang("Группа решила"), Some("ru"));
        assert_eq!(script_lang("قرر الفريق"), Some("ar"));
    }
}
