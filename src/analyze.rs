//! Analyze: meaning on top of the tree.
//!
//! Input: the built tree. Output: the flat `actions` and `decisions`
//! indexes (with their section paths), each action's actor and due date,
//! the decision role on list items, and the document language.
//!
//! Walks the tree recursively; the depth is bounded by the number of
//! section ranks and by the list nesting cap, never by the input.

use crate::ast::{Action, Block, Decision, Document, Role, Section, SectionKind, Span, TableRow};
use crate::chars::{self, is_cjk};
use crate::date;
use crate::inline;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

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
        decision_section: false,
        action_list: false,
        listed_actions: has_listed_actions(&doc.blocks, &doc.sections),
    };
    ctx.blocks(&mut doc.blocks, None);
    for s in &mut doc.sections {
        ctx.section(s, None);
    }
    doc.actions = ctx.actions;
    doc.decisions = ctx.decisions;
}

/// Whether the tree holds items or rows the builder made tasks (under an
/// action header, to-do boxes).
fn has_listed_actions(blocks: &[Block], sections: &[Section]) -> bool {
    fn in_blocks(blocks: &[Block]) -> bool {
        blocks.iter().any(|b| match b {
            Block::List { items, .. } => items
                .iter()
                .any(|it| it.role == Some(Role::Action) || in_blocks(&it.children)),
            Block::Table { rows, .. } => rows.iter().any(|r| r.role == Some(Role::Action)),
            _ => false,
        })
    }
    in_blocks(blocks)
        || sections
            .iter()
            .any(|s| has_listed_actions(&s.blocks, &s.sections))
}

/// Pushes onto a list the document keeps, growing it by a sixteenth at a
/// time: doubling would leave up to half of it spare, on top of the whole
/// tree (the parse's peak heap is reached here).
fn push_lean<T>(list: &mut Vec<T>, item: T) {
    if list.len() == list.capacity() {
        list.reserve_exact(list.len() / 16 + 4);
    }
    list.push(item);
}

struct Walk<'a> {
    src: &'a str,
    /// The document's language, preferred for sentences in its script.
    lang: Option<&'a str>,
    meeting: Option<(i32, u32, u32)>,
    actions: Vec<Action>,
    decisions: Vec<Decision>,
    /// Under a `Decisions` heading: its lists are decisions.
    decision_section: bool,
    /// Under an item that labels tasks (`Поручения по пункту 3:`): its
    /// items are tasks.
    action_list: bool,
    /// The document lists its tasks (under `Actions:`, as to-do boxes): a
    /// secretariat's undertaking in its prose is told, the list holds it.
    listed_actions: bool,
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
        self.decision_section = lexicon::is_decision_heading(&s.title);
        self.blocks(&mut s.blocks, path.as_deref());
        self.decision_section = false;
        for sub in &mut s.sections {
            self.section(sub, path.as_deref());
        }
    }

    fn blocks(&mut self, blocks: &mut [Block], path: Option<&str>) {
        // `The Board adopted the following decisions:` before a list: the
        // items are the decisions, not the sentence that announces them.
        let mut decision_list = false;
        // `Les prochaines étapes suivantes ont été arrêtées :` before a list:
        // its items are tasks.
        let mut task_list = false;
        for k in 0..blocks.len() {
            let list_follows = matches!(blocks.get(k + 1), Some(Block::List { .. }));
            let announced = std::mem::take(&mut decision_list) || self.decision_section;
            let tasks = std::mem::take(&mut task_list);
            match &mut blocks[k] {
                Block::Paragraph { inlines, span } => {
                    let text = inline::plain(self.src, inlines);
                    // `X to do Y (due: 30 June)`: a tagged sentence is an action
                    // wherever it stands.
                    if has_action_tag(&text) {
                        self.action(text.into_owned(), path, *span);
                    } else if list_follows && announces_actions(&text) {
                        task_list = true;
                    } else if list_follows && announces_decisions(&text) {
                        decision_list = true;
                    } else {
                        // Split once, for the actions and the decisions.
                        let split: Vec<&str> = sentences(&text).collect();
                        // `会议议定事项如下：一是…；二是…`: the clauses after
                        // the announcement are what was decided.
                        let announced = split[..split.len().saturating_sub(1)]
                            .iter()
                            .position(|c| announces_clauses(c));
                        let before = announced.map_or(&split[..], |k| &split[..k]);
                        self.stated_actions(before, path, *span);
                        self.decisions_in(&text, Some(before), path, *span);
                        if let Some(k) = announced {
                            self.decided_clauses(&split[k + 1..], path, *span);
                        }
                    }
                }
                Block::List { items, .. } => {
                    let outer = self.action_list;
                    self.action_list |= tasks;
                    for item in items {
                        let text = inline::plain(self.src, &item.inlines);
                        // `15. The Chair said that … The Secretariat would
                        // circulate … by 1 November.`: a numbered paragraph
                        // of sentences (a summary record's) is read as a
                        // paragraph is, sentence by sentence.
                        let prose = item.role.is_none() && chars::has_inner_sentence_end(&text);
                        let split: Vec<&str> = if prose {
                            sentences(&text).collect()
                        } else {
                            Vec::new()
                        };
                        // (An item whose owner a label names is one task,
                        // its fields after it: `… ODS. Responsable: UCP`.)
                        if split.len() > 1
                            && !announced
                            && lexicon::action_prefix(&text).is_none()
                            && !has_action_tag(&text)
                            && !owner_after_task(&text)
                        {
                            self.stated_actions(&split, path, item.span);
                            if self.decisions_in(&text, Some(&split), path, item.span) {
                                item.role = Some(Role::Decision);
                            }
                            self.blocks(&mut item.children, path);
                            continue;
                        }
                        // (A ticked box was done at the meeting: no task,
                        // whatever it says.)
                        // (Nor one struck through: `~~@Maryam dataset~~ —
                        // superseded`.)
                        let struck = text
                            .strip_prefix("~~")
                            .is_some_and(|rest| rest.contains("~~"));
                        if struck && item.role == Some(Role::Action) {
                            item.role = None;
                        }
                        let done = (item.marker.as_deref()).is_some_and(crate::lex::is_done_marker)
                            || struck;
                        if !done
                            && (lexicon::action_prefix(&text).is_some()
                                || (item.role.is_none()
                                    && (self.action_list
                                    || (item.marker.as_deref()).is_some_and(crate::lex::is_todo_marker)
                                    || has_action_tag(&text)
                                    || self.states_action(&text)
                                    || instructed(&text).is_some()
                                    || requested(&text).is_some()
                                    || passive_request(&text)
                                    || (!self.listed_actions && secretariat_will(&text))
                                    || fields_first(&text).is_some()
                                    // `Task — Responsible: X — Deadline: date`,
                                    // `…; Отв.: ВПП, ЮНИСЕФ`: a task's owner
                                    // named by a label.
                                    // (Not a decision that names its lead: `L'UNCT
                                    // approuve … (chef de file : UNICEF)`.)
                                    || (owner_after_task(&text)
                                        && !(announced && is_decision(&text))))))
                        {
                            item.role = Some(Role::Action);
                        }
                        // (`Action: None.`: a label over nothing to do.)
                        let task =
                            (item.role == Some(Role::Action)).then(|| strip_action_prefix(&text));
                        if task.as_deref().is_some_and(is_none) {
                            item.role = None;
                        }
                        match (item.role, task) {
                            (Some(Role::Action), Some(task)) if !text.is_empty() => {
                                self.action(task, path, item.span)
                            }
                            // (`Определить следующие мероприятия:` over a
                            // table announces, it decides nothing itself.)
                            (None, _)
                                if announced
                                    && !text.is_empty()
                                    && !chars::trim(&text).ends_with([':', '：'])
                                    && !only_notes(&text) =>
                            {
                                item.role = Some(Role::Decision);
                                push_lean(
                                    &mut self.decisions,
                                    Decision {
                                        text: text.to_string(),
                                        section: path.map(str::to_string),
                                        span: item.span,
                                    },
                                );
                            }
                            (None, _) if self.decisions_in(&text, None, path, item.span) => {
                                item.role = Some(Role::Decision)
                            }
                            _ => {}
                        }
                        // `Поручения по пункту 3:`, `Actions under item 4:`:
                        // the items under it are tasks.
                        let label = text.trim_end().ends_with([':', '：']) && action_label(&text);
                        let outer = std::mem::replace(&mut self.action_list, label);
                        self.blocks(&mut item.children, path);
                        self.action_list = outer;
                    }
                    self.action_list = outer;
                }
                Block::Table { rows, .. } => self.table_actions(rows, path),
                Block::Rule { .. } => {}
            }
        }
    }

    /// Records each clause of a list of decisions (`一是原则同意…；二是请
    /// 秘书处…`): a task when it asks or tells someone to act, else a
    /// decision.
    fn decided_clauses(&mut self, clauses: &[&str], path: Option<&str>, span: Span) {
        for clause in clauses {
            let task = self.states_action(clause)
                || instructed(clause).is_some()
                || requested(clause).is_some()
                || passive_request(clause);
            if task {
                self.action(clause.to_string(), path, span);
            } else {
                push_lean(
                    &mut self.decisions,
                    Decision {
                        text: clause.to_string(),
                        section: path.map(str::to_string),
                        span,
                    },
                );
            }
        }
    }

    /// Records each sentence of `split` that states an action, with the
    /// actor and deadline that made it one.
    fn stated_actions(&mut self, split: &[&str], path: Option<&str>, span: Span) {
        for sentence in split {
            // `The Bureau requested the secretariat to…`: a task, dated
            // or not.
            let stated = self.stated(sentence);
            // (`请各成员国于5月15日前提交…`: a request with its deadline is
            // a task, a body named or not.)
            // (Or a task whose owner a label names after it: `请项目办…。
            // 责任人：张伟；完成时间：6月10日前`.)
            let asked = || {
                requested(sentence)
                    .is_some_and(|(_, named)| named || due(sentence, self.meeting).is_some())
                    || passive_request(sentence)
                    || (!self.listed_actions && secretariat_will(sentence))
                    || (owner_after_task(sentence) && !is_decision(sentence))
            };
            if stated.is_none() && asked() {
                self.action(sentence.to_string(), path, span);
                continue;
            }
            if let Some((due, actor)) = stated {
                // (`Recommandation n° 1 : …`: the label is no part of it.)
                let text = task_after_owner(without_numbered_label(sentence), &actor);
                push_lean(
                    &mut self.actions,
                    Action {
                        text: text.to_string(),
                        actor: Some(actor),
                        due: Some(due),
                        due_text: None,
                        section: path.map(str::to_string),
                        span,
                    },
                );
            }
        }
    }

    /// A sentence that opens with who acts, in the future, and gives a
    /// deadline states an action wherever it stands: `The Secretariat will
    /// circulate the draft by 15 April`, `秘书处将于4月15日前分发报告`.
    fn states_action(&self, sentence: &str) -> bool {
        self.stated(sentence).is_some()
    }

    /// [`Walk::states_action`], giving the deadline and the actor that made
    /// it one (the action is recorded with them, not looked for again).
    fn stated(&self, sentence: &str) -> Option<(String, String)> {
        let t = without_numbered_label(chars::trim(sentence));
        // A dated deadline, and not a decision (`agreed to publish … by`)
        // nor a `Label: value` line.
        let due = due(t, self.meeting)?;
        if is_decision(t) || lexicon::is_meta_line(t) || lexicon::decision_prefix(t).is_some() {
            return None;
        }
        let actor = actor_in(t, self.lang)?;
        // Near the start: after at most an article or a verb-first verb;
        // in Chinese the future marker 将 right after the actor.
        // (Or right after a reporting verb: `…said that UNDP would…`.)
        // (Any place it stands: `The representative of UNDP said that UNDP
        // would…` names it twice.)
        let at = t
            .match_indices(actor.as_str())
            .map(|(at, _)| at)
            .find(|&at| {
                at <= 24 || {
                    let before = chars::to_lower(t[..at].trim_end());
                    let verbs = || lexicon::ALL.iter().flat_map(|l| l.reporting_verbs);
                    verbs().any(|v| before.ends_with(v))
                }
            })?;
        let after = t[at + actor.len()..].trim_start();
        if !after.starts_with(|c: char| is_cjk(c)) {
            return Some((due, actor));
        }
        // Chinese: `秘书处将…`, `与会者应于…`: an agent noun (not
        // `征集将于…开放`) right before a modal, or after `由` (`由秘书处于4月
        // 30日前完成…`, `由工作组（DLWG）牵头…`: by whom).
        // (`各成员机构于3月20日前报送…`: a deadline right after who acts.)
        let by = t.starts_with('由') || (after.starts_with('于') && after.contains('前'));
        let agent = lexicon::get("zh").is_some_and(|zh| {
            let noun = agent_noun(&actor);
            (zh.agent_suffixes.iter().any(|s| noun.ends_with(s))
                || zh.actor_heads.iter().any(|h| noun.ends_with(h)))
                && (by || zh.modals.iter().any(|m| after.starts_with(m)))
        });
        agent.then_some((due, actor))
    }

    fn action(&mut self, text: String, path: Option<&str>, span: Span) {
        // (`AP1: Circulate the SOP (UNHCR, 15 June)`: a task's closing
        // bracket of who, then the date.)
        let tag = dated_tag(&text);
        let due = due(&text, self.meeting).or_else(|| {
            let d = tag?.1;
            d.iso(d.year.or_else(|| self.year_for(d.month)))
        });
        let actor = tag
            .map(|(who, _)| who.to_string())
            .or_else(|| actor_in(&text, self.lang));
        // `@Musa Abdullahi: share the figures`: the name is a label, the
        // task is what follows it.
        let text = match &actor {
            Some(who) => task_after_owner(&text, who).to_string(),
            None => text,
        };
        // (`Responsable: PNUD — Fecha compromiso: 30/05/2025 — Enviar…`:
        // the fields before the task are no part of it.)
        let text = match fields_first(&text).map(str::to_string) {
            Some(task) => task,
            None => text,
        };
        // (`Task DEADLINE: <…> :PROPERTIES: …`: an Org-mode task's planning
        // and drawer, read for its deadline and owner, are no part of it.)
        // (Their finders built once: `str::find` builds one per call.)
        static FIELDS: LazyLock<Vec<memchr::memmem::Finder>> =
            LazyLock::new(|| ORG_FIELDS.iter().map(memchr::memmem::Finder::new).collect());
        let org = (FIELDS.iter())
            .filter_map(|f| f.find(text.as_bytes()))
            .min();
        let text = match org {
            Some(at) => chars::trim(&text[..at]).to_string(),
            None => text,
        };
        push_lean(
            &mut self.actions,
            Action {
                actor,
                due_text: if due.is_none() { due_text(&text) } else { None },
                due,
                text,
                section: path.map(str::to_string),
                span,
            },
        );
    }

    /// Records each sentence of `text` that states a decision; a
    /// `Decision:` label makes the whole text one. `split`: its
    /// [`sentences`], when the caller has them. Returns whether any did.
    fn decisions_in(
        &mut self,
        text: &str,
        split: Option<&[&str]>,
        path: Option<&str>,
        span: Span,
    ) -> bool {
        let found: Vec<String> = match lexicon::decision_prefix(text) {
            // A label with no text after it records nothing.
            Some(len) => Some(chars::trim(&text[len..]))
                .filter(|rest| !rest.is_empty())
                .map(str::to_string)
                .into_iter()
                .collect(),
            None => {
                let own: Vec<&str>;
                let split = match split {
                    Some(split) => split,
                    None => {
                        own = sentences(text).collect();
                        &own
                    }
                };
                split
                    .iter()
                    .filter(|s| is_decision(s))
                    .map(|s| without_topic_label(s).to_string())
                    .collect()
            }
        };
        let any = !found.is_empty();
        for text in found {
            push_lean(
                &mut self.decisions,
                Decision {
                    text,
                    section: path.map(str::to_string),
                    span,
                },
            );
        }
        any
    }
}

/// Whether a decision list's item only takes note, in one sentence
/// (`Информацию Петрова И.И. принять к сведению.`).
fn only_notes(text: &str) -> bool {
    let lower = chars::to_lower(text);
    !chars::has_inner_sentence_end(text)
        && (lexicon::ALL.iter()).any(|l| l.noted_items.iter().any(|n| lower.contains(n)))
}

/// A sentence that ends in a colon, states a decision and names decisions
/// (`The Board adopted the following decisions:`): the list after it holds
/// them. One that decides something itself (`agreed on three themes:`) is
/// the decision, and its list the detail.
fn announces_decisions(text: &str) -> bool {
    let text = chars::trim(text);
    if lexicon::is_decision_column_header(text) {
        return true;
    }
    // A label alone (`Agreed:`, `Договорились:`) heads its list too.
    if lexicon::decision_prefix(text).is_some_and(|len| chars::trim(&text[len..]).is_empty()) {
        return true;
    }
    if !text.ends_with([':', '：']) || !is_decision(text) {
        return false;
    }
    // `Il a été convenu :`, `经讨论，会议商定：`: the marker ends the
    // sentence (`会议通过了以下议程：` decides itself).
    // (`قرر المشاركون ما يلي:`, `decided as follows:`: or a word
    // announcing the list.)
    let lower = chars::to_lower(chars::trim(text.trim_end_matches([':', '：'])));
    if (lexicon::ALL.iter())
        .any(|l| (l.decision_markers.iter().chain(l.follows)).any(|m| ends_with_word(&lower, m)))
    {
        return true;
    }
    let lower = chars::to_lower(text);
    lexicon::ALL
        .iter()
        .any(|l| l.decision_nouns.iter().any(|n| lower.contains(n)))
}

/// Whether a cell or a label's value says there is nothing (`None.`,
/// `N/A`, `Нет`, `无`).
fn is_none(text: &str) -> bool {
    const NONE: [&str; 10] = [
        "none",
        "n/a",
        "na",
        "ninguna",
        "ninguno",
        "aucune",
        "aucun",
        "нет",
        "无",
        "لا يوجد",
    ];
    let t = chars::trim(text).trim_end_matches(['.', '。']);
    NONE.contains(&lexicon::normalize(t).as_str())
}

/// A short sentence that ends in a colon and opens on the name of a list
/// of tasks (`Next steps agreed:`, `Les prochaines étapes suivantes ont
/// été arrêtées :`, after an article or two): the list after it holds
/// them.
fn announces_actions(text: &str) -> bool {
    let text = chars::trim(text);
    let Some(sentence) = text.strip_suffix([':', '：']) else {
        return false;
    };
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() > 12 {
        return false;
    }
    (0..words.len().min(3)).any(|from| {
        (1..=3)
            .filter(|n| from + n <= words.len())
            .any(|n| lexicon::is_action_header(&words[from..from + n].join(" ")))
    })
}

/// A clause that announces the counted clauses after it as decisions:
/// `会议议定事项如下：`, `The meeting agreed as follows:`.
fn announces_clauses(clause: &str) -> bool {
    let c = chars::trim(clause);
    c.ends_with([':', '：'])
        && (announces_decisions(c)
            || lexicon::ALL
                .iter()
                .any(|l| l.decision_headings.iter().any(|h| c.contains(h))))
}

/// `(due: …)`, `(deadline: …)`, `(owner: …)` and their kin, or a closing
/// bracket naming who and when: tags that mark a sentence as a to-do.
/// (A decision that names its lead, `L'UNCT approuve … (chef de file :
/// UNICEF)`, stays a decision: a tag of who alone is no deadline.)
fn has_action_tag(text: &str) -> bool {
    closing_tag(text).is_some()
        || match labelled_tag(text) {
            Some(Tag::Due) => true,
            Some(Tag::Owner) => !is_decision(text),
            None => false,
        }
}

/// What a [`labelled_tag`] names: who acts, or (also) by when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tag {
    Owner,
    Due,
}

/// `Circulate the report (secretariat; by 6 December 2024).`: a closing
/// bracket that names who acts, then when, set apart by a semicolon (or by
/// a comma before a deadline word). Gives who.
fn closing_tag(text: &str) -> Option<&str> {
    let t = text.trim_end_matches(|c| chars::is_space(c) || matches!(c, '.' | ';' | '；' | '。'));
    let inner = t.strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let inner = &inner[open..];
    let inner = inner.trim_start_matches(['(', '（']);
    let deadline_word = |when: &str| {
        lexicon::ALL.iter().any(|l| {
            l.deadline_before
                .iter()
                .any(|w| lexicon::starts_with_lower(when, w).is_some())
        })
    };
    let (who, when) = match inner.split_once([';', '；']) {
        Some(parts) => parts,
        None => inner
            .split_once(',')
            .filter(|(_, when)| deadline_word(chars::trim(when)))?,
    };
    let (who, when) = (chars::trim(who), chars::trim(when));
    let named = who.starts_with(chars::is_letter) && who.split_whitespace().count() <= 8;
    let dated = deadline_word(when) || !date::find_dates(when).is_empty();
    (named && dated).then_some(who)
}

/// `… (UNHCR, 15 June)`: a task's closing bracket naming who, a comma,
/// then a date and nothing else. Gives who and the date.
fn dated_tag(text: &str) -> Option<(&str, date::DateMatch)> {
    let t = text.trim_end_matches(|c| chars::is_space(c) || matches!(c, '.' | ';' | '；' | '。'));
    let inner = t.strip_suffix([')', '）'])?;
    let inner = inner[inner.rfind(['(', '（'])?..].trim_start_matches(['(', '（']);
    let (who, when) = inner.rsplit_once(',')?;
    let (who, when) = (chars::trim(who), chars::trim(when));
    let d = *date::find_dates(when).first()?;
    let named = who.starts_with(chars::is_letter) && who.split_whitespace().count() <= 8;
    (named && d.start == 0 && d.end == when.len()).then_some((who, d))
}

/// `(due: …)`, `(owner: …)`, `（责任单位：…；完成时限：…）` and their kin: a
/// bracket opening on a label of who acts or of a deadline (not a
/// column word as common as `date` or `when`).
/// Names the most it finds: a deadline, else who.
fn labelled_tag(text: &str) -> Option<Tag> {
    // Every tag opens with a bracket: only the text after one is read
    // (found by bytes: `（` is EF BC 88).
    // (`（截止5月底）`, `(échéance 30 juin)`: a deadline's word alone.)
    let bare = |inner: &str| {
        inner.starts_with("截止") || lexicon::starts_with_lower(inner, "échéance").is_some()
    };
    memchr::memchr2_iter(b'(', 0xEF, text.as_bytes())
        .filter_map(|at| {
            let inner = text[at..].strip_prefix(['(', '（'])?;
            // (A tag alone tags no task: `(Attribué à : Moussa Sarr)`
            // parted from its item.)
            if !text[..at].chars().any(chars::is_letter) {
                return None;
            }
            if bare(inner) {
                return Some(Tag::Due);
            }
            let (label, rest) = inner.split_once([':', '：'])?;
            if chars::more_chars_than(label, 24) {
                return None;
            }
            // (`（责任单位：…；完成时限：…）`: the deadline's label after who.)
            let clause = rest.split([')', '）']).next().unwrap_or(rest);
            let due_after = || {
                clause.split([';', '；', ',', '，']).skip(1).any(|part| {
                    part.split_once([':', '：'])
                        .is_some_and(|(label, _)| is_tag_label(label) == Some(Tag::Due))
                })
            };
            match is_tag_label(label)? {
                Tag::Owner if due_after() => Some(Tag::Due),
                tag => Some(tag),
            }
        })
        .max()
}

/// Whether `label` names who acts or a deadline, in any language.
fn is_tag_label(label: &str) -> Option<Tag> {
    const COMMON: [&str; 10] = [
        "date",
        "when",
        "fecha",
        "cuándo",
        "quand",
        "дата",
        "когда",
        "时间",
        "التاريخ",
        "الموعد",
    ];
    lexicon::with_lower(chars::trim(label), |label| {
        let any = |f: fn(&lexicon::Lexicon) -> &[&str]| {
            lexicon::ALL.iter().any(|l| f(l).contains(&label))
        };
        if any(|l| l.due_columns) && !COMMON.contains(&label) {
            Some(Tag::Due)
        } else if any(|l| l.actor_columns) {
            Some(Tag::Owner)
        } else {
            None
        }
    })
}

/// The sentences of a text: split after `。！？` and after `. ! ?` followed
/// by a space and a capital (so `e.g. the` and `3.5` stay whole).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, len) in chars::sentence_ends(text) {
        let end = i + len;
        clauses(&text[start..end], &mut out);
        start = end;
    }
    clauses(&text[start..], &mut out);
    out.retain(|s| !s.is_empty());
    // (`请项目办…报送审阅。责任人：张伟；完成时间：6月10日前`: who and by when,
    // a sentence of fields, are the task's before them.)
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    let mut k = 1;
    while k < out.len() {
        if opens_on_field(out[k]) {
            let from = offset(out[k - 1]);
            let to = offset(out[k]) + out[k].len();
            out[k - 1] = &text[from..to];
            out.remove(k);
        } else {
            k += 1;
        }
    }
    out.into_iter()
}

/// Whether a sentence opens on the label of who acts or of a deadline
/// (`责任人：张伟；…`, `Responsible: UNDP.`).
fn opens_on_field(sentence: &str) -> bool {
    let t = chars::trim(sentence);
    let Some(colon) = t.find([':', '：']) else {
        return false;
    };
    !chars::more_chars_than(&t[..colon], 16) && is_tag_label(&t[..colon]).is_some()
}

/// Pushes `sentence` to `out`, cut at its counted clauses when it has
/// them: `会议议定事项如下：一是原则同意…；二是请秘书处…` gives `会议议定事项如下：`,
/// `原则同意…；`, `请秘书处…` (each a decision or a task of its own).
fn clauses<'t>(sentence: &'t str, out: &mut Vec<&'t str>) {
    const COUNTERS: [&str; 10] = [
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    ];
    // (Looked for by a finder built once: most sentences are not Chinese.)
    static SECOND: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("二是"));
    if sentence.is_ascii() || SECOND.find(sentence.as_bytes()).is_none() {
        out.push(chars::trim(sentence));
        return;
    }
    // (Counted clauses stand after `：`, `；` or `，`: `这一是…` counts nothing.)
    let counter_at = |at: usize| {
        let before = chars::trim(&sentence[..at]);
        COUNTERS
            .iter()
            .find(|c| sentence[at..].starts_with(*c))
            .filter(|_| before.is_empty() || before.ends_with(['：', '；', '，']))
    };
    let mut clause_start = 0;
    for (at, _) in sentence.char_indices() {
        if let Some(counter) = counter_at(at) {
            out.push(chars::trim(&sentence[clause_start..at]));
            clause_start = at + counter.len();
        }
    }
    out.push(chars::trim(&sentence[clause_start..]));
}

impl Walk<'_> {
    /// One action per body row of a table; the header row says which
    /// columns hold the action, the actor and the deadline. The rows are
    /// those under an action header, or every row of a table whose header
    /// names an action column and an actor or deadline column (`Action |
    /// Responsible | Deadline`), wherever it stands.
    fn table_actions(&mut self, rows: &mut [TableRow], path: Option<&str>) {
        // (`事    项`: a Chinese header spaced out over its column.)
        let names = |r: &TableRow| -> Vec<String> {
            r.cells
                .iter()
                .map(|c| {
                    lexicon::normalize(&chars::close_cjk_gaps(&inline::plain(self.src, &c.inlines)))
                })
                .collect()
        };
        // (`Acuerdo/compromiso`, `Responsable/Responsible`: a name of two
        // is either.)
        let is_name = |h: &str, names: &[&str]| {
            names.contains(&h)
                || (h.contains('/') && h.split('/').any(|p| names.contains(&p.trim())))
        };
        let names_columns = |cells: &[String]| {
            cells.iter().any(|h| {
                lexicon::ALL
                    .iter()
                    .any(|l| is_name(h, l.actor_columns) || is_name(h, l.due_columns))
            })
        };
        // The header: the row a rule follows, or a first row that names columns
        // (AsciiDoc puts its rule above the header).
        let first_names = rows.first().map(names).filter(|n| names_columns(n));
        let header: Vec<String> = rows
            .iter()
            .find(|r| r.header)
            .map(names)
            .or(first_names.clone())
            .unwrap_or_default();
        let skip_first = first_names.is_some() && !rows.iter().any(|r| r.header);
        // A first row that names the columns is the header, rule or not
        // (renderers write it as one).
        if skip_first {
            rows[0].header = true;
        }
        let column = |pick: fn(&Lexicon) -> &'static [&'static str]| {
            header
                .iter()
                .position(|h| lexicon::ALL.iter().any(|l| is_name(h, pick(l))))
        };
        let (actor_col, due_col) = (column(|l| l.actor_columns), column(|l| l.due_columns));
        let status_col = column(|l| l.status_columns);
        // `| N.º | Acuerdo |`, `| Item | Discussion | Decision |`: a column
        // that names decisions holds one a row.
        let decision_col =
            column(|l| l.decision_headings).or_else(|| column(|l| l.decision_prefixes));
        // (`| Acuerdo | Responsable | Fecha límite |`: agreements each with
        // who and by when are tasks, the column their text.)
        let action_col = column(|l| l.action_columns)
            .or(decision_col.filter(|_| actor_col.is_some() && due_col.is_some()));
        let decision_col = decision_col.filter(|&k| Some(k) != action_col);
        let action_table = action_col.is_some() && (actor_col.is_some() || due_col.is_some());
        // (A log at the end of decisions the text recorded already, as many
        // as its rows or more, repeats them: `## Decisions log`.)
        let rows_below = rows.iter().filter(|r| !r.header).count();
        if let Some(k) = decision_col.filter(|_| self.decisions.len() < rows_below) {
            self.table_decisions(rows, k, !action_table, path);
        }
        for row in rows.iter_mut().skip(usize::from(skip_first)) {
            if action_table && !row.header && row.role.is_none() {
                row.role = Some(Role::Action);
            }
            if row.role != Some(Role::Action) {
                continue;
            }
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|c| inline::plain(self.src, &c.inlines).into_owned())
                .collect();
            // A tracker's row done already (`Closed`) is no action left.
            let done = status_col.and_then(|k| cells.get(k)).is_some_and(|c| {
                let status = lexicon::normalize(c);
                // (`Cancelled – superseded by global LTA`: its first word.)
                let first = status
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                (lexicon::ALL.iter()).any(|l| {
                    l.done_statuses.contains(&status.as_str()) || l.done_statuses.contains(&first)
                })
            });
            if done {
                row.role = None;
                continue;
            }
            let text_cells: Vec<&str> = cells
                .iter()
                .enumerate()
                .filter(|&(k, c)| {
                    Some(k) != actor_col
                        && Some(k) != due_col
                        && Some(k) != status_col
                        && !c.is_empty()
                })
                .map(|(_, c)| c.as_str())
                .collect();
            // The action column, when there is one, is the text: not the
            // row number beside it.
            let text = match action_col
                .and_then(|k| cells.get(k))
                .map(|c| chars::trim(c))
            {
                Some(c) if !c.is_empty() => c.to_string(),
                _ => text_cells.join(" "),
            };
            // (`Председатель | ___________ | А. Мамбетова`: a line to sign
            // on under the table, no task.)
            let to_sign = |c: &String| {
                let c = chars::trim(c);
                c.len() >= 3 && c.bytes().all(|b| b == b'_')
            };
            if !text.contains(char::is_alphabetic) || cells.iter().any(to_sign) {
                row.role = None;
                continue;
            }
            let cell = |col: Option<usize>| {
                col.and_then(|k| cells.get(k))
                    .map(|c| chars::trim(c))
                    .filter(|c| !c.is_empty())
            };
            let actor = cell(actor_col)
                .map(str::to_string)
                .or_else(|| actor_in(&text, self.lang));
            // A date in the deadline column is the deadline, whatever word stands before it.
            let due = match cell(due_col) {
                Some(c) => (date::find_dates(c).first())
                    .and_then(|d| d.iso(d.year.or_else(|| self.year_for(d.month))))
                    // (`12月底前`, `end of June`: the month's last day.)
                    .or_else(|| month_end_in(c, self.meeting, true)),
                None => due(&text, self.meeting),
            };
            let due_text = if due.is_none() {
                cell(due_col)
                    .map(str::to_string)
                    .or_else(|| due_text(&text))
            } else {
                None
            };
            push_lean(
                &mut self.actions,
                Action {
                    text,
                    actor,
                    due,
                    due_text,
                    section: path.map(str::to_string),
                    span: row.span,
                },
            );
        }
    }

    /// Records the cell in column `col` of each row as a decision (not one
    /// that says there is none: `—`, `None`); marks the row a decision when
    /// `mark` (a table of actions keeps its rows' role).
    fn table_decisions(
        &mut self,
        rows: &mut [TableRow],
        col: usize,
        mark: bool,
        path: Option<&str>,
    ) {
        for row in rows.iter_mut().filter(|r| !r.header && r.role.is_none()) {
            let Some(cell) = row.cells.get(col) else {
                continue;
            };
            let text = inline::plain(self.src, &cell.inlines);
            let text = chars::trim(&text);
            if !text.chars().any(chars::is_letter) || is_none(text) {
                continue;
            }
            push_lean(
                &mut self.decisions,
                Decision {
                    text: text.to_string(),
                    section: path.map(str::to_string),
                    span: row.span,
                },
            );
            if mark {
                row.role = Some(Role::Decision);
            }
        }
    }

    /// The year of a date written without one: the meeting's, or the next
    /// for a month before the meeting's.
    fn year_for(&self, month: u32) -> Option<i32> {
        let (y, m, _) = self.meeting?;
        Some(if month < m { y + 1 } else { y })
    }
}

fn strip_action_prefix(text: &str) -> String {
    match lexicon::action_prefix(text) {
        Some(len) => chars::trim(&text[len..]).to_string(),
        None => text.to_string(),
    }
}

/// Where an Org-mode task's planning or drawer starts, joined to its task.
const ORG_FIELDS: [&str; 4] = [
    " DEADLINE: <",
    " SCHEDULED: <",
    " CLOSED: [",
    " :PROPERTIES:",
];

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
    crate::work::add(text.len());
    let candidates = decision_candidates(text);
    if candidates.is_empty() {
        return false;
    }
    let lower = chars::to_lower(text);
    candidates.into_iter().any(|marker| {
        word_positions(&lower, marker.text).any(|at| {
            !(marker.negations.iter()).any(|&(n, k)| {
                at >= k
                    && lower.get(at - k..).is_some_and(|rest| rest.starts_with(n))
                    && (n.starts_with(is_cjk)
                        || !lower[..at - k]
                            .chars()
                            .next_back()
                            .is_some_and(chars::is_alnum))
            }) && !negated(&lower[..at], marker.lex)
                && !unasserted(&lower, at, marker)
        })
    })
}

/// A decision marker of a language, with the negations that hold it
/// (`not agreed` for `agreed`) and where: found once, not at every match.
struct Marker {
    lex: &'static Lexicon,
    text: &'static str,
    negations: Vec<(&'static str, usize)>,
}

impl Marker {
    fn new(lex: &'static Lexicon, text: &'static str) -> Self {
        let negations = (lex.decision_negations.iter())
            .filter_map(|&n| Some((n, n.find(text)?)))
            .collect();
        Marker {
            lex,
            text,
            negations,
        }
    }
}

/// The decision markers `text` may hold: those whose longest word is one of
/// its words, and the Chinese ones it holds. One pass over the
/// words instead of a search per marker and language; most sentences give
/// none and are never lower-cased whole.
fn decision_candidates(text: &str) -> Vec<&'static Marker> {
    let index = &*DECISION_INDEX;
    let mut candidates = Vec::new();
    for word in text
        .split(|c: char| !chars::is_alnum(c))
        .filter(|w| !w.is_empty())
    {
        if !index.may_hold(word) {
            continue;
        }
        lexicon::with_lower(word, |w| {
            if let Some(list) = index.by_word.get(w) {
                candidates.extend(list);
            }
        });
    }
    // Ideographs have no case: the Chinese markers the text holds as
    // written, looked for only when the text holds a byte that starts one
    // (ideographs: not the E2 of curly quotes and dashes).
    if text.bytes().any(|b| b >= index.cjk_lead) {
        candidates.extend(index.cjk.iter().filter(|m| text.contains(m.text)));
    }
    candidates
}

/// Decision markers of every language, by their longest word (`élu` for
/// `a élu`: the first words, `a`, `se`, `it`, are too common to sift).
struct DecisionIndex {
    by_word: FxHashMap<&'static str, Vec<Marker>>,
    cjk: Vec<Marker>,
    /// The smallest first byte of the Chinese markers.
    cjk_lead: u8,
    /// For each ASCII first letter (in lower case), the lengths of the ASCII
    /// keys it starts (bit `n` for `n` bytes, bit 63 for 63 or more): most
    /// ASCII words are turned away here, before lower-casing and hashing.
    ascii_shapes: [u64; 128],
    /// The first letters of every key ([`lexicon::firsts`]; a Chinese
    /// clause, one long word here, is turned away by them before being
    /// hashed).
    firsts: Vec<char>,
}

impl DecisionIndex {
    fn shape(word: &str) -> (usize, u64) {
        let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        (usize::from(first & 0x7F), 1 << word.len().min(63))
    }

    /// Whether `word` may be a key: an ASCII word by its first letter and
    /// length, any other by its first letter in lower case.
    fn may_hold(&self, word: &str) -> bool {
        if word.is_ascii() {
            let (first, len) = Self::shape(word);
            return self.ascii_shapes[first] & len != 0;
        }
        lexicon::starts_like(word, &self.firsts)
    }
}

static DECISION_INDEX: LazyLock<DecisionIndex> = LazyLock::new(|| {
    let mut index = DecisionIndex {
        by_word: FxHashMap::default(),
        cjk: Vec::new(),
        cjk_lead: u8::MAX,
        ascii_shapes: [0; 128],
        firsts: Vec::new(),
    };
    for lex in lexicon::ALL {
        for m in lex.decision_markers {
            if m.chars().next().is_some_and(is_cjk) {
                index.cjk.push(Marker::new(lex, m));
                index.cjk_lead = index.cjk_lead.min(m.as_bytes()[0]);
            } else if let Some(key) = m
                .split(|c: char| !c.is_alphanumeric())
                .max_by_key(|w| w.chars().count())
                .filter(|w| !w.is_empty())
            {
                index
                    .by_word
                    .entry(key)
                    .or_default()
                    .push(Marker::new(lex, m));
                if key.is_ascii() {
                    let (first, len) = DecisionIndex::shape(key);
                    index.ascii_shapes[first] |= len;
                }
            }
        }
    }
    index.firsts = lexicon::firsts(index.by_word.keys());
    index
});

/// Whether the words just before a marker negate it (`no se llegó a un
/// acuerdo`, `was not formally adopted`, `未批准`).
fn negated(before: &str, lex: &Lexicon) -> bool {
    let before = before.trim_end();
    let direct = lex.negators.iter().any(|n| {
        before.strip_suffix(n).is_some_and(|rest| {
            n.chars().next().is_some_and(is_cjk)
                || !rest.chars().next_back().is_some_and(chars::is_alnum)
        })
    });
    // One word may stand between: `was not formally adopted`.
    let mut words = before.rsplit(char::is_whitespace);
    let _adverb = words.next();
    let one_between = words
        .next()
        .is_some_and(|w| lex.negators.contains(&w) && !w.chars().next().is_some_and(is_cjk));
    direct || one_between
}

/// Whether the marker at `at` in `lower` is no decision of the meeting
/// though nothing negates it: a participle qualifying a noun (`criteria
/// adopted in 2023`; `was adopted by the` is the verb) or a wish
/// (`希望该决定草案…获得通过`).
fn unasserted(lower: &str, at: usize, marker: &Marker) -> bool {
    let lex = marker.lex;
    let before = &lower[..at];
    // (`Approved by: K. Owusu-Ansah`: a signature's label.)
    let after = lower[at + marker.text.len()..].trim_start();
    let label = after
        .split_whitespace()
        .next()
        .is_some_and(|w| ["by:", "par:", "por:"].contains(&w));
    if label {
        return true;
    }
    let qualifies = !lex.participle_tails.is_empty() && {
        let after = lower[at + marker.text.len()..].trim_start();
        let mut words = before.split_whitespace().rev();
        let auxiliary =
            |w: Option<&str>| w.is_some_and(|w| lex.participle_auxiliaries.contains(&w));
        (lex.participle_tails.iter()).any(|t| after.starts_with(t))
            && !auxiliary(words.next())
            && !auxiliary(words.next())
    };
    // A hedge counts in the marker's clause only: `希望…，会议决定`
    // decides.
    qualifies
        || (!lex.decision_hedges.is_empty() && {
            let clause = before.rsplit([',', ';', ':', '，', '；', '：']).next();
            let clause = clause.unwrap_or(before);
            (lex.decision_hedges.iter()).any(|h| word_positions(clause, h).next().is_some())
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
                !before.is_some_and(chars::is_alnum) && !after.is_some_and(chars::is_alnum)
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
    actor_reported(text, doc_lang, true)
}

/// [`actor_in`], looking past a reporting verb's comma when `reported` (once:
/// the clause after it is read without).
fn actor_reported(text: &str, doc_lang: Option<&str>, reported: bool) -> Option<String> {
    crate::work::add(text.len());
    let t = without_numbered_label(chars::trim(text));
    if let Some(owner) = owner_form(t) {
        return Some(owner);
    }
    if let Some(who) = closing_tag(t) {
        return Some(who.to_string());
    }
    // `Председатель говорит, что секретариат распространит…`: a reporting
    // verb with a comma in it ends the first clause before the one who
    // acts; read the clause after it (a pronoun there is the speaker's).
    // (Its subject opens in lower case: read as a sentence's, kept as
    // written.)
    if let Some(rest) = after_comma_reporting(t).filter(|_| reported) {
        let mut cs = rest.chars();
        let capital: String = cs
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(cs)
            .collect();
        let who = (capital.len() == rest.len())
            .then(|| actor_reported(&capital, doc_lang, false))
            .flatten()
            .filter(|w| capital.starts_with(w.as_str()))
            .and_then(|w| rest.get(..w.len()))
            .filter(|w| {
                let w = chars::to_lower(w);
                !lexicon::ALL
                    .iter()
                    .any(|l| l.pronouns.contains(&w.as_str()))
            });
        if let Some(who) = who {
            return Some(who.to_string());
        }
    }
    if let Some(who) = (bracketed_owner(t).or_else(|| mentioned_owner(t)))
        .or_else(|| leading_owner(t))
        .or_else(|| trailing_owner(t))
        .or_else(|| mention_inside(t))
    {
        return Some(who.to_string());
    }
    if let Some(who) = instructed(t).or_else(|| requested(t).map(|(who, _)| who)) {
        return Some(who);
    }
    let first = t.chars().find(|&c| chars::is_letter(c))?;
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
        return actor_verb_first(t, lex).or_else(|| actor_colon(t));
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
    let clause = Clause::new(t);
    order
        .iter()
        .enumerate()
        .filter(|&(k, l)| !order[..k].iter().any(|o| o.lang == l.lang))
        .find_map(|(_, l)| actor_words(&clause, l))
        .map(before_reporting)
        .or_else(|| actor_colon(t))
}

/// `Поручить Секретариату KazIGF в срок до 16 мая подготовить…` →
/// `Секретариату KazIGF`: who a protocol's instruction names, the words
/// after the verb up to a deadline word or the infinitive it instructs.
fn instructed(t: &str) -> Option<String> {
    if let Some(who) = addressed(t) {
        return Some(who);
    }
    // Turned away by the first letter, then compared in place: nothing is
    // lower-cased for the sentences that open otherwise.
    static VERBS: LazyLock<lexicon::ByFirst<(&Lexicon, &str)>> = LazyLock::new(|| {
        lexicon::ByFirst::new(
            lexicon::ALL
                .iter()
                .flat_map(|&l| l.instruction_verbs.iter().map(move |&v| (v, (l, v)))),
        )
    });
    let (lex, end) = VERBS.starting(t).iter().find_map(|&(l, v)| {
        let end = lexicon::starts_with_lower(t, v)?;
        t[end..].starts_with(chars::is_space).then_some((l, end))
    })?;
    let words = t[end..].split_whitespace();
    let infinitive = |w: &str| lex.infinitive_endings.iter().any(|e| w.ends_with(e));
    let deadline = |w: &str| {
        lex.deadline_before
            .iter()
            .any(|d| d.split(' ').next() == Some(w))
    };
    let mut who: Vec<&str> = Vec::new();
    for w in words.take(9) {
        let lower = chars::to_lower(w);
        if infinitive(&lower) || deadline(&lower) {
            break;
        }
        who.push(w);
    }
    // The instruction's own verb must follow within the words looked at.
    (!who.is_empty() && who.len() <= 8)
        .then(|| who.join(" ").trim_end_matches([',', ';']).to_string())
}

/// `Секретариату (Петрову И.И.) в срок до 15.04.2025 подготовить…`,
/// `ОКР подготовить…`: a protocol's instruction without its verb, the body
/// in the dative (or an acronym) before the infinitive; who is addressed,
/// up to the deadline, an adverb or the infinitive.
fn addressed(t: &str) -> Option<String> {
    // (`Секретарю`, `Председателю`, `Руководителю`: `-рю`, `-лю` too.)
    const DATIVES: [&str; 11] = [
        "ату", "ству", "ету", "иту", "ору", "ару", "ам", "ям", "ому", "арю", "елю",
    ];
    const STOPS: [&str; 6] = ["в", "до", "не", "ежеквартально", "ежемесячно", "постоянно"];
    let first = t.split_whitespace().next()?;
    let cyrillic = first.starts_with(|c: char| ('А'..='Я').contains(&c) || c == 'Ё');
    if !cyrillic {
        return None;
    }
    let acronym = first.chars().count() >= 2 && first.chars().all(|c| c.is_uppercase());
    let lower = chars::to_lower(first);
    if !(acronym || DATIVES.iter().any(|d| lower.ends_with(d))) {
        return None;
    }
    // (`провести`, not `деятельности`: nouns in `-ости` are no verbs.)
    let infinitive = |w: &str| {
        let w = w.trim_end_matches([',', ';']);
        w.starts_with(char::is_lowercase)
            && ["ть", "ти", "чь"].iter().any(|e| w.ends_with(e))
            && !w.ends_with("ости")
    };
    let words: Vec<&str> = t.split_whitespace().take(16).collect();
    let at = words.iter().position(|w| infinitive(w))?;
    // (`не представившим материалы`: `не` before a participle is the name's;
    // `не позднее` is the deadline.)
    let modals = lexicon::get("ru").map_or(&[][..], |ru| ru.modals);
    let stop = (1..at).find(|&k| {
        let w = chars::to_lower(words[k]);
        // (`Членам Бюро предлагается…`: the modal ends who is addressed.)
        modals.contains(&w.as_str())
            || STOPS.contains(&w.as_str())
                && (w != "не" || words.get(k + 1).is_some_and(|n| n.starts_with("позднее")))
                && (w != "в"
                    || words
                        .get(k + 1)
                        .is_some_and(|n| n.starts_with("срок") || n.starts_with("течение")))
    });
    let end = stop.unwrap_or(at);
    (acronym && at == 1 || !acronym && end >= 1).then(|| {
        words[..end]
            .join(" ")
            .trim_end_matches([',', ';'])
            .to_string()
    })
}

/// `Requested the secretariat to prepare…` (an item under `The Bureau:`),
/// `The Committee invited member States that had not yet done so to
/// submit…`, `просило секретариат подготовить…`, `طلب إلى الأمانة أن تعمم…`,
/// `请秘书处编写…`: the one a meeting body asks to act, the words after the
/// request verb up to the word that opens the task. Nobody when a person
/// asks (`The Chair invited the Committee to adopt…` is procedure). With
/// whether a body is named as the one asking (in running text, a request
/// without one is a notice: `请各代表团留意…`).
fn requested(t: &str) -> Option<(String, bool)> {
    // The verb of every request phrase (its longest word: `prié` of `a
    // prié`): most sentences hold none among their first words and are
    // turned away before anything is collected.
    static VERBS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        (lexicon::ALL.iter())
            .flat_map(|l| l.request_verbs.iter())
            // (The first of the longest: `طلب` of `طلب إلى`, not `إلى`.)
            .filter_map(|v| {
                v.split(' ').fold(None, |best: Option<&str>, w| match best {
                    Some(b) if b.chars().count() >= w.chars().count() => Some(b),
                    _ => Some(w),
                })
            })
            .collect()
    });
    const ASKER_WORDS: usize = 6;
    let t = chars::trim(t);
    if t.starts_with(is_cjk) {
        return requested_cjk(t);
    }
    if let Some(who) = obliged_ar(t) {
        return Some((who, false));
    }
    // (The verb stands after at most six words of the one who asks and
    // before its preposition: within the first nine words.)
    // (A word is looked up only when its first letter and its length are a
    // verb's: most words are turned away without being lower-cased.)
    static FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| lexicon::firsts(VERBS.iter()));
    static LONGEST: LazyLock<usize> =
        LazyLock::new(|| VERBS.iter().map(|v| v.len()).max().unwrap_or(0));
    // (Texts are reflowed: their words are set apart by single spaces.)
    let seen = t
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(ASKER_WORDS + 3)
        .any(|w| {
            w.len() <= *LONGEST + 4 && lexicon::starts_like(w, &FIRSTS) && {
                let w = w.trim_matches(|c: char| !chars::is_alnum(c) && c != '\'' && c != '’');
                lexicon::with_lower(w, |w| VERBS.contains(w))
            }
        });
    if !seen {
        return None;
    }
    // The first clause, found by its bytes (`؛` is D8 9B).
    let b = t.as_bytes();
    let end = (0..b.len())
        .find(|&i| matches!(b[i], b'.' | b';' | b':' | b'(') || b[i..].starts_with(&[0xD8, 0x9B]))
        .unwrap_or(b.len());
    let words: Vec<(usize, &str)> = (t[..end].split_whitespace().take(24))
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let lower: Vec<Cow<str>> = words.iter().map(|(_, w)| bare(w)).collect();
    let is = |k: usize, w: &str| lower.get(k).is_some_and(|l| l == w);
    // The first words of the phrases: a phrase is tried only where one
    // stands.
    static OPENERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        (lexicon::ALL.iter())
            .flat_map(|l| l.request_verbs.iter())
            .filter_map(|v| v.split(' ').next())
            .collect()
    });
    for lex in lexicon::ALL.iter().filter(|l| !l.request_verbs.is_empty()) {
        // (`The SBSTA requested…`, `El OSACT pidió…`: a body by its acronym,
        // after an article; `UNICEF requested…` is a member asking.)
        let acronym = |k: usize| {
            let w = words[k].1;
            k > 0
                && (2..=8).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && lex.articles.contains(&lower[k - 1].as_ref())
        };
        let body = |k: usize| {
            lower
                .get(k)
                .is_some_and(|w| lex.bodies.contains(&w.as_ref()) || acronym(k))
        };
        for at in 0..=ASKER_WORDS.min(lower.len()) {
            // Asked by nobody named (an item under `The Bureau:`) or by a
            // body right before the verb, an adverb between (`The Bureau
            // also requested`; not `A group of delegations urged`).
            // (`Also requests the Administrator to…`, `Further requests…`: a
            // board's operative paragraph, the adverb alone before the verb.)
            let adverb = |k: usize| {
                lower[k].ends_with("ly")
                    || ["also", "further", "again"].contains(&lower[k].as_ref())
            };
            let asker = (at > 0 && !(at == 1 && adverb(0))).then(|| {
                if at > 1 && adverb(at - 1) {
                    at - 2
                } else {
                    at - 1
                }
            });
            if asker.is_some_and(|k| !body(k))
                || !lower.get(at).is_some_and(|w| OPENERS.contains(w.as_ref()))
            {
                continue;
            }
            for verb in lex.request_verbs {
                let mut k = at;
                let mut matched = true;
                for (n, part) in verb.split(' ').enumerate() {
                    // `طلب المكتب إلى الأمانة`: the body after the verb,
                    // with its adjectives (`طلب المجلس التنفيذي إلى`).
                    if n == 1 && lex.verb_first && body(k) {
                        k += 1;
                        let mut adjectives = 0;
                        while adjectives < 2
                            && !is(k, part)
                            && lower.get(k).is_some_and(|w| w.starts_with("ال"))
                        {
                            k += 1;
                            adjectives += 1;
                        }
                    }
                    if !is(k, part) {
                        matched = false;
                        break;
                    }
                    k += 1;
                }
                if !matched {
                    continue;
                }
                if lex.verb_first && verb.split(' ').count() == 1 && body(k) {
                    k += 1;
                }
                let link = |j: usize| {
                    let w = lower[j].as_ref();
                    // (`طُلب من رؤساء الوكالات تأكيد…`: in Arabic the task
                    // may open on its verbal noun, the first word without
                    // the article after the one asked, a definite phrase.)
                    if lex.lang == "ar" && masdar_after(&lower, j) {
                        return true;
                    }
                    if lex.request_links.is_empty() {
                        lex.infinitive_endings.iter().any(|e| w.ends_with(e))
                    } else {
                        // (`d'`, `بـ`: a link set before the word it links.)
                        (lex.request_links.iter()).any(|l| {
                            w == *l
                                || (l.ends_with(['\'', '’', 'ـ'])
                                    && w.starts_with(l.trim_end_matches('ـ'))
                                    && w.len() > l.len() + 2)
                        })
                    }
                };
                let Some(task) = (k + 1..lower.len().min(k + 15)).find(|&j| link(j)) else {
                    continue;
                };
                // `the Chair, with the support of…`, `member States that had
                // not yet done so`: the one asked ends at a comma or a
                // relative pronoun.
                let mut last = task;
                for j in k..task {
                    if j > k && RELATIVES.contains(&lower[j].as_ref()) {
                        last = j;
                        break;
                    }
                    // (Not within a list of names: `UNDP, UNFPA and UNOPS`.)
                    let name_next = words
                        .get(j + 1)
                        .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_uppercase()));
                    if words[j].1.ends_with([',', '،']) && !name_next {
                        last = j + 1;
                        break;
                    }
                }
                let (from, (at_last, w_last)) = (words[k].0, words[last - 1]);
                let who = t[from..at_last + w_last.len()].trim_end_matches([',', '،', ';']);
                // `asked for the brief to be…`, `asked that the…`: nobody
                // is asked.
                let opener = lower[k].as_ref();
                // (`Il est demandé à l'UNICEF de…`: the meeting asks, though
                // it names itself nowhere.)
                let named = asker.is_some() || verb.starts_with("il est ");
                if !who.is_empty() && !NOT_ASKED.contains(&opener) {
                    return Some((who.to_string(), named));
                }
            }
        }
    }
    None
}

/// Whether Arabic word `j` opens a task on its verbal noun: no article
/// and no preposition, right after a word with the article
/// (`رؤساء الوكالات تأكيد`).
/// (`وحدة الرصد والتقييم تحديث…`: a definite word joined by `و` counts;
/// `المعني بصياغة`: a word with a preposition glued on, `ب` or `ل`, is the
/// phrase going on.)
fn masdar_after(lower: &[Cow<str>], j: usize) -> bool {
    const PREPOSITIONS: [&str; 6] = ["في", "من", "على", "عن", "مع", "إلى"];
    let w = lower[j].as_ref();
    j > 0
        && (lower[j - 1].starts_with("ال") || lower[j - 1].starts_with("وال"))
        && !w.starts_with("ال")
        && !w.starts_with(['و', 'ب', 'ل'])
        && !PREPOSITIONS.contains(&w)
        && w.chars().count() >= 4
}

/// `على الوكالات الأعضاء … تقديم مدخلاتها…`: an obligation in Arabic,
/// `على` then who (a definite phrase, a preposition's phrase in it) then
/// the task's verbal noun. Gives who.
fn obliged_ar(t: &str) -> Option<String> {
    let rest = t.strip_prefix("على ")?;
    let words: Vec<&str> = rest.split_whitespace().take(10).collect();
    // (Who: a definite word, or a noun before one, `وحدة الرصد`.)
    let definite = |w: &&str| w.starts_with("ال");
    if !(words.first().is_some_and(definite) || words.get(1).is_some_and(definite)) {
        return None;
    }
    let lower: Vec<Cow<str>> = words.iter().map(|w| bare(w)).collect();
    let task = (1..words.len()).find(|&j| masdar_after(&lower, j))?;
    Some(words[..task].join(" "))
}

/// `La Secretaría enviará la convocatoria…`, `The Secretariat will post
/// the recording`, `Secretariat to update…`, `秘书处将在会后…`, `ستعرض
/// الأمانة…`: the secretariat's undertaking, in the future, is its task,
/// dated or not. (Only the secretariat's: another's undated future is a
/// plan or a forecast as often as a task. Not `will be`, `será`, `sera`:
/// a state.)
fn secretariat_will(t: &str) -> bool {
    let t = chars::trim(t);
    // (Its name among the first bytes, found without its first letter's
    // case: most sentences hold none.)
    static NAMES: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        (lexicon::ALL.iter().flat_map(|l| l.secretariat_names))
            .map(|n| {
                let first = n.chars().next().map_or(0, char::len_utf8);
                let tail = if n.starts_with(is_cjk) {
                    n
                } else {
                    &n[first..]
                };
                memchr::memmem::Finder::new(tail)
            })
            .collect()
    });
    let head = &t.as_bytes()[..t.len().min(64)];
    if !NAMES.iter().any(|f| f.find(head).is_some()) {
        return false;
    }
    // (The first words only, cut at a character's boundary.)
    let cut = (0..=t.len().min(80))
        .rev()
        .find(|&k| t.is_char_boundary(k))
        .unwrap_or(0);
    let lower = chars::to_lower(&t[..cut]);
    let words: Vec<&str> = lower.split_whitespace().take(6).collect();
    lexicon::ALL.iter().any(|l| {
        l.secretariat_names
            .iter()
            .any(|name| undertakes(l, name, &lower, &words))
    })
}

/// Whether `lower` (its first `words`) opens with `name`, the secretariat,
/// undertaking in `l`'s words: a modal or a future after it (`will`, `to`,
/// `enviará`; not a passive's auxiliary, `will be`, `será`), one word of
/// its name between (`Secretaría Técnica`, `ECE secretariat`); before it in
/// a verb-first language (`ستعرض الأمانة`); right after it in Chinese
/// (`秘书处将`).
fn undertakes(l: &Lexicon, name: &str, lower: &str, words: &[&str]) -> bool {
    let modal = |rest: &str| {
        !(l.passive_auxiliaries.iter()).any(|a| starts_with_word(rest, a))
            && (l.modals.iter())
                .any(|m| starts_with_word(rest, m) || (is_cjk_str(m) && rest.starts_with(m)))
    };
    if name.starts_with(is_cjk) {
        return lower.strip_prefix(name).is_some_and(modal);
    }
    if l.verb_first {
        return words.len() >= 2
            && words[1].starts_with(name)
            && (l.future_prefixes.iter()).any(|p| words[0].starts_with(p));
    }
    let Some(k) = words.iter().position(|w| w.trim_end_matches(',') == name) else {
        return false;
    };
    // (After an article, or one word of its name.)
    let before_ok = match k {
        0 | 1 => true,
        2 => l.articles.contains(&words[0]),
        _ => false,
    };
    let future = |w: &str| {
        w.chars().count() >= 5
            && (l.future_endings.iter()).any(|e| w.ends_with(e))
            && !l.passive_auxiliaries.contains(&w)
    };
    before_ok
        && (k + 1..words.len().min(k + 3)).any(|j| {
            let rest = words[j..].join(" ");
            modal(&rest) || future(words[j])
        })
}

/// Whether `text` starts with the words `phrase`, whole.
fn starts_with_word(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

fn is_cjk_str(s: &str) -> bool {
    s.starts_with(is_cjk)
}

/// `The Secretariat was requested to prepare…`, `Les États membres sont
/// invités à…`: a request in the passive, the one asked its subject (a
/// task, dated or not; [`actor_in`] reads the subject).
fn passive_request(t: &str) -> bool {
    const AUXILIARIES: [&str; 8] = ["was", "were", "is", "are", "est", "sont", "été", "fue"];
    const PARTICIPLES: [&str; 20] = [
        "requested",
        "asked",
        "invited",
        "urged",
        "encouraged",
        "tasked",
        "mandated",
        "instructed",
        "prié",
        "priée",
        "priés",
        "priées",
        "invité",
        "invitée",
        "invités",
        "invitées",
        "chargé",
        "chargée",
        "chargés",
        "chargées",
    ];
    const LINKS: [&str; 5] = ["to", "à", "de", "d'", "d’"];
    // (Looked for only where a participle and its link stand: `ed to `, or
    // a French participle after an `é`; most sentences hold neither.)
    static ENGLISH: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("ed to "));
    static FRENCH: LazyLock<lexicon::Keys> =
        LazyLock::new(|| lexicon::Keys::new(&["prié", "invité", "chargé"]));
    let b = t.as_bytes();
    let french = || memchr::memmem::find(b, "é".as_bytes()).is_some() && FRENCH.any_in(t);
    if ENGLISH.find(b).is_none() && !french() {
        return false;
    }
    let clause = Clause::new(chars::trim(t));
    let words = &clause.words;
    (1..words.len().saturating_sub(2)).any(|k| {
        AUXILIARIES.contains(&words[k].as_ref())
            && PARTICIPLES.contains(&words[k + 1].as_ref())
            && (LINKS.contains(&words[k + 2].as_ref())
                || words[k + 2].starts_with(['d', 'l']) && words[k + 2].contains(['\'', '’']))
    })
}

/// `Reuniones del GIG: El grupo decidió…`: the label of a topic (a
/// meeting tool's notes) before a decision is no part of it.
fn without_topic_label(s: &str) -> &str {
    let Some((label, rest)) = s.split_once(": ") else {
        return s;
    };
    let rest = chars::trim(rest);
    let words = label.split_whitespace().count();
    let topic = (1..=6).contains(&words)
        && !label.contains(['.', '(', '«', '"'])
        && rest.starts_with(char::is_uppercase)
        && !is_decision(label)
        && is_decision(rest);
    if topic { rest } else { s }
}

/// `تحديث المؤشرات @Mona Farouk ٢٠٢٥/٠٥/٢٠ `قيد التنفيذ``: the one person a
/// task mentions after its words (a Confluence task's assignee), up to its
/// date or status; nobody when it mentions two.
fn mention_inside(t: &str) -> Option<&str> {
    let mut at =
        memchr::memchr_iter(b'@', t.as_bytes()).filter(|&i| i > 0 && t.as_bytes()[i - 1] == b' ');
    let first = at.next()?;
    if at.next().is_some() {
        return None;
    }
    let rest = &t[first + 1..];
    let mut end = 0;
    for (count, word) in rest.split(' ').enumerate() {
        let stop = word.is_empty()
            || word.starts_with(['`', '(', '['])
            || word.chars().any(|c| chars::digit(c).is_some())
            || count == 3;
        if stop {
            break;
        }
        end += word.len() + 1;
    }
    let name = chars::trim(&rest[..end.min(rest.len())]);
    (!name.is_empty() && !name.starts_with(char::is_lowercase)).then_some(name)
}

/// `Responsable: PNUD — Fecha compromiso: 30/05/2025 — Enviar la
/// propuesta…`: a task after its owner's field (and its deadline's), set
/// apart by dashes; gives the task.
fn fields_first(text: &str) -> Option<&str> {
    // (A task's box after a list's number, `1. [ ] Responsable: …`, is no
    // field.)
    let text = text.strip_prefix("[ ] ").unwrap_or(text);
    // (Most texts open otherwise: the owner's label is looked up only when
    // a dash stands in the text, its first byte E2, and a colon in its
    // first words.)
    memchr::memchr(0xE2, text.as_bytes())?;
    let colon = text.find([':', '：']).filter(|&at| at <= 48)?;
    let label = lexicon::normalize(&text[..colon]);
    let is = |names: fn(&Lexicon) -> &'static [&'static str], label: &str| {
        lexicon::ALL.iter().any(|l| names(l).contains(&label))
    };
    if !is(|l| l.actor_columns, &label) {
        return None;
    }
    let mut rest = text;
    loop {
        let (field, after) = [" — ", " – "]
            .iter()
            .filter_map(|d| rest.split_once(d))
            .min_by_key(|(field, _)| field.len())?;
        let label = field
            .split_once([':', '：'])
            .map(|(l, _)| lexicon::normalize(l));
        let named = label.is_some_and(|l| is(|x| x.actor_columns, &l) || is(|x| x.due_columns, &l));
        if !named {
            return None;
        }
        rest = after;
        let next = rest
            .split_once([':', '：'])
            .map(|(l, _)| lexicon::normalize(l));
        let another = next.is_some_and(|l| {
            l.split_whitespace().count() <= 3
                && (is(|x| x.actor_columns, &l) || is(|x| x.due_columns, &l))
        });
        if !another {
            let task = chars::trim(rest);
            return (!task.is_empty()).then_some(task);
        }
    }
}

/// `Поручения по пункту 3:`, `Actions under item 4:`: an action header's
/// words (the first one to three), then what they are about.
fn action_label(text: &str) -> bool {
    let label = chars::trim(text).trim_end_matches([':', '：']);
    let words: Vec<&str> = label.split_whitespace().take(4).collect();
    (1..=words.len().min(3)).any(|n| {
        let head = words[..n].join(" ");
        n < words.len() && lexicon::is_action_header(&head)
    })
}

/// Words that, right after a request verb, show it asks for something, not
/// someone (`asked for`, `asked that`, `requested information on`).
const NOT_ASKED: &[&str] = &[
    "for",
    "that",
    "whether",
    "about",
    "if",
    "information",
    "clarification",
    "clarifications",
];

/// Relative pronouns that end a noun phrase (`member States that had…`).
const RELATIVES: &[&str] = &[
    "that",
    "which",
    "who",
    "whose",
    "qui",
    "dont",
    "quienes",
    "cuyos",
    "который",
    "которая",
    "которое",
    "которые",
    "التي",
    "الذي",
    "الذين",
];

/// `请秘书处与东道国协商…`, `主席团请执行秘书根据…`: the one asked, between
/// `请` and the preposition or verb that follows, ending like a person or a
/// body (`邀请` invites, it names nobody).
fn requested_cjk(t: &str) -> Option<(String, bool)> {
    let zh = lexicon::get("zh")?;
    // `会议要求各机构于…前…`: a body requires it too (`要求` alone is a
    // requirement, not a request).
    static REQUIRES: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("要求"));
    let asks = t.find('请').map(|at| (at, ("请", true)));
    let requires = REQUIRES.find(t.as_bytes()).map(|at| (at, ("要求", false)));
    let (at, verb) = [asks, requires].into_iter().flatten().min()?;
    let asker = &t[..at];
    if !((asker.is_empty() && verb.1) || zh.bodies.contains(&asker)) {
        return None;
    }
    let rest = &t[at + verb.0.len()..];
    // Up to the first preposition or clause end, twenty characters at most.
    let mut span_end = rest.len();
    for e in zh
        .subject_enders
        .iter()
        .chain(&["，", "。", "；", "根据", "按照", "不迟于", "尽快"])
    {
        if let Some(p) = rest.find(e) {
            span_end = span_end.min(p);
        }
    }
    let head: String = rest[..span_end].chars().take(20).collect();
    let ends = |k: usize, table: &[&str]| -> Option<usize> {
        (head.char_indices().map(|(i, c)| i + c.len_utf8()))
            .take(k)
            .filter(|&e| table.iter().any(|s| head[..e].ends_with(s)))
            .max()
    };
    // The longest run that ends in a person or body noun (`联络人`,
    // `主席团成员`), else, nearer, in an agent's last character.
    // (The longer of the two: `各成员国`, not `各成员`.)
    let end = ends(20, zh.actor_heads).max(ends(10, zh.agent_suffixes))?;
    let who = chars::trim(&head[..end]);
    (!who.is_empty()).then(|| (who.to_string(), !asker.is_empty()))
}

/// The text after a reporting verb that holds a comma (`говорит, что`),
/// when a short subject (four words at most) stands before it.
fn after_comma_reporting(t: &str) -> Option<&str> {
    // (Only where a comma is, among the first words.)
    let comma = memchr::memchr(b',', &t.as_bytes()[..t.len().min(80)])?;
    let verbs = lexicon::ALL.iter().flat_map(|l| l.reporting_verbs);
    verbs.filter(|v| v.contains(',')).find_map(|v| {
        let verb_word = v.split(',').next()?;
        let head = t[..comma].trim_end();
        let at = head.len().checked_sub(verb_word.len())?;
        let subject = t.get(..at)?;
        (lexicon::starts_with_lower(&t[at..], v).is_some()
            && (1..=4).contains(&subject.split_whitespace().count()))
        .then(|| chars::trim(&t[at + v.len()..]))
    })
}

/// `The Chair said that he` → `The Chair`: in reported speech (a summary
/// record's) the subject of the reporting verb is the one who acts.
fn before_reporting(actor: String) -> String {
    let verbs = || lexicon::ALL.iter().flat_map(|l| l.reporting_verbs);
    let cut = (actor.match_indices(' ')).find_map(|(at, _)| {
        verbs().find_map(|v| {
            Some((
                at,
                at + 1 + lexicon::starts_with_lower(&actor[at + 1..], v)?,
            ))
        })
    });
    let Some((at, end)) = cut else {
        return actor;
    };
    // `…confirmed that UNDP`: a subject of its own after the verb acts.
    let after = chars::trim(&actor[end..]);
    let pronoun = after.split_whitespace().next().is_none_or(|w| {
        let w = chars::to_lower(w);
        lexicon::ALL
            .iter()
            .any(|l| l.pronouns.contains(&w.as_ref()))
    });
    if pronoun {
        actor[..at].trim_end_matches(',').to_string()
    } else {
        after.to_string()
    }
}

/// The first words of a sentence's first clause, as written and [`bare`]:
/// what [`actor_words`] reads, cut once for every language it tries.
struct Clause<'t> {
    raw: Vec<&'t str>,
    words: Vec<Cow<'t, str>>,
}

impl<'t> Clause<'t> {
    /// The verb is looked for among the first 12 words, and the longest
    /// modal or passive phrase and the link after it end within 24.
    const WORDS: usize = 24;

    fn new(t: &'t str) -> Self {
        // The first clause ends at the first of these (ASCII: found by byte);
        // a short aside in brackets (`Le PNUD (JMN) préparera`, initials)
        // stays in it.
        let b = t.as_bytes();
        let mut end = t.len();
        let mut k = 0;
        while let Some(off) = b[k..]
            .iter()
            .position(|&c| matches!(c, b'.' | b';' | b':' | b'('))
        {
            let at = k + off;
            // `Нуркенова Г.С. (ПРООН) сообщила`: an initial's dot ends
            // nothing.
            if b[at] == b'.' && (is_initial(&t[..at]) || after_year(&t[..at])) {
                k = at + 1;
                continue;
            }
            let aside = (b[at] == b'(')
                .then(|| b[at..].iter().take(16).position(|&c| c == b')'))
                .flatten()
                .filter(|&close| close > 1 && !b[at..at + close].contains(&b' '));
            match aside {
                Some(close) => k = at + close + 1,
                None => {
                    end = at;
                    break;
                }
            }
        }
        let clause = &t[..end];
        let raw: Vec<&str> = clause.split_whitespace().take(Self::WORDS).collect();
        let words = raw.iter().map(|w| bare(w)).collect();
        Clause { raw, words }
    }
}

/// Whether `before` ends with the abbreviation of a year after it (`2025
/// г`, `2024–2025 гг`): its dot ends nothing.
fn after_year(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    matches!(words.next(), Some("г" | "гг"))
        && words
            .next()
            .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether `before` ends with an initial: one capital letter after a
/// space, a dot or nothing (`Г.С`, ` J`).
fn is_initial(before: &str) -> bool {
    let mut back = before.chars().rev();
    back.next().is_some_and(char::is_uppercase) && back.next().is_none_or(|c| c == ' ' || c == '.')
}

/// Whether `lang` is written in the Latin script: the languages told apart
/// by their stop words.
pub(crate) fn script_is_latin(lang: &str) -> bool {
    lexicon::get(lang).is_some_and(|l| !l.stopwords.is_empty())
}

/// `(owner: X)`, `(lead: X)`, `Responsible: X`.
fn owner_form(t: &str) -> Option<String> {
    owner_label(t).map(|(_, who)| who)
}

/// Whether `t` names its owner by a label after some text of its own (`…
/// ODS. Responsable: UCP`): a task; a line that is only the label (`Lead:
/// UNICEF`) is a field.
fn owner_after_task(t: &str) -> bool {
    owner_label(t).is_some_and(|(at, _)| at > 0)
}

/// [`owner_form`], with where its label stands.
fn owner_label(t: &str) -> Option<(usize, String)> {
    // Tags name their value with a column word of any language: `(owner:
    // X)`, `(lead: X; by …)`, `— responsable: X; plazo: …`, `（负责人：X）`.
    // The first label in table order wins, at its first place.
    const OPENERS: [char; 10] = ['(', '（', '—', '–', ';', '；', ',', '。', '.', ' '];
    // Every tag has a colon: most sentences have none. (`：` is EF BC 9A;
    // 9A alone is a continuation byte of many ideographs.)
    let b = t.as_bytes();
    if memchr::memchr(b':', b).is_none() && memchr::memmem::find(b, "：".as_bytes()).is_none() {
        return None;
    }
    let labels = lexicon::ALL.iter().flat_map(|l| l.actor_columns.iter());
    let mut best: Option<(usize, usize, &str)> = None;
    // The openers' bytes, ASCII or lead bytes: only there is a character
    // decoded and compared.
    // (A space opens a label of five letters or more: `… المسؤول: اليونيسف`
    // on an item's next line, joined.)
    // (A space only a label's length before a colon: most are not.)
    let colons: Vec<usize> = memchr::memchr2_iter(b':', 0x9A, t.as_bytes()).collect();
    let near_colon = |at: usize| colons.iter().any(|&c| c > at && c - at <= 48);
    let openers = t
        .bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, b'(' | b';' | b',' | b'.' | b' ' | 0xE2 | 0xE3 | 0xEF))
        .map(|(at, _)| at)
        .filter(|&at| t.as_bytes()[at] != b' ' || near_colon(at))
        .filter(|&at| t[at..].starts_with(OPENERS));
    // (`…地方案例负责人：王芳`: a Chinese label needs no opener; its colon,
    // right after it, marks it.)
    static CJK_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        (lexicon::ALL.iter().flat_map(|l| l.actor_columns.iter()))
            .filter(|l| l.starts_with(is_cjk))
            .copied()
            .collect()
    });
    let cjk_labelled = colons.iter().filter_map(|&c| {
        let colon = if b[c] == b':' { c } else { c.checked_sub(2)? };
        let before = t
            .get(..colon)
            .filter(|_| t[colon..].starts_with([':', '：']))?;
        let label = CJK_LABELS
            .iter()
            .filter(|l| before.ends_with(*l))
            .max_by_key(|l| l.len())?;
        Some(colon - label.len())
    });
    // (Or the text's start: `Responsable: PNUD y UCP`, an item's field.)
    for at in std::iter::once(0).chain(openers).chain(cjk_labelled) {
        // (`. *Responsable:* PMA.`: markup around the label.)
        let rest = t[at..].trim_start_matches(|c: char| {
            OPENERS.contains(&c) || matches!(c, ' ' | '*' | '_' | ':')
        });
        if !lexicon::starts_like(rest, &lexicon::ACTOR_COLUMN_FIRSTS) {
            continue;
        }
        let spaced = t.as_bytes()[at] == b' ';
        for (rank, label) in labels.clone().enumerate() {
            if best.is_some_and(|(b, _, _)| b <= rank) {
                break;
            }
            if spaced && label.chars().count() < 5 {
                continue;
            }
            let Some(end) = lexicon::starts_with_lower(rest, label) else {
                continue;
            };
            let Some(value) = rest[end..].trim_start().strip_prefix([':', '：']) else {
                continue;
            };
            let value = value.trim_start_matches(['*', '_']);
            // (`:RESPONSABLE: PNUD et UNICEF :END:`: an Org-mode drawer's end.)
            let value = value.split(" :END:").next().unwrap_or(value);
            // (`Responsable : DRC, délai : 20 mars`: the next label ends
            // the name.)
            // (`…, срок – до 4 апреля`: or a dash.)
            let next_label =
                (value.match_indices([',', '，', '،', ' ']).map(|(at, _)| at)).find(|&at| {
                    let rest = value[at..].trim_start_matches([',', '，', '،', ' ']);
                    (lexicon::ALL.iter().flat_map(|l| l.due_columns.iter())).any(|d| {
                        // (`Owner: WFP, due 12 June 2025`: or a date.)
                        lexicon::starts_with_lower(rest, d).is_some_and(|e| {
                            let after = rest[e..].trim_start();
                            after.starts_with([':', '：', '–', '—'])
                                || (e < rest.len()
                                    && rest[e..].starts_with(' ')
                                    && after.starts_with(|c: char| c.is_ascii_digit()))
                        })
                    })
                });
            // (A closing bracket ends a tag that a bracket opened, not a
            // name's own: `Unidad de Coordinación (UCP)`.)
            let opened = &t[at..t.len() - rest.len()];
            let closers: &[char] = if opened.contains(['(', '（']) {
                &[')', '）', ';', '；', '*']
            } else {
                &[';', '；', '*']
            };
            let end = (value.find(closers).into_iter())
                .chain(value.find(". "))
                .chain(value.find(" — "))
                .chain(value.find(" – "))
                .chain(next_label)
                .min()
                .unwrap_or(value.len());
            let who = chars::trim(&value[..end]);
            // (`Абдыкадырова А.К.`: the dot of an initial stays.)
            let who = match who.strip_suffix('.') {
                Some(name) if is_initial(name) => who,
                _ => who.trim_end_matches(['.', '。']),
            };
            if !who.is_empty() {
                best = Some((rank, at, who));
            }
        }
    }
    best.map(|(_, at, who)| (at, who.to_string()))
}

/// `数据链工作组（DLWG）` → `数据链工作组`: a Chinese name without the
/// abbreviation in brackets after it, for its last character.
fn agent_noun(name: &str) -> &str {
    match name.strip_suffix('）').and_then(|n| n.rfind('（')) {
        Some(open) => &name[..open],
        None => name,
    }
}

fn actor_cjk(clause: &str, zh: &Lexicon) -> Option<String> {
    let c = chars::trim(clause);
    // `由秘书处于…完成`: `由` (by) before the one who acts.
    let c = c.strip_prefix('由').map_or(c, chars::trim);
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
        let mut subject = chars::trim(&c[..at]);
        // `开发署在11月21日前将…`: an agent noun before a preposition is
        // the subject; the rest is when (`将` is `把` here).
        // (The first place after an agent noun: `牵头` inside `各牵头机构`
        // ends nothing.)
        let ender = (zh.subject_enders.iter())
            .flat_map(|m| subject.match_indices(m).map(|(at, _)| at))
            .filter(|&e| {
                zh.agent_suffixes
                    .iter()
                    .any(|s| agent_noun(&subject[..e]).ends_with(s))
            })
            .min();
        if let Some(e) = ender {
            subject = chars::trim(&subject[..e]);
        }
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
    // A subject before a preposition, ending like a person or body:
    // `召集人于 9 月 30 日前…`, `IGF 秘书处在…`.
    let ender = (zh.subject_enders.iter())
        .flat_map(|m| c.match_indices(m).map(|(at, _)| at))
        .filter(|&at| {
            zh.agent_suffixes
                .iter()
                .any(|s| agent_noun(chars::trim(&c[..at])).ends_with(s))
        })
        .min();
    if let Some(at) = ender {
        let subject = chars::trim(&c[..at]);
        if (1..=16).contains(&subject.chars().count()) {
            return Some(subject.to_string());
        }
    }
    // A name ending in an agent noun: `工作组欢迎…`.
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
    // A Latin name before the verb: `ICANN 编写了…`, `RCO汇总…`.
    let end = c
        .find(|ch: char| !(ch.is_ascii_alphanumeric() || "-&.".contains(ch)))
        .unwrap_or(c.len());
    let word: &str = &c[..end];
    let latin = !word.is_empty();
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
/// So does a name before a dash (`Секретариат — разослать проект — до 12
/// февраля`, who, what, when) or with its mention sign (`@Musa Abdullahi:
/// share the figures`).
fn actor_colon(t: &str) -> Option<String> {
    let (head, rest) = match t.split_once([':', '：']) {
        Some(split) => split,
        // (After a dash the task opens with its verb, in lower case: not
        // `UNCT – Réunion mensuelle – 11/02/2025`, a title.)
        None => [" — ", " – "]
            .iter()
            .find_map(|d| t.split_once(d))
            .filter(|(_, task)| task.trim_start().starts_with(char::is_lowercase))?,
    };
    let head = chars::trim(head).trim_start_matches('@');
    // `Срок: до 9 мая`, `ВЫСТУПИЛИ: …`, `Decision: …`: a label, no name.
    let label = format!("{head}:");
    if lexicon::is_meta_line(&label)
        || lexicon::decision_prefix(&label).is_some()
        || lexicon::ALL.iter().any(|l| {
            lexicon::with_lower(head, |h| {
                l.due_columns.contains(&h)
                    || l.action_columns.contains(&h)
                    || l.actor_columns.contains(&h)
            })
        })
    {
        return None;
    }
    let words = head.split_whitespace().count();
    // (Arabic and Chinese have no case: any of their letters opens a name.)
    let capital = |s: &str| {
        chars::trim(s).chars().next().is_some_and(|c| {
            c.is_uppercase() || (!c.is_ascii() && c.is_alphabetic() && !c.is_lowercase())
        })
    };
    // A name holds no clause (`Compartir el mapeo, plazo:` is a task and
    // its deadline's label); names listed with commas all start upper case.
    // (Nor does a numbered label: `Recommandation n° 3 :`, `Point 2:`.)
    let clause = head.contains([';', '.'])
        || head.split([',', '，']).any(|p| !capital(p))
        || head.ends_with(|c: char| chars::digit(c).is_some());
    // A longer name is mostly capitalised (`Sectores de Seguridad
    // Alimentaria y WASH`).
    let capitals = head.split_whitespace().filter(|w| capital(w)).count();
    let name = (1..=5).contains(&words) || (words <= 8 && 2 * capitals > words);
    (capital(head) && !clause && name && !chars::trim(rest).is_empty()).then(|| head.to_string())
}

/// The task of `@who: task` or `[who] task` (the name is the owner's
/// label), else `text` whole.
fn task_after_owner<'t>(text: &'t str, who: &str) -> &'t str {
    let t = chars::trim(text);
    // (`@Maria Lopez – share…`: after a mention, a dash too; `Секретариат
    // — разослать…` keeps its name, written as part of the line.)
    let mention = t.starts_with('@');
    let task = (t.trim_start_matches('@').strip_prefix(who))
        .and_then(|rest| {
            let rest = rest.trim_start();
            rest.strip_prefix([':', '：']).or_else(|| {
                (["– ", "— ", "- "].iter())
                    .filter(|_| mention)
                    .find_map(|d| rest.strip_prefix(d))
            })
        })
        .or_else(|| t.strip_prefix('[')?.strip_prefix(who)?.strip_prefix(']'))
        .map(chars::trim);
    task.filter(|t| !t.is_empty()).unwrap_or(text)
}

/// `@Maria Lopez – share the revised budget – due 6/13/2025`, `All – send
/// comments…`: the owner first, a dash, then the task in lower case (a
/// note-taker's action items).
fn leading_owner(t: &str) -> Option<&str> {
    // (A dash's first byte: most sentences hold none.)
    memchr::memchr2(b'-', 0xE2, t.as_bytes())?;
    let (at, dash) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| Some((t.find(d)?, d.len())))
        .min()?;
    let who = chars::trim(t[..at].trim_start_matches('@'));
    let task = &t[at + dash..];
    // (A mention, or a field after the task: `All – send … – due 6/18`;
    // not `Background – the meeting was held…`.)
    let fielded = [" - ", " – ", " — "].iter().any(|d| task.contains(d));
    if !t.starts_with('@') && !fielded {
        return None;
    }
    let names = who.split([',', '&', '+']).flat_map(|n| n.split(" and "));
    let named = !who.is_empty()
        && who.chars().count() <= 40
        && names.clone().all(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            (1..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.trim_start_matches('@').starts_with(char::is_uppercase))
        });
    (named && task.starts_with(char::is_lowercase) && task.split_whitespace().count() >= 2)
        .then_some(who)
}

/// `Send the template to the legal office by 17 October - Carolina Duarte`:
/// the owner's name after a dash that ends the task (Otter's, Asana's and
/// many trackers' layout); names joined by commas or `and` too.
fn trailing_owner(t: &str) -> Option<&str> {
    let t = t.trim_end_matches(['.', ' ']);
    // (A dash's first byte: most sentences hold none.)
    memchr::memchr2(b'-', 0xE2, t.as_bytes())?;
    let (at, dash) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| Some((t.rfind(d)?, d.len())))
        .max()?;
    let (task, who) = (chars::trim(&t[..at]), chars::trim(&t[at + dash..]));
    let names = who.split([',', '，', '&']).flat_map(|n| n.split(" and "));
    let named = !who.is_empty()
        && who.chars().count() <= 60
        && !chars::has_digit(who)
        && names.clone().all(|n| {
            let words = n.split_whitespace().count();
            (1..=4).contains(&words)
                && n.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        });
    (named && task.starts_with(char::is_uppercase) && task.split_whitespace().count() >= 3)
        .then_some(who)
}

/// `@Lena Fischer circulate the outline`: the person a task's mention
/// names, its words in capitals up to the verb in lower case (a task list's
/// owner in Notion, Loop, Confluence).
fn mentioned_owner(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('@')?;
    if let Some(handles) = mentioned_handles(t) {
        return Some(handles);
    }
    let mut end = 0;
    for (count, word) in rest.split(' ').enumerate() {
        // (`@Lucía Pérez Revisar el presupuesto`: a capitalised infinitive
        // after two words of a name opens the task.)
        let infinitive = count >= 2
            && word.chars().count() >= 5
            && ["ar", "er", "ir"].iter().any(|e| word.ends_with(e));
        if word.starts_with(char::is_lowercase) || infinitive {
            // (A name, then the task: not `@Lena` alone, nor five words.)
            return (count > 0 && count <= 4).then(|| chars::trim(&rest[..end]));
        }
        // (`@Lucy Achieng (UNFPA) draft…`: the agency in brackets is the
        // name's.)
        let agency = count > 0 && word.starts_with('(') && word.ends_with(')');
        // (`@Musa Abdullahi: share…` is a label's, read by [`actor_colon`].)
        if !(word.starts_with(char::is_uppercase) || agency) || word.contains([':', '：', ',', ';'])
        {
            return None;
        }
        end += word.len() + 1;
    }
    None
}

/// `t` after a numbered label that opens it (`Recommandation n° 3 : L'Unité
/// devra…`, `Item 2: The Secretariat will…`): what the label numbers.
fn without_numbered_label(t: &str) -> &str {
    let head = &t.as_bytes()[..t.len().min(32)];
    let Some(colon) = memchr::memchr2(b':', 0xEF, head).and_then(|_| {
        let cut = (0..=head.len()).rev().find(|&k| t.is_char_boundary(k))?;
        t[..cut].find([':', '：'])
    }) else {
        return t;
    };
    let head = chars::trim(&t[..colon]);
    // (Not a time: `At 10:30 the Secretariat…`.)
    let after = &t[colon..];
    let label_colon = after.starts_with('：') || after[1..].starts_with(char::is_whitespace);
    let numbered = label_colon
        && head.ends_with(|c: char| chars::digit(c).is_some())
        && (1..=4).contains(&head.split_whitespace().count());
    if numbered {
        chars::trim(t[colon..].trim_start_matches([':', '：']))
    } else {
        t
    }
}

/// `@ana.k to share…`, `@org/data-team publish…`, `@tomas.r and @li.wei
/// to draft…`: user handles (lower case, with `.`, `_`, `-`, `/`) before
/// the task, kept as written, `@` and all: a handle is an account, not a
/// name.
fn mentioned_handles(t: &str) -> Option<&str> {
    let handle = |w: &str| {
        w.strip_prefix('@').is_some_and(|h| {
            h.len() >= 2
                && h.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && h.bytes().all(|b| {
                    b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || matches!(b, b'.' | b'_' | b'-' | b'/')
                })
                && !h.ends_with(['.', '/'])
        })
    };
    let mut end;
    let mut words = t.split(' ');
    loop {
        let w = words.next()?;
        let w = w.trim_end_matches(',');
        if !handle(w) {
            return None;
        }
        end = (w.as_ptr() as usize - t.as_ptr() as usize) + w.len();
        // (`@a and @b`, `@a, @b`, `@a & @b`: more of them.)
        let rest = t[end..].trim_start_matches(',').trim_start();
        let more = ["and @", "& @", "y @", "et @", "@"]
            .iter()
            .find(|j| rest.starts_with(**j))
            .map(|j| j.len() - 1);
        match more {
            Some(skip) => {
                let next = &rest[skip..];
                words = next.split(' ');
            }
            None => break,
        }
    }
    // (Then the task, in lower case: not `@ana.k` alone.)
    let task = t[end..].trim_start();
    task.starts_with(char::is_lowercase).then(|| &t[..end])
}

/// `[RCO] Circulate the timeline`, `[WFP/UNICEF] Draft the ToR`: a name in
/// square brackets before the task (a slide's or a tracker's owner).
fn bracketed_owner(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('[')?;
    let end = rest.find(']').filter(|&e| e <= 40)?;
    let who = chars::trim(&rest[..end]);
    // A name, not a box (`[x]`), a number (`[3]`) or a tag in capitals
    // alone (`[DRAFT]` over nothing).
    let named = who.chars().count() >= 2
        && who
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || (!c.is_ascii() && chars::is_letter(c)))
        && !who.chars().any(|c| c.is_ascii_digit());
    let task = chars::trim(&rest[end + 1..]);
    (named && task.contains(' ')).then_some(who)
}

/// Lower case, with the punctuation around a word removed; borrowed when
/// it is in lower case already (most words are).
fn bare(word: &str) -> Cow<'_, str> {
    let word = word.trim_matches(|c: char| !chars::is_alnum(c) && c != '\'' && c != '’');
    if word.chars().all(|c| chars::simple_lower(c) == Some(c)) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(chars::to_lower(word))
    }
}

/// Matches the words of `phrase` at `words[k..]`; returns how many.
fn phrase_at(words: &[Cow<str>], k: usize, phrase: &str) -> Option<usize> {
    let mut n = 0;
    for part in phrase.split(' ') {
        if words.get(k + n)? != part {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The subject before the verb, in a language written with spaces: the
/// verb is a modal (`will`, `devra`) or a future form (`transmettra`,
/// `enviará`, `подготовит`). A passive names nobody unless an infinitive
/// follows (`sont invités à`), an impersonal verb (`предлагается`) nobody.
fn actor_words(clause: &Clause, lex: &Lexicon) -> Option<String> {
    let (raw, words) = (&clause.raw, &clause.words);
    let opener = words.first()?;
    if lex.impersonal_openers.contains(&opener.as_ref())
        || (lex.lang == "en" && opener.ends_with("ing"))
    {
        return None;
    }
    let verb_firsts = VERB_FIRSTS.get(lex.lang);
    for k in 1..words.len().min(12) {
        let w = &words[k];
        if lex.impersonal_endings.iter().any(|e| w.ends_with(e))
            && raw[k].chars().next().is_some_and(char::is_lowercase)
        {
            return None;
        }
        // Most words start no modal or passive phrase: one look-up
        // instead of matching every phrase here.
        let verb = verb_firsts.is_some_and(|f| f.contains(w.as_ref()));
        let modal = verb && lex.modals.iter().any(|m| phrase_at(words, k, m).is_some());
        let passive = lex
            .passive_auxiliaries
            .iter()
            .filter(|_| verb)
            .find_map(|a| phrase_at(words, k, a));
        let future = w.chars().count() >= 6
            && raw[k].chars().next().is_some_and(char::is_lowercase)
            && lex.future_endings.iter().any(|e| w.ends_with(e));
        // (`La secretaría preparará`: no verb right after an article alone;
        // `secretaría` is the noun.)
        let bare_article = words[..k]
            .iter()
            .all(|w| lex.articles.contains(&w.as_ref()));
        if modal || (future && !bare_article) {
            return subject(&raw[..k], &words[..k], lex);
        }
        if let Some(len) = passive {
            // `X sont invités à …` names X; `X seront recueillies` names nobody.
            let link = words
                .get(k + len + 1)
                .is_some_and(|l| lex.infinitive_links.contains(&l.as_ref()));
            return if link {
                subject(&raw[..k], &words[..k], lex)
            } else {
                None
            };
        }
    }
    None
}

/// The first words of each language's modal and passive phrases (`is` of
/// `is requested to`), by language: where [`actor_words`] may find a verb.
static VERB_FIRSTS: LazyLock<FxHashMap<&'static str, rustc_hash::FxHashSet<&'static str>>> =
    LazyLock::new(|| {
        lexicon::ALL
            .iter()
            .map(|lex| {
                let phrases = lex.modals.iter().chain(lex.passive_auxiliaries);
                let firsts = phrases.filter_map(|p| p.split(' ').next()).collect();
                (lex.lang, firsts)
            })
            .collect()
    });

/// The words before the verb, when they read as a subject: a capital or an
/// article first, a handful of words.
fn subject(raw: &[&str], words: &[Cow<str>], lex: &Lexicon) -> Option<String> {
    let first = raw.first()?;
    let capital = first.chars().next().is_some_and(char::is_uppercase);
    let article = lex.articles.contains(&words[0].as_ref());
    if !(capital || article) || raw.len() > 10 {
        return None;
    }
    // `La Rapporteuse (Namibie), avec l'appui du secrétariat, soumettra`:
    // the subject ends at a comma before a phrase in lower case (not at
    // the commas of a list of names: `UNDP, UNICEF and WFP will`).
    const WITH: &[&str] = &[
        "with",
        "together",
        "along",
        "jointly",
        "avec",
        "conjointement",
        "con",
        "junto",
        "совместно",
    ];
    let cut = (raw.iter().zip(words.iter().skip(1)))
        .position(|(w, next)| w.ends_with([',', '،']) && WITH.contains(&next.as_ref()))
        .map_or(raw.len(), |k| k + 1);
    // `Председатель до 1 июня 2025 г. направит`: the deadline before the
    // verb is no part of the subject.
    let dated = (1..cut).find(|&k| {
        raw.get(k + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() || c == '«'))
            && (lex.deadline_before.iter()).any(|d| d.split(' ').next() == Some(words[k].as_ref()))
    });
    let cut = dated.unwrap_or(cut);
    let s = raw[..cut].join(" ");
    Some(s.trim_end_matches([',', '،']).to_string())
}

/// Verb-first languages (Arabic): the subject after the opening verb (a
/// conjunction `و` or `ف` glued to it aside). A construct noun (`منسق`)
/// takes the definite nouns after it (`منسق الفريق الفرعي المعني
/// بالقرارات`); a definite noun takes the adjectives that agree with it
/// (`المكتب الإقليمي`, `الرئيسان المشاركان`, `الدول الأعضاء`), and the
/// `لل` genitives after them (`للاتحاد للدول العربية`), but not a definite
/// object (`ستعمم الأمانة المشروع`). A passive verb (damma on its prefix)
/// names nobody.
fn actor_verb_first(t: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let written = *words.first()?;
    if lex.impersonal_openers.contains(&written) || written.chars().nth(1) == Some('\u{064F}') {
        return None;
    }
    // An imperfect or future verb: `ي` `ت` `س` `ن` prefix, after `و`/`ف`.
    let imperfect = |v: &str| v.starts_with(['ي', 'ت', 'س', 'ن']);
    let after_conjunction = written.strip_prefix(['و', 'ف']).is_some_and(imperfect);
    if !(imperfect(written) || after_conjunction) {
        return None;
    }
    let clean = |w: &str| w.trim_end_matches(['،', ',', '.']).to_string();
    let definite = |w: &str| w.starts_with("ال");
    let head = *words.get(1)?;
    let mut out = vec![clean(head)];
    let rest = words.iter().skip(2).copied();
    if !definite(head) {
        for w in rest {
            // `المعني بالقرارات`: `concerned with` takes its object.
            let linked = out
                .last()
                .is_some_and(|l| lex.subject_links.contains(&l.as_str()));
            if !(definite(w) || linked && w.starts_with("بال")) || out.len() >= 6 {
                break;
            }
            out.push(clean(w));
            if w.ends_with(['،', ',', '.']) {
                break;
            }
        }
        return Some(out.join(" "));
    }
    // A comma or full stop after the head ends the phrase there.
    let rest = rest.take_while(|_| !head.ends_with(['،', ',', '.']));
    for w in rest {
        if out.len() >= 6 {
            break;
        }
        let last = out.last().map_or("", String::as_str);
        let genitive = w.starts_with("لل");
        let apposition = lex.subject_appositions.contains(&clean(w).as_str());
        let agrees = definite(w) && (apposition || agrees_with(clean(head).as_str(), w));
        // An apposition closes the phrase: `الإدارات الأعضاء الأمانة`.
        if !(genitive || agrees) || lex.subject_appositions.contains(&last) {
            break;
        }
        out.push(clean(w));
        if w.ends_with(['،', ',', '.']) {
            break;
        }
    }
    Some(out.join(" "))
}

/// Whether definite word `w` can be an adjective of definite noun `head`:
/// after a feminine noun (`ة`) a feminine one; after a dual or masculine
/// plural (`ان` `ين` `ون`) the same ending; after other nouns a relative
/// adjective (`ي`, `ية`).
fn agrees_with(head: &str, w: &str) -> bool {
    let w = w.trim_end_matches(['،', ',', '.']);
    if head.ends_with('ة') {
        return w.ends_with('ة');
    }
    for ending in ["ان", "ين", "ون"] {
        if head.ends_with(ending) {
            return w.ends_with(ending);
        }
    }
    w.ends_with('ي') || w.ends_with("ية")
}

/// The deadline: a date next to a deadline word (`by 4 June`, `8 月 30 日之前`,
/// `截止日期为 9 月 10 日`). The year comes from the text, else from the
/// meeting, rolling to the next year for a month before the meeting's.
pub fn due(text: &str, meeting: Option<(i32, u32, u32)>) -> Option<String> {
    crate::work::add(text.len());
    let mut dates = date::find_dates(text);
    // (`by 30/06`: a short date, with no year, counts only as a deadline.)
    if text.contains('/') {
        let inside =
            |d: &date::DateMatch| (dates.iter()).any(|f| f.start <= d.start && d.end <= f.end);
        let short: Vec<date::DateMatch> = date::short_dates(text)
            .into_iter()
            .filter(|d| !inside(d))
            .collect();
        dates.extend(short);
        dates.sort_by_key(|d| d.start);
    }
    for d in dates {
        // (`до «30» апреля`: the quote before the day is no word; nor is
        // the bracket of Org-mode's `DEADLINE: <2025-05-16 ven.>`.)
        let head = text[..d.start].trim_end_matches(['«', '<']);
        if head.ends_with("DEADLINE: ") {
            let year = d.year.or_else(|| meeting.map(|m| m.0));
            if let Some(iso) = d.iso(year) {
                return Some(iso);
            }
        }
        let before = strip_weekday(&chars::to_lower(tail_chars(head, 40)));
        let after = chars::to_lower(head_chars(&text[d.end..], 16));
        // `(deadline: 1 May)`, `…; plazo: 15 de agosto`, `…. Plazo:
        // 24/10/2025`: a tag after a bracket, a separator or a sentence
        // names the deadline (not a `Date:` line).
        let tagged = before
            .trim_end()
            .strip_suffix([':', '：'])
            .filter(|b| b.contains(['(', '（', ';', '；', '—', '–', '.', '。', ',', '，']));
        // `Секретариат — опубликовать объявление — 17 февраля.`: who,
        // what, when; the date closes the line after a dash.
        // (Or after the one the task mentions: `… @Mona Farouk ٢٠٢٥/٠٥/٢٠
        // `قيد التنفيذ``, a status in backticks after it.)
        let after_date = text[d.end..].trim_end_matches(['.', ';', ' ']);
        let status =
            after_date.trim_start().starts_with('`') && after_date.trim_end().ends_with('`');
        // (Or a task that opens on its assignee's mention, a date
        // closing it: Confluence's `@Lucía Pérez Revisar el presupuesto 30
        // may 2025`.)
        // (No full stop after that date: a sentence that reports, `@Jorge
        // confirmó que … el 14 de mayo.`, is none.)
        let mentioned = (head.rsplit(' ').filter(|w| !w.is_empty()).take(3))
            .any(|w| w.starts_with('@'))
            || (text.trim_start().starts_with('@') && text[d.end..].trim_end().is_empty());
        let closing = (before.trim_end().ends_with(['—', '–']) || mentioned)
            && (after_date.is_empty() || status);
        // (`قبل ١٥ شوال ١٤٤٦هـ الموافق 13 أبريل 2025م`: the Gregorian date
        // that corresponds to a Hijri one shares its deadline word.)
        let corresponding = before.trim_end().ends_with("الموافق") && {
            let window = chars::to_lower(tail_chars(&text[..d.start], 60));
            ["قبل", "بحلول", "أقصاه"].iter().any(|w| window.contains(w))
        };
        // Trimmed once here, not once per word tried.
        let before = trim_copula(&before);
        let after = after.trim_start();
        let tagged = tagged.map(trim_copula);
        let is_deadline = closing
            || corresponding
            || lexicon::ALL.iter().any(|lex| {
                lex.deadline_before
                    .iter()
                    .any(|w| ends_with_word(before, w))
                    || lex.deadline_after.iter().any(|w| after.starts_with(w))
                    || tagged.is_some_and(|b| lex.due_columns.iter().any(|w| ends_with_word(b, w)))
            });
        if !is_deadline {
            continue;
        }
        let year = d.year.or_else(|| {
            let (y, m, _) = meeting?;
            Some(if d.month < m { y + 1 } else { y })
        });
        if let Some(iso) = d.iso(year) {
            return Some(iso);
        }
    }
    month_end(text, meeting)
}

/// `by the end of June 2025`, `до конца апреля 2026 года`, `قبل نهاية شهر
/// أبريل 2025`, `于2025年6月底前`: a deadline at a named month's end, its last
/// day (the year the text gives, else the meeting's next such month).
fn month_end(text: &str, meeting: Option<(i32, u32, u32)>) -> Option<String> {
    month_end_in(text, meeting, false)
}

/// [`month_end`]; in a deadline column's cell (`fin juin 2025`) no word
/// before the phrase is needed.
fn month_end_in(text: &str, meeting: Option<(i32, u32, u32)>, cell: bool) -> Option<String> {
    // Every phrase holds one of these: most sentences hold none.
    static KEYS: LazyLock<lexicon::Keys> = LazyLock::new(|| {
        lexicon::Keys::new(&[
            "nd of",
            "inales de",
            "ines de",
            "fin ",
            "fin d",
            "онца",
            "نهاية",
            "月底",
        ])
    });
    if !KEYS.any_in(text) {
        return None;
    }
    // (`2025`, `٢٠٢٥م`: four digits among the next words.)
    let year_of = |words: &str| {
        (words.split(|c: char| !chars::is_alnum(c)).take(4))
            .filter_map(|w| {
                let digits: Vec<u32> = w.chars().filter_map(chars::digit).collect();
                (digits.len() == 4).then(|| digits.iter().fold(0, |acc, d| acc * 10 + d))
            })
            .filter_map(|y| i32::try_from(y).ok())
            .find(|y| (1900..2200).contains(y))
    };
    let last_day = |year: Option<i32>, month: u32| {
        let year = year.or_else(|| {
            let (y, m, _) = meeting?;
            Some(if month < m { y + 1 } else { y })
        })?;
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let day = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        Some(date::iso(year, month, day))
    };
    // `6月底前`, `2025年6月底之前`.
    if let Some(at) = text.find("月底") {
        let before_deadline = text[at + "月底".len()..]
            .trim_start()
            .starts_with(['前', '之']);
        // The digits before `月`, and a year before them (`2025年`).
        fn digits_before(s: &str) -> (Option<u32>, &str) {
            let n: usize = (s.chars().rev())
                .take_while(|c| chars::digit(*c).is_some())
                .map(char::len_utf8)
                .sum();
            let value = s[s.len() - n..]
                .chars()
                .filter_map(chars::digit)
                .try_fold(0u32, |acc, d| acc.checked_mul(10)?.checked_add(d));
            (value, &s[..s.len() - n])
        }
        let (month, head) = digits_before(&text[..at]);
        let year = head
            .strip_suffix('年')
            .map(|h| digits_before(h).0)
            .and_then(|y| i32::try_from(y?).ok())
            .filter(|y| (1900..2200).contains(y));
        if let Some(m) = month.filter(|m| (1..=12).contains(m) && before_deadline) {
            return last_day(year, m);
        }
    }
    // (`fin juin 2025`: French may drop the `de`, tried last.)
    const ENDS: [&str; 10] = [
        "end of",
        "finales de",
        "fines de",
        "fin du mois de",
        "fin de",
        "fin d'",
        "fin d’",
        "конца",
        "نهاية",
        "fin ",
    ];
    const BEFORE: [&str; 13] = [
        "by",
        "before",
        "до",
        "قبل",
        "antes de",
        "a más tardar a",
        "avant la",
        "avant",
        "d'ici la",
        "d’ici la",
        "d'ici",
        "d’ici",
        "à la",
    ];
    let lower = chars::to_lower(text);
    for end in ENDS {
        for (at, _) in lower.match_indices(end) {
            let head = lower[..at].trim_end();
            let head = head.strip_suffix(" the").unwrap_or(head).trim_end();
            let before =
                (cell && head.is_empty()) || BEFORE.iter().any(|b| ends_with_word(head, b));
            if !before {
                continue;
            }
            let rest = lower[at + end.len()..].trim_start();
            let rest = rest.strip_prefix("شهر").map_or(rest, str::trim_start);
            let word = rest
                .split(|c: char| !chars::is_letter(c))
                .next()
                .unwrap_or("");
            let Some(month) = lexicon::month(word) else {
                continue;
            };
            let year = year_of(&rest[word.len()..]);
            return last_day(year, month);
        }
    }
    None
}

/// A deadline too vague for a date (`2 月下半月`, `by the end of the year`,
/// `next week`, `mid-2026`), as written; for actions without a `due`.
pub fn due_text(text: &str) -> Option<String> {
    cjk_month_part(text).or_else(|| vague_phrase(text))
}

/// `2 月下半月`, `4月底`, `12 月上旬`, `年底`.
fn cjk_month_part(text: &str) -> Option<String> {
    const PARTS: &[&str] = &[
        "上半月",
        "下半月",
        "上旬",
        "中旬",
        "下旬",
        "初",
        "底",
        "末",
        "中",
    ];
    for (at, _) in text.match_indices('月') {
        let tail = text[at + '月'.len_utf8()..].trim_start();
        let Some(part) = PARTS.iter().find(|p| tail.starts_with(*p)) else {
            continue;
        };
        // Back over the month number and the spaces before `月`.
        let head = text[..at].trim_end();
        let digits = head.len()
            - head
                .trim_end_matches(|c: char| chars::digit(c).is_some())
                .len();
        if digits == 0 {
            continue;
        }
        let start = head.len() - digits;
        let end = text.len() - tail.len() + part.len();
        return Some(text[start..end].to_string());
    }
    ["年底", "年初", "年中", "下周", "下个月", "下月"]
        .iter()
        .find(|w| text.contains(*w))
        .map(|w| w.to_string())
}

/// A deadline word followed by a time phrase without a date, or a vague
/// period alone (`next week`, `early November`, `mid-2026`).
fn vague_phrase(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare_words: Vec<Cow<str>> = words.iter().map(|w| bare(w)).collect();
    let is_period = |w: &str| {
        lexicon::month(w).is_some()
            || w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
            || w.strip_prefix("mid-")
                .is_some_and(|y| y.chars().all(|c| c.is_ascii_digit()))
            || lexicon::ALL.iter().any(|l| l.period_words.contains(&w))
    };
    // The phrases that may start at each word, tried in the order of the
    // tables (language, then phrase), then of the words.
    let index = &*PERIOD_STARTS;
    let mut tries: Vec<(usize, usize, &Lexicon, &str)> = Vec::new();
    for (k, w) in bare_words.iter().enumerate() {
        if let Some(list) = index.get(w.as_ref()) {
            tries.extend(
                list.iter()
                    .map(|&(order, lex, start)| (order, k, lex, start)),
            );
        }
    }
    tries.sort_unstable_by_key(|&(order, k, _, _)| (order, k));
    for (_, k, lex, start) in tries {
        let parts: Vec<&str> = start.split(' ').collect();
        if !parts
            .iter()
            .enumerate()
            .all(|(j, p)| bare_words.get(k + j).is_some_and(|w| w == p))
        {
            continue;
        }
        // Up to five words of the phrase, to the first punctuation.
        let mut end = k + parts.len();
        let mut found =
            is_period(&bare_words[k + parts.len() - 1]) && lex.vague_starts.contains(&start);
        while end < words.len() && end < k + parts.len() + 5 {
            found |= is_period(&bare_words[end]);
            let stop = words[end].ends_with([',', '.', ';', ':', '，', '。']);
            end += 1;
            if stop || found {
                break;
            }
        }
        // `the end` → `the end of the year`: function words and
        // more period words continue the phrase.
        const JOINERS: &[&str] = &[
            "of",
            "the",
            "this",
            "de",
            "la",
            "le",
            "du",
            "del",
            "el",
            "этого",
            "текущего",
        ];
        while found
            && end < words.len()
            && end < k + parts.len() + 6
            && !words[end - 1].ends_with([',', '.', ';', ':'])
        {
            let w = &bare_words[end];
            if !(JOINERS.contains(&w.as_ref()) || is_period(w)) {
                break;
            }
            end += 1;
        }
        // Never end on a function word.
        while found && end > k + parts.len() && JOINERS.contains(&bare_words[end - 1].as_ref()) {
            end -= 1;
        }
        if found {
            let phrase = words[k..end].join(" ");
            return Some(
                phrase
                    .trim_end_matches([',', '.', ';', ':', '，', '。'])
                    .to_string(),
            );
        }
    }
    None
}

/// A deadline or vague-start phrase: its place in the tables, its language
/// and the phrase.
type PeriodStart = (usize, &'static Lexicon, &'static str);

/// Every language's deadline words and vague starts (`by`, `before the`,
/// `next`), by their first word, with their place in the tables.
static PERIOD_STARTS: LazyLock<FxHashMap<&'static str, Vec<PeriodStart>>> = LazyLock::new(|| {
    let mut index: FxHashMap<_, Vec<_>> = FxHashMap::default();
    let starts = lexicon::ALL.iter().flat_map(|lex| {
        lex.deadline_before
            .iter()
            .chain(lex.vague_starts)
            .map(move |start| (*lex, *start))
    });
    for (order, (lex, start)) in starts.enumerate() {
        let first = start.split(' ').next().unwrap_or(start);
        index.entry(first).or_default().push((order, lex, start));
    }
    index
});

/// `by friday, ` → `by`: a weekday between a deadline word and its date.
fn strip_weekday(before: &str) -> String {
    let t = before.trim_end_matches([' ', ',', '،']);
    for lex in lexicon::ALL {
        for w in lex.weekdays {
            if let Some(rest) = t.strip_suffix(w) {
                if !rest.chars().next_back().is_some_and(chars::is_alnum) {
                    return rest.to_string();
                }
            }
        }
    }
    before.to_string()
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

/// `s` without the white space, colons and Chinese copulas that may stand
/// between a deadline word and its date (`截止日期为`, `by:`).
fn trim_copula(s: &str) -> &str {
    s.trim_end().trim_end_matches([' ', ':', '：', '为', '是'])
}

/// Whether `s` (trimmed by [`trim_copula`]) ends with the word or phrase `w`
/// (at a word boundary for Latin).
fn ends_with_word(s: &str, w: &str) -> bool {
    if !s.ends_with(w) {
        return false;
    }
    let before = s[..s.len() - w.len()].chars().next_back();
    w.chars().next().is_some_and(is_cjk) || !before.is_some_and(chars::is_alnum)
}

/// The language of a text from its script, then its stop words.
pub fn script_lang(text: &str) -> Option<&'static str> {
    crate::work::add(text.len());
    let (mut han, mut cyr, mut arab, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii() {
            latin += usize::from(c.is_ascii_alphabetic());
            continue;
        }
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

/// Among Latin-script languages, the one whose stop words are most
/// frequent (ties go to the first in [`lexicon::ALL`]); none when no stop
/// word of any of them occurs.
fn latin_lang(text: &str) -> Option<&'static str> {
    let stopwords = &*STOPWORDS;
    let mut counts = [0usize; 32];
    for word in text
        .split(|c: char| !chars::is_letter(c))
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        let langs = lexicon::with_lower(word, |w| stopwords.get(w).copied().unwrap_or(0));
        for (k, n) in counts.iter_mut().enumerate() {
            *n += usize::from(langs & (1 << k) != 0);
        }
    }
    lexicon::ALL
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.stopwords.is_empty())
        .map(|(k, l)| (counts[k], l.lang))
        .rev()
        .max_by_key(|&(n, _)| n)
        .filter(|&(n, _)| n > 0)
        .map(|(_, lang)| lang)
}

/// Every stop word, with the languages it belongs to as bits (bit `k` for
/// `lexicon::ALL[k]`; a test keeps `ALL` under 32 languages).
static STOPWORDS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for (k, l) in lexicon::ALL.iter().enumerate() {
        for w in l.stopwords {
            *map.entry(*w).or_insert(0) |= 1 << k;
        }
    }
    map
});

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
pub(crate) mod tests {
    use super::*;

    /// Each action's text, owner and deadline.
    pub(crate) fn texts_owners_and_dues(
        doc: &crate::Document,
    ) -> Vec<(&str, Option<&str>, Option<&str>)> {
        (doc.actions.iter())
            .map(|a| (a.text.as_str(), a.actor.as_deref(), a.due.as_deref()))
            .collect()
    }

    /// Each action's owner and deadline.
    pub(crate) fn owners_and_dues(doc: &crate::Document) -> Vec<(Option<&str>, Option<&str>)> {
        (doc.actions.iter())
            .map(|a| (a.actor.as_deref(), a.due.as_deref()))
            .collect()
    }

    #[test]
    fn a_body_named_by_its_acronym_asks_and_a_member_does_not() {
        let doc = crate::parse(
            "Conclusions\n\n1. Item\n\nThe SBSTA requested the secretariat to prepare a report by 31 October 2025.\n\n\
             El OSACT pidió a la secretaría que preparara un informe.\n\n\
             UNICEF requested the secretariat to share the data.\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [
                (Some("the secretariat"), Some("2025-10-31")),
                (Some("la secretaría"), None)
            ]
        );
    }

    #[test]
    fn a_chinese_owner_label_after_the_task_needs_no_opener() {
        let doc = crate::parse(
            "会议纪要\n\n一、待办事项\n\n- [ ] 补齐剩余指标数据及地方案例\n      负责人：王芳  截止：2025年7月18日\n\
             - [ ] 补齐剩余指标数据，录入 UN Info\n      负责人：Maria Lopez  截止：2025年7月25日\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [
                (Some("王芳"), Some("2025-07-18")),
                (Some("Maria Lopez"), Some("2025-07-25"))
            ]
        );
    }

    #[test]
    fn a_protocols_noting_item_decides_nothing() {
        let doc = crate::parse(
            "Протокол\n\n1. Отчёт\n\nРЕШИЛИ:\n1.1. Информацию Петрова И.И. принять к сведению.\n1.2. Одобрить концепцию программы.\n",
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["Одобрить концепцию программы."]);
    }

    #[test]
    fn a_secretariats_undertaking_is_its_task_unless_the_tasks_are_listed() {
        let doc = crate::parse(
            "Acta\n\nI. Temas\n\nLa Secretaría enviará la convocatoria con treinta días de antelación.\n\n\
             The Secretariat will post the recording.\n\nSecretariat to update the platform page.\n\n\
             The secretariat will be closed on Friday.\n\nLe secrétariat diffusera le rapport.\n\n\
             秘书处将在会后分享调查结果。\n\nستعرض الأمانة النتائج على الدورة المقبلة.\n\nThe Chair will open the session.\n",
        );
        assert_eq!(doc.actions.len(), 6, "{:?}", doc.actions);
        // (Told in the prose and listed under `Actions:`: the list holds it.)
        let doc = crate::parse(
            "Minutes\n\n1. Item\n\nThe Secretariat will post the recording.\n\nActions:\n- UNDP to share the slides.\n",
        );
        assert_eq!(doc.actions.len(), 1);
    }

    #[test]
    fn a_russian_reporting_verbs_comma_hands_the_task_to_its_own_subject() {
        let doc = crate::parse(
            "Отчёт\n\n1. Пункт\n\nПредседатель говорит, что секретариат распространит проект доклада до 5 декабря 2025 года.\n\n\
             Председатель говорит, что он распространит проект доклада до 5 декабря 2025 года.\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [
                (Some("секретариат"), Some("2025-12-05")),
                (Some("Председатель"), Some("2025-12-05"))
            ]
        );
    }

    #[test]
    fn chinese_actors_before_a_modal_or_an_agent_noun() {
        // `由` (by) before the one who acts; a request with its deadline.
        let doc = crate::parse(
            "会议纪要\n\n一、议题\n\n由秘书处于2025年4月30日前完成报告模板的修订。\n\n\
             由数据链工作组（DLWG）牵头，于2025年6月30日前提出接口规范。\n\n\
             请各成员国于２０２５年５月１５日前向秘书处提交实施计划。\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("秘书处"), Some("2025-04-30")),
                (Some("数据链工作组（DLWG）"), Some("2025-06-30")),
                (Some("各成员国"), Some("2025-05-15")),
            ]
        );
        // (`牵头` inside `各牵头机构` ends no subject.)
        assert_eq!(
            actor("各牵头机构于11月28日前向RCO提交所负责领域的说明。").as_deref(),
            Some("各牵头机构")
        );
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
            ("召集人于 9 月 30 日前起草研讨会提案初稿", Some("召集人")),
            ("关于预算，秘书处将提交报告", Some("秘书处")),
        ];
        for (text, want) in cases {
            assert_eq!(actor(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn arabic_actors_after_the_verb() {
        for (sentence, who) in [
            ("ستعمم الأمانة المشروع المنقح على الإدارات", Some("الأمانة")),
            (
                "ستوافي الإدارات الأعضاء الأمانة بتعليقاتها",
                Some("الإدارات الأعضاء"),
            ),
            (
                "يعدّ الرئيسان المشاركان ملخصاً للاجتماع",
                Some("الرئيسان المشاركان"),
            ),
            (
                "سيعد المكتب الإقليمي للاتحاد للدول العربية تقريرًا",
                Some("المكتب الإقليمي للاتحاد للدول العربية"),
            ),
            (
                "وسيقدم منسق الفريق الفرعي المعني بالقرارات نسخة موحدة",
                Some("منسق الفريق الفرعي المعني بالقرارات"),
            ),
            (
                "تقدّم نقاط الاتصال الوطنية تعليقاتها",
                Some("نقاط الاتصال الوطنية"),
            ),
            ("ستقوم الأمانة العامة بتعميم التقرير", Some("الأمانة العامة")),
            // A passive verb names nobody; a noun is no verb.
            ("يُرجى من الوفود إرسال التعليقات", None),
            ("والأمانة ستعمم التقرير", None),
        ] {
            assert_eq!(actor(sentence).as_deref(), who, "{sentence}");
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
    fn reported_speech_acts_through_its_own_subject() {
        assert_eq!(
            actor("The Chair said that he would consult delegations by 25 October").as_deref(),
            Some("The Chair")
        );
        assert_eq!(
            actor("The Executive Director confirmed that UNOPS would submit it by 30 November")
                .as_deref(),
            Some("UNOPS")
        );
        assert_eq!(
            actor("Elle a indiqué que l’UNICEF transmettrait le rapport d’ici au 30 novembre")
                .as_deref(),
            Some("l’UNICEF")
        );
        let doc = crate::parse(
            "Report\n\nI. Item\n\n1. In reply, the Executive Director confirmed that UNOPS would submit its framework by 30 November 2025.\n",
        );
        assert_eq!(doc.actions.len(), 1, "{:?}", doc.actions);
        assert_eq!(doc.actions[0].actor.as_deref(), Some("UNOPS"));
        // A name after initials (their dots end no clause), and one named
        // twice: the one after the reporting verb acts.
        for text in [
            "Нуркенова Г.С. (ПРООН) сообщила, что ПРООН направит проект плана до 20 марта 2025 г.",
            "Представитель ПРООН сообщила, что ПРООН направит проект плана до 20 марта 2025 г.",
        ] {
            let doc = crate::parse(&format!("Протокол\n\n1. Вопрос\n\n{text}\n"));
            assert_eq!(doc.actions.len(), 1, "{text}: {:?}", doc.actions);
            assert_eq!(doc.actions[0].actor.as_deref(), Some("ПРООН"), "{text}");
        }
    }

    #[test]
    fn a_paragraph_tagged_with_who_acts_is_a_task() {
        let doc = crate::parse(
            "纪要\n\n第一项：数据\n\n　　各机构应注意保持口径一致，发现问题及时向秘书处反馈（责任单位：各成员机构；完成时限：长期）。\n\n　　会议原则同意框架草案（责任单位：秘书处）。\n\nLe point sera revu (date : 12 mai).\n",
        );
        let got: Vec<Option<&str>> = doc.actions.iter().map(|a| a.actor.as_deref()).collect();
        assert_eq!(got, [Some("各成员机构")], "{:?}", doc.actions);
        // (A decision that names who leads it stays a decision.)
        assert_eq!(doc.decisions.len(), 1, "{:?}", doc.decisions);
        assert_eq!(
            labelled_tag("Revoir (Responsable : PNUD)"),
            Some(Tag::Owner)
        );
        assert_eq!(
            labelled_tag("Revoir (Responsable : PNUD ; délai : mai)"),
            Some(Tag::Due)
        );
        assert_eq!(labelled_tag("Revoir (date : 12 mai)"), None);
    }

    #[test]
    fn tasks_tagged_by_a_closing_bracket_or_a_numbered_label() {
        let doc = crate::parse(
            "Rapport\n\nC. Prochaines étapes\n\na) Diffuser le projet de rapport (secrétariat de la CESAO ; d’ici au 6 décembre 2024) ;\n\nb) Arrêter les dates (Gouvernement jordanien ; date à confirmer).\n\nLa réunion a eu lieu (Beyrouth, 12 novembre 2024).\n\n**AP3:** IM team to organise a reporting clinic on 18 March 2025.\n\n**Follow-up:** Save the Children to share the presentation.\n\nAI: opportunities and risks for statistics.\n",
        );
        let got: Vec<(&str, Option<&str>)> = (doc.actions.iter())
            .map(|a| (a.text.as_str(), a.actor.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Diffuser le projet de rapport (secrétariat de la CESAO ; d’ici au 6 décembre 2024) ;",
                    Some("secrétariat de la CESAO")
                ),
                (
                    "IM team to organise a reporting clinic on 18 March 2025.",
                    Some("IM team")
                ),
                (
                    "Save the Children to share the presentation.",
                    Some("Save the Children")
                ),
            ]
        );
        let doc = crate::parse(
            "纪要\n\n一、数据\n\n【行动3-1】RCO向各机构发出正式通知。责任单位：RCO；完成时限：11月14日前。\n",
        );
        assert_eq!(doc.actions.len(), 1, "{:?}", doc.actions);
        assert_eq!(doc.actions[0].actor.as_deref(), Some("RCO"));
        assert!(doc.actions[0].text.starts_with("RCO向各机构"));
    }

    #[test]
    fn labels_and_markers_that_end_a_line_head_their_list() {
        let doc = crate::parse(
            "Compte rendu\n\n1. Ouverture\n\n- Le président a ouvert la séance.\nDécision\u{a0}: l'ordre du jour est adopté.\n\nIl a été convenu :\n\na) de maintenir la date ;\nb) de repousser la soumission.\n\n会议通过了以下议程：\n\n1. 开幕\n2. 闭幕\n",
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "l'ordre du jour est adopté.",
                "de maintenir la date ;",
                "de repousser la soumission.",
                "会议通过了以下议程："
            ]
        );
        assert!(is_decision("Исполнительный совет принял решение 2026/1."));
        assert!(!is_decision("Делегация приняла участие в работе."));
        assert!(is_decision("ووافق المجلس التنفيذي على جدول الأعمال."));
    }

    #[test]
    fn a_protocols_instructions_are_actions_of_the_one_instructed() {
        let doc = crate::parse(
            "ПРОТОКОЛ\n\n2. О форуме\n\nРЕШИЛИ:\n1) Провести форум 16–17 сентября 2025 г.\n2) Поручить Секретариату KazIGF в срок до 16 мая 2025 г. подготовить проект программы.\n3) Поручить рабочей группе МКК провести оценку заявок.\n",
        );
        let actions: Vec<(Option<&str>, Option<&str>)> = (doc.actions.iter())
            .map(|a| (a.actor.as_deref(), a.due.as_deref()))
            .collect();
        assert_eq!(
            actions,
            [
                (Some("Секретариату KazIGF"), Some("2025-05-16")),
                (Some("рабочей группе МКК"), None)
            ]
        );
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["Провести форум 16–17 сентября 2025 г."]);
    }

    #[test]
    fn a_bodys_requests_are_tasks_of_the_one_asked() {
        for (text, who) in [
            (
                "Requested the secretariat to prepare a timeline;",
                "the secretariat",
            ),
            (
                "The Bureau also requested the Chair, with the support of the secretariat, to prepare a note.",
                "the Chair",
            ),
            (
                "Invited member States that had not yet done so to submit commitments.",
                "member States",
            ),
            (
                "Le Bureau a prié le secrétariat de préparer une note.",
                "le secrétariat",
            ),
            ("a demandé au secrétariat d’établir une note", "secrétariat"),
            (
                "La Mesa pidió a la Secretaría que prepare una nota.",
                "la Secretaría",
            ),
            (
                "просило секретариат подготовить обзор практики",
                "секретариат",
            ),
            (
                "предложило региональным группам представить кандидатуры",
                "региональным группам",
            ),
            ("طلب إلى الأمانة أن تعمم مذكرة مفاهيمية", "الأمانة"),
            (
                "طلب المجلس التنفيذي إلى الأمانة أن تعد تقريرا عن التقدم المحرز.",
                "الأمانة",
            ),
            (
                "دعا المجموعات الإقليمية إلى تقديم أسماء المتكلمين",
                "المجموعات الإقليمية",
            ),
            ("请秘书处与东道国协商，发布会议信息。", "秘书处"),
            (
                "请主席团成员在2025年7月18日前向秘书处提交意见。",
                "主席团成员",
            ),
        ] {
            assert_eq!(
                requested(text).map(|(w, _)| w).as_deref(),
                Some(who),
                "{text}"
            );
        }
        // A person's invitation in a debate, a request for something, a
        // request by a group of delegations: nobody is tasked.
        for text in [
            "The Chair invited the Committee to adopt the agenda.",
            "Participants asked for the brief to be translated.",
            "The Bureau asked that the final versions include figures.",
            "A group of delegations urged UNDP to broaden its donor base.",
            "Тимур Рахимов предложил выделить отдельную сессию.",
            "邀请 MAG 与 DCs 合作开展活动",
        ] {
            assert_eq!(requested(text), None, "{text}");
        }
        // In running text the body must be named; an item under `The
        // Bureau:` names none.
        let doc = crate::parse(
            "Summary of conclusions\n\n1. Preparations\n\nThe Bureau requested the secretariat to prepare a note.\n\nThe Bureau:\n(a) Requested the secretariat to circulate the report by 16 May 2025;\n(b) Took note of the update.\n",
        );
        let actions = doc.what_who_when();
        assert_eq!(
            actions,
            [
                (
                    "The Bureau requested the secretariat to prepare a note.",
                    Some("the secretariat"),
                    None
                ),
                (
                    "Requested the secretariat to circulate the report by 16 May 2025;",
                    Some("the secretariat"),
                    Some("2025-05-16")
                ),
            ]
        );
    }

    #[test]
    fn who_what_when_lines_give_actor_and_deadline() {
        let doc = crate::parse(
            "> Итоги совещания 5 февраля 2025 г.\n>\n> *Задачи (кто — что — срок):*\n>\n> 1. Секретариат — разослать членам ПК проект концепции — до 12\n> февраля.\n> 2. Ирина Соколова, Тимур Рахимов — опубликовать объявление о конкурсе на сайте и в соцсетях\n> — 17 февраля.\n> 3. @Musa Abdullahi: share the figures with CCCM — due 17 Feb\n",
        );
        let actions = doc.what_who_when();
        assert_eq!(
            actions,
            [
                (
                    "Секретариат — разослать членам ПК проект концепции — до 12 февраля.",
                    Some("Секретариат"),
                    Some("2025-02-12")
                ),
                (
                    "Ирина Соколова, Тимур Рахимов — опубликовать объявление о конкурсе на сайте и в соцсетях — 17 февраля.",
                    Some("Ирина Соколова, Тимур Рахимов"),
                    Some("2025-02-17")
                ),
                // The name before the colon is a label: the task follows.
                (
                    "share the figures with CCCM — due 17 Feb",
                    Some("Musa Abdullahi"),
                    Some("2025-02-17")
                ),
            ]
        );
        // A task and its deadline's label hold no name.
        assert_eq!(actor_colon("Compartir el mapeo, plazo: 3 de marzo"), None);
    }

    #[test]
    fn arabic_marks_and_labels_do_not_hide_a_decision_or_an_actor() {
        assert!(is_decision("- تقرّر عقد الاجتماع القادم افتراضياً بالكامل."));
        let doc = crate::parse(
            "محضر الاجتماع\n\n1. المتابعة\n\nاتُّفق على: تشكيل فريق عمل مصغّر.\n\nالإجراءات:\n- قطاع الصحة: تحديث خطة التأهب وعرضها في الاجتماع القادم.\n➡️ Action: All sector coordinators to submit the figures by 24 Jan 2025.\n",
        );
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["تشكيل فريق عمل مصغّر."]);
        let actions: Vec<(&str, Option<&str>)> = (doc.actions.iter())
            .map(|a| (a.text.as_str(), a.actor.as_deref()))
            .collect();
        assert_eq!(
            actions,
            [
                (
                    "تحديث خطة التأهب وعرضها في الاجتماع القادم.",
                    Some("قطاع الصحة")
                ),
                (
                    "All sector coordinators to submit the figures by 24 Jan 2025.",
                    Some("All sector coordinators")
                ),
            ]
        );
    }

    #[test]
    fn short_dates_without_a_year_count_as_deadlines() {
        let meeting = Some((2025, 6, 26));
        assert_eq!(
            due("Action: JM/KT by 30/06.", meeting).as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(
            due("各组组长于7/20前提交数据。", meeting).as_deref(),
            Some("2025-07-20")
        );
        assert_eq!(
            due("FK/JMN – lancer la demande ; échéance 27/06", meeting).as_deref(),
            Some("2025-06-27")
        );
        // A fraction, a full date's parts and a version are no deadline.
        assert_eq!(due("Deliver 3/4 of the kits.", meeting), None);
        assert_eq!(
            due("Send the report by 30/06/2025.", meeting).as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(due("Use template v2/3 by then.", meeting), None);
    }

    #[test]
    fn initials_in_brackets_stay_in_the_subject_and_an_aside_is_cut() {
        assert_eq!(
            actor("Le PNUD (JMN) préparera l'avenant avant le 15 juillet.").as_deref(),
            Some("Le PNUD (JMN)")
        );
        assert_eq!(
            actor("La Rapporteuse (Namibie), avec l'appui du secrétariat, soumettra un projet.")
                .as_deref(),
            Some("La Rapporteuse (Namibie)")
        );
        assert_eq!(
            actor("UNDP, UNICEF and WFP will share the plan.").as_deref(),
            Some("UNDP, UNICEF and WFP")
        );
    }

    #[test]
    fn an_arabic_deadline_not_to_exceed_a_date() {
        assert_eq!(
            due(
                "دعا المجموعات الإقليمية إلى تقديم الأسماء في موعد لا يتجاوز 15 أيلول/سبتمبر 2025.",
                None
            )
            .as_deref(),
            Some("2025-09-15")
        );
    }

    #[test]
    fn chinese_approvals_count_and_no_decision_is_none() {
        assert!(is_decision("核准了缔约方大会第十七届会议临时议程草案；"));
        assert!(!is_decision("主席团表示欢迎这一提议，但未作出决定。"));
        assert!(!is_decision(
            "委员会未就此达成一致，该问题将在下届会议上继续讨论。"
        ));
    }

    #[test]
    fn a_russian_bodys_decisions_are_neuter_and_noting_is_none() {
        assert!(is_decision(
            "Расширенное бюро постановило провести совещание 10 сентября."
        ));
        assert!(is_decision("одобрило предложенный формат обсуждений;"));
        assert!(!is_decision(
            "Бюро приняло к сведению информацию секретариата."
        ));
    }

    #[test]
    fn the_lists_under_a_decisions_heading_are_decisions() {
        let doc = crate::parse(
            "Acta\n\nIII. DESARROLLO\n\n1. La FAO presentó el informe.\n\nIV. ACUERDOS\n\n1. Aprobar la agenda.\n2. Dar por recibido el informe de avance.\n\nV. CIERRE\n\n1. Se levantó la sesión.\n",
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Aprobar la agenda.",
                "Dar por recibido el informe de avance."
            ]
        );
    }

    #[test]
    fn a_task_lists_owner_by_mention_or_after_a_dash() {
        let doc = crate::parse(
            "## Action items\n\n- [ ] @Lena Fischer circulate outline v3 by May 30, 2025\n\
             - [ ] @Musa Abdullahi: share the figures\n\n\
             Action Items\n\
             ☐ Send the revised template to the legal office by 17 October 2025 - Carolina Duarte\n\
             ☐ Draft the methodology note – Fatou Diallo and Marek Nowak\n\
             ☐ Circulate a poll for the December call\n\
             ☐ Publish the report - 2025\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [
                (Some("Lena Fischer"), Some("2025-05-30")),
                (Some("Musa Abdullahi"), None),
                (Some("Carolina Duarte"), Some("2025-10-17")),
                (Some("Fatou Diallo and Marek Nowak"), None),
                (None, None),
                (None, None),
            ]
        );
        // The agency in brackets is the name's; a task struck through is
        // none.
        let doc = crate::parse(
            "## Action items\n\n- [ ] @Lucy Achieng (UNFPA) draft the package by 2025-05-20\n\
             - [ ] ~~@Maryam (UN-Habitat) settlements dataset~~ — superseded\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [(Some("Lucy Achieng (UNFPA)"), Some("2025-05-20"))]
        );
        // A mention alone, or a sentence about someone, names no owner.
        assert_eq!(mentioned_owner("@Lena"), None);
        assert_eq!(mentioned_owner("@ana.k to share the draft"), Some("@ana.k"));
        assert_eq!(
            mentioned_owner("@tomas.r and @li.wei to draft the workplan"),
            Some("@tomas.r and @li.wei")
        );
        assert_eq!(
            mentioned_owner("@org/data-team publish the schema"),
            Some("@org/data-team")
        );
        assert_eq!(mentioned_owner("@ana.k"), None);
        assert_eq!(
            without_numbered_label("Recommandation n° 3 : L'Unité devra"),
            "L'Unité devra"
        );
        assert_eq!(
            without_numbered_label("At 10:30 the Secretariat will"),
            "At 10:30 the Secretariat will"
        );
        assert_eq!(trailing_owner("Send it - the Secretariat"), None);
    }

    #[test]
    fn requests_in_the_passive_are_tasks_of_their_subject() {
        let doc = crate::parse(
            "Summary\n\n13. The Secretariat was requested to prepare a report on the activities.\n\n\
             14. Les États membres sont invités à transmettre leurs contributions.\n\n\
             15. The Secretariat was commended for its work.\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [
                (Some("The Secretariat"), None),
                (Some("Les États membres"), None)
            ]
        );
        // `会议要求X于…前…`: a body requires it; a requirement alone asks nobody.
        assert_eq!(
            requested_cjk("会议要求各机构于10月10日前报送数据清单"),
            Some(("各机构".to_string(), true))
        );
        assert_eq!(requested_cjk("要求各机构提高数据质量"), None);
    }

    #[test]
    fn items_under_a_label_of_tasks_are_tasks() {
        let doc = crate::parse(
            "Доклад\n\n13. Поручения по пункту 3:\n  – Секретариату подготовить проект до 1 сентября 2025 г.;\n  – членам комитета направить замечания.\n\n14. Комитет обсудил доклад:\n  – докладчик представил проект.\n",
        );
        let texts: Vec<&str> = doc.actions.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[1].starts_with("членам комитета"));
    }

    #[test]
    fn an_abbreviations_dot_ends_no_sentence_and_a_noun_in_ria_is_no_verb() {
        let doc = crate::parse(
            "Minutes\n\n1. Budget\n\nMr. Smith agreed to the plan. The Committee decided to adopt 40 000 долл. США for the fund.\n\n2. Tareas\n\na) La secretaría preparará una nota conceptual a más tardar el 30 de junio de 2025.\n",
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Mr. Smith agreed to the plan.",
                "The Committee decided to adopt 40 000 долл. США for the fund."
            ]
        );
        assert_eq!(
            owners_and_dues(&doc),
            [(Some("La secretaría"), Some("2025-06-30"))]
        );
        // `Owner: WFP, due 12 June 2025`: the date is no part of the owner.
        let doc = crate::parse(
            "Minutes\n\n1. Item\n\nAction: Align the indicators (Owner: WFP, due 12 June 2025)\n",
        );
        assert_eq!(owners_and_dues(&doc), [(Some("WFP"), Some("2025-06-12"))]);
    }

    #[test]
    fn org_mode_tasks_with_their_deadline_and_owner() {
        let doc = crate::parse(
            "#+TITLE: Réunion du groupe Genre\n#+DATE: <2025-04-17 jeu.>\n\n* 1. Ouverture   :plan:\nTexte.\n\n** TODO Transmettre le rapport au BCR\nDEADLINE: <2025-05-12 lun.>\n:PROPERTIES:\n:RESPONSABLE: ONU Femmes\n:END:\n\n** DONE Diffuser le compte rendu\nCLOSED: [2025-03-20 jeu. 16:42]\n",
        );
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.as_str()),
            Some("Réunion du groupe Genre")
        );
        assert_eq!(doc.sections[0].title, "Ouverture");
        assert_eq!(doc.actions.len(), 1, "{:?}", doc.actions);
        assert_eq!(doc.actions[0].text, "Transmettre le rapport au BCR");
        assert_eq!(
            owners_and_dues(&doc),
            [(Some("ONU Femmes"), Some("2025-05-12"))]
        );
    }

    #[test]
    fn a_boards_operative_paragraphs_and_a_logs_entries() {
        let doc = crate::parse(
            "Decisions\n\n2025/12\nAnnual report\n\nThe Executive Board,\n\n1. Takes note of the report;\n\n2. Requests UNDP, UNFPA and UNOPS to include an analysis;\n\n3. Decides to hold a structured dialogue;\n\n4. Also requests the Administrator to submit a note by 31 October 2025.\n",
        );
        assert_eq!(
            owners_and_dues(&doc),
            [
                (Some("UNDP, UNFPA and UNOPS"), None),
                (Some("the Administrator"), Some("2025-10-31"))
            ]
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["Decides to hold a structured dialogue;"]);
        let doc = crate::parse(
            "Minuta\n\nIV. ACUERDOS\n\nA-01/2025: Se aprueba la minuta de la sesión anterior.\n\nV. COMPROMISOS\n\nC-01 — Responsable: PNUD — Fecha compromiso: 30/05/2025 — Enviar la propuesta de formato.\n",
        );
        assert_eq!(
            doc.decisions[0].text,
            "Se aprueba la minuta de la sesión anterior."
        );
        assert_eq!(doc.actions[0].text, "Enviar la propuesta de formato.");
        assert_eq!(owners_and_dues(&doc), [(Some("PNUD"), Some("2025-05-30"))]);
        // A Confluence task: its one @assignee and its date.
        assert_eq!(
            mention_inside("تحديث المؤشرات @Mona Farouk ٢٠٢٥/٠٥/٢٠ `قيد التنفيذ`"),
            Some("Mona Farouk")
        );
        assert_eq!(mention_inside("إعداد العرض @ليلى حدّاد @عمر الزعبي"), None);
    }

    #[test]
    fn owners_and_deadlines_labelled_after_the_task() {
        let doc = crate::parse(
            "Ayuda memoria\n\n1. Tema\n\n**Acción:** Compartir el mapeo. *Responsable:* PMA / Hub Logístico. *Plazo:* 24/10/2025.\n\n**Acción:** Compartir el mapeo, plazo: 24/10/2025.\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("PMA / Hub Logístico"), Some("2025-10-24")),
                (None, Some("2025-10-24"))
            ]
        );
        assert_eq!(
            actor("开发署在11月21日前将修订后的指标元数据表分享至工作组").as_deref(),
            Some("开发署")
        );
        assert_eq!(
            actor("RCO汇总形成CCA数据缺口附件，提交12月UNCT会议审议。").as_deref(),
            Some("RCO")
        );
        assert_eq!(
            actor("【行动3-2】完成数据录入。责任单位：各机构UN Info联络人；完成时限：12月19日。")
                .as_deref(),
            Some("各机构UN Info联络人")
        );
        // The next label ends the name; a date under an item's label is
        // its deadline.
        let doc = crate::parse(
            "Compte rendu\n\n1. Point\n\n→ Action : Réviser les voies de référencement\npour Fada (Responsable : UNFPA, délai :\n31 mars 2025)\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(got, [(Some("UNFPA"), Some("2025-03-31"))]);
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
        assert_eq!(
            due("complete the survey by Wednesday, 1 October 2025.", meeting).as_deref(),
            Some("2025-10-01")
        );
        assert_eq!(
            due(
                "The Secretariat to prepare the text (due: 30 June 2025).",
                meeting
            )
            .as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(due("将在 2 月下半月安排", meeting), None);
        assert_eq!(
            due_text("IGF 秘书处将在 2 月下半月安排一次会议。").as_deref(),
            Some("2 月下半月")
        );
        assert_eq!(
            due_text("The Chair will report back next week.").as_deref(),
            Some("next week")
        );
        assert_eq!(
            due_text("Members to send input by the end of the year.").as_deref(),
            Some("by the end of the year")
        );
        assert_eq!(
            due_text("A report is expected by mid-2026.").as_deref(),
            Some("by mid-2026")
        );
        assert_eq!(
            due_text("The Chair will convene the group in early November.").as_deref(),
            Some("early November")
        );
        assert_eq!(due_text("Comments were sent by email."), None);
        assert_eq!(due_text("The Secretariat will circulate the draft."), None);
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
    fn a_grid_tables_rows_run_from_border_to_border() {
        let src = "Acta\n\n+------------+-------------+---------+\n\
                   | Acuerdo/   | Responsable | Plazo   |\n\
                   | compromiso |             |         |\n\
                   +============+=============+=========+\n\
                   | Cargar el  | Grupos de   | 28 de   |\n\
                   | plan       | resultados  | febrero |\n\
                   |            |             | de 2025 |\n\
                   +------------+-------------+---------+\n\
                   | Remitir la | OCR         |         |\n\
                   | lista      |             |         |\n\
                   +------------+-------------+---------+\n";
        let doc = crate::parse(src);
        let got = doc.what_who_when();
        assert_eq!(
            got,
            [
                (
                    "Cargar el plan",
                    Some("Grupos de resultados"),
                    Some("2025-02-28")
                ),
                ("Remitir la lista", Some("OCR"), None),
            ]
        );
        assert!(crate::check::guarantees(src, &doc, &crate::Options::default()).is_empty());
    }

    #[test]
    fn a_trackers_rows_done_already_are_no_actions() {
        let src = "Minutes\n\n| # | Action point | Responsible | Deadline | Status |\n\
                   |---|---|---|---|---|\n\
                   | 1 | Share the list | IOM | 27-Feb-2025 | Closed |\n\
                   | 2 | Dispatch the kits | UNICEF | 12-Mar-2025 | Open |\n\
                   | 3 | Map the referrals | | 20-Mar-2025 | Ongoing |\n";
        let doc = crate::parse(src);
        let got = doc.what_who_when();
        // (The empty cell keeps the columns after it in their places.)
        assert_eq!(
            got,
            [
                ("Dispatch the kits", Some("UNICEF"), Some("2025-03-12")),
                ("Map the referrals", None, Some("2025-03-20")),
            ]
        );
    }

    #[test]
    fn a_column_of_decisions_gives_one_decision_per_row() {
        let src = "Ayuda memoria\n\nFecha: 8 de abril de 2025\n\n## Acuerdos\n\n| N.º | Acuerdo |\n|---|---|\n| 1 | Se aprueba la agenda de la reunión. |\n| 2 | — |\n| 3 | El UNCT emitirá un mensaje conjunto. |\n";
        let doc = crate::parse(src);
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Se aprueba la agenda de la reunión.",
                "El UNCT emitirá un mensaje conjunto."
            ]
        );
        // A log at the end of decisions recorded already repeats them.
        let log = "Notes\n\n## Discussion\n\nThe group agreed to adopt outline v3.\n\n## Decisions log\n\n| # | Decision | Date |\n|---|---|---|\n| 1 | Outline v3 adopted | 18 Feb 2025 |\n";
        let doc = crate::parse(log);
        assert_eq!(doc.decisions.len(), 1, "{:?}", doc.decisions);
        assert!(doc.decisions[0].text.starts_with("The group agreed"));
    }

    #[test]
    fn a_table_under_an_action_header_gives_one_action_per_row() {
        let src = "Meeting\n\n2025-03-01 | 10:00 UTC\n\n1. Item\n\n- text\n\nActions:\n\n| Action | Responsible | Deadline |\n|---|---|---|\n| Circulate the draft report | Secretariat | 15 March |\n| Send comments | Members | next week |\n";
        let doc = crate::parse(src);
        assert_eq!(doc.actions.len(), 2, "{:?}", doc.actions);
        assert_eq!(doc.actions[0].text, "Circulate the draft report");
        assert_eq!(doc.actions[0].actor.as_deref(), Some("Secretariat"));
        assert_eq!(doc.actions[0].due.as_deref(), Some("2025-03-15"));
        assert_eq!(doc.actions[1].due_text.as_deref(), Some("next week"));
        let ascii = "Meeting\n\n1. Item\n\n- text\n\n行动：\n\n|===\n| 行动 | 负责人 | 截止日期\n| 分发报告 | 秘书处 | 3 月 15 日\n|===\n";
        let doc = crate::parse(ascii);
        assert_eq!(doc.actions.len(), 1, "{:?}", doc.actions);
        assert_eq!(doc.actions[0].actor.as_deref(), Some("秘书处"));
    }

    #[test]
    fn a_table_laid_out_by_spaces_gives_its_rows_wrapped_cells_joined() {
        let src = "Report\n\n5. Next steps\n\nNo.  Action                              Responsible        Timeline\n1    Circulate the draft report to      ECA secretariat    27 September 2024\n     participants for comments\n2    Compile data on sugar production   AfCFTA Secretariat,  Ongoing\n                                        with ECA support\n\n6. Closing\n\nThe meeting closed.\n";
        let doc = crate::parse(src);
        let got = doc.what_who_when();
        assert_eq!(
            got,
            [
                (
                    "Circulate the draft report to participants for comments",
                    Some("ECA secretariat"),
                    Some("2024-09-27")
                ),
                (
                    "Compile data on sugar production",
                    Some("AfCFTA Secretariat, with ECA support"),
                    None
                ),
            ]
        );
        let errors = crate::check::guarantees(src, &doc, &crate::Options::default());
        assert!(errors.is_empty(), "{errors:?}");
        // A header in Cyrillic: columns counted in characters, not bytes.
        let src = "Протокол\n\n5. Дальнейшие шаги\n\n№   Действие                        Ответственный   Срок\n1   Разослать проект доклада        Секретариат     30 мая 2025 г.\n    участникам совещания\n\n6. Закрытие\n\nЗаседание закрыто.\n";
        let doc = crate::parse(src);
        let texts: Vec<&str> = doc.actions.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Разослать проект доклада участникам совещания"]);
    }

    #[test]
    fn decisions_are_the_sentences_that_state_them() {
        let doc = crate::parse(
            "## Item\n\nThe Chair opened the call. The agenda was adopted without changes. Members spoke.\n\nDecision: The ceremony will be held on day two.\n",
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The agenda was adopted without changes.",
                "The ceremony will be held on day two."
            ]
        );
    }

    #[test]
    fn decisions_and_their_negations() {
        assert!(is_decision("MAG 同意遴选 41 个研讨会"));
        assert!(is_decision("The MAG agreed to extend the deadline."));
        assert!(!is_decision("Members disagreed on the text."));
        assert!(!is_decision("No se llegó a un acuerdo sobre el horizonte."));
        assert!(!is_decision("The report was not formally adopted."));
        assert!(!is_decision("Группа не решила этот вопрос."));
        assert!(!is_decision("The agenda was discussed."));
        assert!(!is_decision(
            "在讨论和决定互联网治理问题时，一些立法实体往往会寻求建议。"
        ));
        assert!(is_decision("会议讨论了议程，并决定推迟。"));
    }

    #[test]
    fn participles_plans_and_wishes_are_no_decisions() {
        assert!(!is_decision(
            "Costs were 12 per cent below the approved amount."
        ));
        assert!(!is_decision(
            "Bids are assessed against the criteria adopted in 2023."
        ));
        assert!(!is_decision(
            "It follows the structure agreed by the Bureau in December."
        ));
        assert!(!is_decision(
            "The Chair said the text would be adopted next week."
        ));
        assert!(!is_decision(
            "提案国希望该决定草案能像往年一样未经表决获得通过。"
        ));
        // The verb of its clause still decides.
        assert!(is_decision("The report was adopted by the Committee."));
        assert!(is_decision(
            "The report was formally adopted by the Committee."
        ));
        assert!(is_decision("The Committee adopted the report."));
        assert!(is_decision("The MAG agreed in principle to meet in May."));
        assert!(is_decision("主席希望加快工作，会议决定延期。"));
    }

    #[test]
    fn a_russian_reports_datives_quoted_days_and_deadlines_before_the_verb() {
        let doc = crate::parse(
            "Краткий отчет\n\nДата проведения:\t«12»–«13» марта 2025 г.\n\nПункт 4 повестки дня: Качество\n\n\
             11. Рабочей группе по качеству данных предложено представить Секретариату перечень ошибок до «30» апреля 2025 г.\n\n\
             14. Председатель до 1 июня 2025 г. направит письмо региональным почтовым союзам.\n\n\
             Примечание. Настоящий документ выпущен без официального редактирования.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-03-12"));
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (
                    Some("Рабочей группе по качеству данных"),
                    Some("2025-04-30")
                ),
                (Some("Председатель"), Some("2025-06-01")),
            ]
        );
        assert_eq!(doc.disclaimers.len(), 1);
        assert_eq!(doc.disclaimers[0].lang.as_deref(), Some("ru"));
    }

    #[test]
    fn a_protocols_instructions_address_a_body_in_the_dative() {
        for (text, who) in [
            (
                "Секретариату (Петрову И.И.) в срок до 15.04.2025 подготовить и направить проект.",
                "Секретариату (Петрову И.И.)",
            ),
            (
                "Министерствам и ведомствам – членам рабочей группы, не представившим материалы, в срок до 04.04.2025 представить их.",
                "Министерствам и ведомствам – членам рабочей группы, не представившим материалы",
            ),
            (
                "Членам Бюро предлагается до 31 марта 2025 года представить предложения.",
                "Членам Бюро",
            ),
            ("ОКР подготовить сводный обзор рисков.", "ОКР"),
        ] {
            assert_eq!(instructed(text).as_deref(), Some(who), "{text}");
        }
        // A decision in the accusative names nobody.
        assert_eq!(
            instructed("Информацию Петрова И.И. принять к сведению."),
            None
        );
        assert_eq!(instructed("Утвердить план работы."), None);
    }

    #[test]
    fn a_protocols_decided_items_with_an_owner_are_tasks() {
        let doc = crate::parse(
            "ПРОТОКОЛ № 3\n\nЕсли замечаний не поступит до 19.03.2025, протокол будет считаться согласованным.\n\n\
             1) О паводках\n\nРешили:\n– одобрить обновленный состав Групп;\n\
             – ОКР подготовить сводный обзор рисков.\nОтв.: Абдыкадырова А.К., срок – до 04.04.2025;\n\
             – провести командно-штабное учение в\nг. Оше.\nОтв.: ВПП, ЮНИСЕФ, срок – апрель 2025 г.\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("Абдыкадырова А.К."), Some("2025-04-04")),
                (Some("ВПП, ЮНИСЕФ"), None),
            ]
        );
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["одобрить обновленный состав Групп;"]);
    }

    #[test]
    fn an_actas_ordinal_items_numbered_agreements_and_commitments() {
        let src = "ACTA N.º 07-2025\n\nPRIMERO: VERIFICACIÓN DEL QUÓRUM Y APROBACIÓN DE LA AGENDA\n\
                   La Secretaría técnica comprobó la asistencia.\n\
                   ACUERDO N.º 1: Aprobar la agenda de la sesión.\n\n\
                   SEGUNDO: INFORME DE AVANCE FÍSICO Y FINANCIERO AL 31 DE MARZO DE 2025\n\
                   El Coordinador de la UCP presentó el informe de avance del programa.\n\n\
                   COMPROMISOS\n\n\
                   1. Remitir a los miembros del Comité la versión final del POA.\n\
                   \x20  Responsable: Unidad de Coordinación del Programa Conjunto (UCP)\n\
                   \x20  Fecha: 25 de abril de 2025\n\n\
                   2. Compile the comments by 15 July 2025 (owner: Bureau).\n";
        let doc = crate::parse(src);
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            &titles[..2],
            [
                "VERIFICACIÓN DEL QUÓRUM Y APROBACIÓN DE LA AGENDA",
                "INFORME DE AVANCE FÍSICO Y FINANCIERO AL 31 DE MARZO DE 2025"
            ]
        );
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["Aprobar la agenda de la sesión."]);
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (
                    Some("Unidad de Coordinación del Programa Conjunto (UCP)"),
                    Some("2025-04-25")
                ),
                (Some("Bureau"), Some("2025-07-15")),
            ]
        );
        // A field alone names no task.
        let doc = crate::parse("Note\n\n1. Item\n\n- Lead: UNICEF\n- Members: WFP, FAO\n");
        assert!(doc.actions.is_empty(), "{:?}", doc.actions);
    }

    #[test]
    fn counted_clauses_after_an_announcement_are_decisions_or_tasks() {
        let src = "会议纪要\n\n时间：2025年2月25日\n\n    一、关于2025年工作计划\n\n    （一）工作计划\n\n    秘书处介绍了工作计划。\n\
                   会议议定事项如下：一是原则同意《工作计划》；二是请秘书处于2025年3月10日前印发各成员机构；\n\
                   三是各成员机构于3月20日前向秘书处报送联络人名单；四是对外信息发布统一由协调员办公室把关。\n";
        let doc = crate::parse(src);
        assert_eq!(doc.sections[0].title, "关于2025年工作计划");
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            decisions,
            [
                "原则同意《工作计划》；",
                "对外信息发布统一由协调员办公室把关。"
            ]
        );
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("秘书处"), Some("2025-03-10")),
                (Some("各成员机构"), Some("2025-03-20"))
            ]
        );
    }

    #[test]
    fn an_arab_recommendations_tasks_and_approvals() {
        let src = "محضر\n\nأولا: التقرير\n\nالتوصيات:\n\
                   1- الموافقة على الإطار العام للتقرير.\n\
                   2- تكليف الأمانة الفنية بإعداد المسودة الأولى قبل ٣٠ شوال ١٤٤٦هـ الموافق 28 أبريل 2025م.\n\
                   3- دعوة الدول الأعضاء التي لم تقدم بعد تقارير الرصد الوطنية لإطار سنداي إلى استكمالها قبل نهاية شهر أبريل 2025.\n";
        let doc = crate::parse(src);
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("الأمانة الفنية"), Some("2025-04-28")),
                (Some("الدول الأعضاء"), Some("2025-04-30")),
            ]
        );
        assert_eq!(doc.decisions.len(), 1);
    }

    #[test]
    fn a_table_of_numbered_decisions_laid_out_by_spaces() {
        let src = "Relevé de décisions\n\nJour 1 – mardi 4 mars 2025\n\n\
                   N°    Décision\n\
                   D1    L'UNCT adopte la mise à jour 2025 de l'analyse commune de pays.\n\
                   D2    Le rapport annuel 2024 est validé, sous réserve des\n\
                   \x20     ajustements demandés.\n\
                   D3    L'UNCT approuve la note conceptuelle (chef de file : UNICEF).\n";
        let doc = crate::parse(src);
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions.len(), 3, "{decisions:?}");
        assert!(decisions[1].starts_with("Le rapport annuel 2024 est validé"));
        assert!(doc.actions.is_empty(), "{:?}", doc.actions);
        assert!(!doc.sections.iter().any(|s| s.title.starts_with("N°")));
    }

    #[test]
    fn a_sentence_naming_next_steps_before_a_list_makes_its_items_tasks() {
        let src = "Compte rendu\n\n1. Clôture\n\nLes prochaines étapes suivantes ont été arrêtées :\n\n- Le Haut-Commissariat soumettra la stratégie au Conseil des ministres.\n- La FAO appuiera la formation.\n\nLes participants ont évoqué :\n\n- la formation des services nationaux.\n";
        let doc = crate::parse(src);
        let got: Vec<Option<&str>> = doc.actions.iter().map(|a| a.actor.as_deref()).collect();
        assert_eq!(
            got,
            [Some("Le Haut-Commissariat"), Some("La FAO")],
            "{:?}",
            doc.actions
        );
        assert!(announces_actions("Next steps agreed:"));
        assert!(!announces_actions("Next steps"));
    }

    #[test]
    fn a_decision_announcing_what_follows_heads_a_list_of_decisions() {
        let doc = crate::parse(
            "محضر\n\nسادساً: التوصيات والقرارات\n\nفي ختام المداولات، قرر المشاركون ما يلي:\n\n1. اعتماد الإطار المرجعي المحدَّث.\n2. الموافقة على المحاور الثلاثة.\n",
        );
        let got: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "اعتماد الإطار المرجعي المحدَّث.",
                "الموافقة على المحاور الثلاثة."
            ]
        );
        assert!(announces_decisions("The Committee decided as follows:"));
        assert!(!announces_decisions(
            "The Committee discussed the following:"
        ));
    }

    #[test]
    fn a_label_over_nothing_and_a_signatures_label_record_nothing() {
        let doc = crate::parse(
            "Minutes\n\nI. Opening\n\n- Action: None.\n- Action: WHO to share the plan by 20 June 2025.\n\nIt was agreed that the plan stands.\n\nApproved by:  K. Owusu-Ansah, Resident Coordinator\n",
        );
        let actors: Vec<Option<&str>> = doc.actions.iter().map(|a| a.actor.as_deref()).collect();
        assert_eq!(actors, [Some("WHO")]);
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["It was agreed that the plan stands."]);
    }

    #[test]
    fn a_protocols_numbered_tab_table_of_measures_and_its_dative_task() {
        let src = "Протокол\n\nI. О ходе проекта\n\nРЕШИЛИ:\n1. Одобрить отчет.\n2. Определить следующие мероприятия:\n\n№ п/п\tМероприятие\tОтветственный\tСрок исполнения\n1.\tНаправить план в Стамбул\tГруппа управления проектом\tдо 20 июня 2025 г.\n2.\tПодготовить сведения\tМинфин КР\tпостоянно\n\n3. Секретарю Комитета разослать протокол участникам.\n";
        let doc = crate::parse(src);
        let got: Vec<(&str, Option<&str>)> = (doc.actions.iter())
            .map(|a| (a.text.as_str(), a.actor.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Направить план в Стамбул",
                    Some("Группа управления проектом")
                ),
                ("Подготовить сведения", Some("Минфин КР")),
                (
                    "Секретарю Комитета разослать протокол участникам.",
                    Some("Секретарю Комитета")
                ),
            ]
        );
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["Одобрить отчет."]);
    }

    #[test]
    fn arabic_tasks_on_a_verbal_noun_an_obligation_and_a_feminine_verb() {
        for (text, who) in [
            (
                "طُلب من رؤساء الوكالات تأكيد أسماء ممثليهم في موعد أقصاه ٢٦/٦/٢٠٢٥.",
                "رؤساء الوكالات",
            ),
            (
                "على الوكالات الأعضاء في مجموعات النتائج تقديم مدخلاتها في موعد أقصاه ١٥/٦/٢٠٢٥.",
                "الوكالات الأعضاء في مجموعات النتائج",
            ),
            (
                "كلّفت الأمانة بإعداد مسودة الإطار المرجعي في موعد أقصاه ٣٠ حزيران/يونيو ٢٠٢٥.",
                "الأمانة",
            ),
        ] {
            let doc = crate::parse(&format!("محضر\n\n١- البند\n\n{text}\n"));
            let got: Vec<Option<&str>> = doc.actions.iter().map(|a| a.actor.as_deref()).collect();
            assert_eq!(got, [Some(who)], "{text}");
        }
        // (A preposition after a definite word opens no task.)
        assert_eq!(obliged_ar("على الفريق في الاجتماع"), None);
        assert_eq!(
            obliged_ar("على وحدة الرصد والتقييم تحديث الجدول").as_deref(),
            Some("وحدة الرصد والتقييم")
        );
        assert_eq!(
            obliged_ar("على فريق العمل المعني بصياغة البرنامج تقديم المسودة").as_deref(),
            Some("فريق العمل المعني بصياغة البرنامج")
        );
    }

    #[test]
    fn who_and_by_when_after_a_task_are_its_fields() {
        let doc = crate::parse(
            "会议记录\n\n会议时间：2025年5月19日\n\n一、数据平台\n\n请项目办协调省林业和草原局，完成数据的共享接口对接。责任人：刘晓；完成时间：7月15日前\n\n四、下一步工作\n\n（1）各示范点按月报送巡护监测数据。\n责任人：各示范点联络人；完成时间：长期\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("刘晓"), Some("2025-07-15")),
                (Some("各示范点联络人"), None),
            ]
        );
    }

    #[test]
    fn owners_before_a_dash_and_dates_written_month_first() {
        let doc = crate::parse(
            "Weekly sync\n\nMeeting date: 6/12/2025\n\nAction items\n\n- [ ] @Maria Lopez – share the revised budget table – due 6/13/2025\n- [ ] @Ahmed Khan – send the Peru addendum – due 7/3/2025\n- [ ] All – send comments on the ToR to Ahmed – due 6/18/2025\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-06-12"));
        let got = texts_owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (
                    "share the revised budget table – due 6/13/2025",
                    Some("Maria Lopez"),
                    Some("2025-06-13")
                ),
                (
                    "send the Peru addendum – due 7/3/2025",
                    Some("Ahmed Khan"),
                    Some("2025-07-03")
                ),
                (
                    "All – send comments on the ToR to Ahmed – due 6/18/2025",
                    Some("All"),
                    Some("2025-06-18")
                ),
            ]
        );
        // (Day first where one date can only be read so.)
        assert!(!crate::date::month_first_in(
            "7/3/2025 and 13/6/2025 and 6/13/2025"
        ));
        assert!(!crate::date::month_first_in("7/3/2025"));
    }

    #[test]
    fn a_table_with_pipes_between_cells_only_and_a_month_end_deadline() {
        let src = "Compte rendu\n\nDate : 12 juin 2025\n\nTableau de suivi des actions\n\nN° | Action | Responsable | Délai\n1 | Diffuser l’évaluation SRM | UNDSS (CSA) | fin juin 2025\n2 | Partager le programme | OCHA | immédiat\n\nLe PNUD enverra le rapport d’ici fin juillet 2025.\n";
        let doc = crate::parse(src);
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("UNDSS (CSA)"), Some("2025-06-30")),
                (Some("OCHA"), None),
                (Some("Le PNUD"), Some("2025-07-31")),
            ]
        );
        // (In prose, a month's end needs a word before it.)
        assert_eq!(
            month_end("Fin juin 2025, le PNUD a publié le rapport.", None),
            None
        );
    }

    #[test]
    fn a_confluence_task_names_its_assignee_and_closes_on_its_date() {
        let doc = crate::parse(
            "## Tareas\n\n- [ ] @Lucía Pérez Revisar el presupuesto 30 may 2025\n- @Jorge Ramírez confirmó que el informe fue enviado el 14 de mayo de 2025.\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(got, [(Some("Lucía Pérez"), Some("2025-05-30"))]);
    }

    #[test]
    fn a_tasks_closing_bracket_of_who_then_a_date() {
        let doc = crate::parse(
            "Minutes – 22 May 2025\n\n1. SOP\n\nAP1: Circulate the final SOP to all focal points\n(UNHCR, 15 June)\n\nAP2: Share the calendar (UNICEF and IOM, 6 June)\n\nThe retreat took place (Cape Town, 5 May).\n",
        );
        let got = owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (Some("UNHCR"), Some("2025-06-15")),
                (Some("UNICEF and IOM"), Some("2025-06-06"))
            ]
        );
        // (A full-width bracket holding no such tag.)
        assert!(
            dated_tag("请机构完成填报（责任单位：粮农组织；完成时限：５月３１日前）").is_none()
        );
    }

    #[test]
    fn agreements_each_with_who_and_by_when_are_tasks() {
        let src = "Acta\n\nACUERDOS\n\n| N.º | Acuerdo | Responsable | Fecha límite |\n|---|---|---|---|\n| 1 | Remitir el POA 2025 a la Junta | UGP | 04/04/2025 |\n| 2 | Relanzar la licitación | PNUD Panamá | 30/05/2025 |\n\n| N.º | Acuerdo | Responsable |\n|---|---|---|\n| 1 | Se aprueba el POA 2025 | Junta |\n";
        let doc = crate::parse(src);
        let got = texts_owners_and_dues(&doc);
        assert_eq!(
            got,
            [
                (
                    "Remitir el POA 2025 a la Junta",
                    Some("UGP"),
                    Some("2025-04-04")
                ),
                (
                    "Relanzar la licitación",
                    Some("PNUD Panamá"),
                    Some("2025-05-30")
                ),
            ]
        );
        // (Without a deadline column, the agreements are decisions.)
        let decisions: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(decisions, ["Se aprueba el POA 2025"]);
    }

    #[test]
    fn a_deadline_at_a_named_months_end_is_its_last_day() {
        let meeting = Some((2025, 3, 1));
        for (text, want) in [
            (
                "Президиум проведет консультации до конца апреля 2026 года.",
                "2026-04-30",
            ),
            ("请人口基金牵头，于2025年6月底前完成校订。", "2025-06-30"),
            ("请秘书处于2月底前分发。", "2026-02-28"),
            (
                "دعوة الدول الأعضاء إلى استكمالها قبل نهاية شهر أبريل 2025.",
                "2025-04-30",
            ),
            ("UNICEF will send it by the end of June 2025.", "2025-06-30"),
            (
                "El PMA enviará el informe antes de finales de junio de 2025.",
                "2025-06-30",
            ),
            (
                "Le PAM enverra le rapport d'ici la fin de juin 2025.",
                "2025-06-30",
            ),
        ] {
            assert_eq!(due(text, meeting).as_deref(), Some(want), "{text}");
        }
        // No deadline word, or no month named: no date.
        assert_eq!(due("The end of June was hot.", meeting), None);
        assert_eq!(
            due("The report is due by the end of the month.", meeting),
            None
        );
    }

    #[test]
    fn an_items_fields_give_its_owner_and_deadline() {
        let doc = crate::parse(
            "Minutes\n\n1. Item\n\n- Action: distribute the tablets to partners\n  Responsible: UNICEF\n  Deadline: 15 March 2025\n\
             - الإجراء: إعداد قائمة بالمديريات\n  المسؤول: منسق المجموعة\n  الموعد النهائي: 12 آذار/مارس 2025\n\
             • Update the gap map — Responsible: IOM — Deadline: 20 March 2025\n\n\
             Nota: texto interno del grupo.\nDisclaimer: This is an internal document.\n",
        );
        let got = doc.what_who_when();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].0.starts_with("distribute the tablets"), "{got:?}");
        assert_eq!((got[0].1, got[0].2), (Some("UNICEF"), Some("2025-03-15")));
        assert!(got[1].0.starts_with("إعداد قائمة"), "{got:?}");
        assert_eq!(
            (got[1].1, got[1].2),
            (Some("منسق المجموعة"), Some("2025-03-12"))
        );
        assert_eq!((got[2].1, got[2].2), (Some("IOM"), Some("2025-03-20")));
        // A notice's label opens a line of its own.
        assert_eq!(doc.disclaimers.len(), 1, "{:?}", doc.disclaimers);
        assert_eq!(doc.disclaimers[0].lang.as_deref(), Some("en"));
    }

    #[test]
    fn present_tense_decisions_and_plural_labels() {
        for text in [
            "Se aprueba la metodología de priorización geográfica.",
            "Se acuerda utilizar el formato único.",
            "L'OMT approuve la répartition des coûts.",
            "Le compte rendu de la réunion du 12 février a été validé sans modification.",
        ] {
            assert!(is_decision(text), "{text}");
        }
        let doc = crate::parse(
            "# Acta\n\n## 1. Apertura\n\n**Acuerdos:**\n- El GIFMM participará en la mesa.\n",
        );
        assert_eq!(doc.decisions.len(), 1, "{:?}", doc.decisions);
        assert!(!is_decision("Le document reste valide."));
    }

    #[test]
    fn a_decision_label_alone_heads_a_list_of_decisions() {
        let doc = crate::parse(
            "Протокол\n\n1. Кампания\n\nДоговорились:\n\n- провести мероприятие 25 ноября;\n- использовать единый стиль.\n\nДоговорились: одобрить план.\n",
        );
        let texts: Vec<&str> = doc.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "провести мероприятие 25 ноября;",
                "использовать единый стиль.",
                "одобрить план."
            ]
        );
    }

    #[test]
    fn actor_phrases_fit_the_clause_window() {
        // `Clause` keeps 24 words: a verb among the first 12, then the
        // longest modal or passive phrase and one link word.
        for l in lexicon::ALL {
            for p in l.modals.iter().chain(l.passive_auxiliaries) {
                assert!(12 + p.split(' ').count() < Clause::WORDS, "{p}");
            }
        }
    }

    #[test]
    fn languages_from_script_and_stop_words() {
        assert!(
            lexicon::ALL.len() <= 32,
            "STOPWORDS keeps languages as u32 bits"
        );
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
