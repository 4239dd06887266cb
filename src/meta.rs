//! Meta: the meeting's date, time, venue and mode.
//!
//! Input: the text of the title block lines, the first preamble paragraphs,
//! and the dates of the day sections. Output: [`Meta`]. The date comes from
//! the title block (a range gives `end_date`); a date written without its
//! year takes a year written in the title block; with no date there, the
//! day headers give the first and last day. The venue is the title-block
//! piece that names a place or says "online"; the mode comes from the
//! online and in-person words of the title block and the preamble.

use crate::ast::{Meta, Mode};
use crate::chars;
use crate::date;
use crate::lexicon;

/// How many preamble paragraphs may still be the cover.
const COVER_PARAGRAPHS: usize = 6;

/// A memo's header fields of who it goes to and who sends it, in six
/// languages, and the label of its own date.
const MEMO_TO: [&str; 8] = [
    "to",
    "à",
    "destinataire",
    "para",
    "кому",
    "إلى",
    "收件人",
    "致",
];
const MEMO_FROM: [&str; 8] = [
    "from",
    "de",
    "expéditeur",
    "de parte de",
    "от",
    "من",
    "发件人",
    "发文单位",
];
const MEMO_DATE: [&str; 5] = ["date", "fecha", "дата", "التاريخ", "日期"];

/// The label of a `Label: value` line, lower case already, trimmed.
fn label_of(lower: &str) -> Option<&str> {
    let (label, _) = lower.split_once([':', '：'])?;
    let label = label.trim();
    (label.chars().count() <= 20).then_some(label)
}

/// The date line of a memo's header: a `DATE:` line among its `TO:` and
/// `FROM:` lines (a few lines from them: a `Fecha:` line further down an
/// e-mail is the meeting's).
fn memo_date<'l>(lines: impl Iterator<Item = &'l String>) -> Option<&'l String> {
    let (mut to, mut from, mut dates) = (None, None, Vec::new());
    for (k, line) in lines.enumerate() {
        let lower = crate::chars::to_lower(line);
        match label_of(&lower) {
            Some(l) if MEMO_TO.contains(&l) => to = to.or(Some(k)),
            Some(l) if MEMO_FROM.contains(&l) => from = from.or(Some(k)),
            Some(l) if MEMO_DATE.contains(&l) => dates.push((k, line)),
            _ => {}
        }
    }
    let (to, from) = (to?, from?);
    let (first, last) = (to.min(from), to.max(from));
    (dates.into_iter())
        .find(|&(k, _)| k + 3 >= first && k <= last + 4)
        .map(|(_, line)| line)
}

/// Extracts the metadata.
pub fn extract(
    title_lines: &[String],
    title_at: Option<usize>,
    preamble: &[String],
    day_dates: &[String],
) -> Meta {
    let mut meta = Meta::default();
    let year_in_title = title_lines.iter().find_map(|l| four_digit_year(l));
    // (`Sent: 13 June 2025 9:12`, `Отправлено: …`: an e-mail's header
    // dates the message, not the meeting its minutes record.)
    const SENT: [&str; 8] = [
        "sent:",
        "envoyé :",
        "envoyé:",
        "enviado el:",
        "enviado:",
        "отправлено:",
        "发送时间",
        "تاريخ الإرسال",
    ];
    // (`Created by …, last modified by … on 14 May 2025`: a wiki page's
    // history dates the page.)
    // (`发布时间：2025-05-20 18:32`, `Published: …`: a web page's own
    // date.)
    const EDITED: [&str; 19] = [
        "published:",
        "publié le",
        "publicado el",
        "опубликовано",
        "تاريخ النشر",
        "发布时间",
        "发布于",
        "last modified",
        "last updated",
        "dernière modification",
        "modifié le",
        "última modificación",
        "última actualización",
        "последнее изменение",
        "изменено",
        "آخر تعديل",
        "آخر تحديث",
        "最后修改",
        "最后更新",
    ];
    // (`TO:` / `FROM:` / `DATE: 19 June 2025` / `SUBJECT: Minutes of the
    // meeting held on 12 June 2025`: a memo's date is the memo's.)
    let memo_date = memo_date(
        title_lines
            .iter()
            .chain(preamble.iter().take(COVER_PARAGRAPHS)),
    );
    // (Anywhere in the line: a header's lines may have run together.)
    // (Nor is a UN cover's issue date, beside `Distr.`.)
    let not_the_meetings = |line: &str| {
        let lower = crate::chars::to_lower(line);
        SENT.iter().chain(&EDITED).any(|s| lower.contains(s))
            || memo_date.is_some_and(|m| m == line)
            || line.contains("Distr.")
    };
    let dated = |line: &String| {
        if not_the_meetings(line) {
            return None;
        }
        date::find_dates(line)
            .into_iter()
            .find(|d| d.year.is_some() || year_in_title.is_some())
    };
    // A cover may carry the document's issue date before the meeting's:
    // a date on a `Date:` line, or beside a time or a `|`, is the meeting's.
    let about_the_meeting = |line: &&String| {
        lexicon::is_meta_line(line) || line.contains('|') || date::find_time(line).is_some()
    };
    // A long cover (a UN summary record's) runs past the title block: its
    // `Held at …, on 15 October 2024, at 10 a.m.` line is in the preamble.
    // (The preamble's paragraphs start with the title block's other lines.)
    // (`Distr.: General`, `Original: English` are how it is issued: they
    // take no room in it.)
    let cover = || {
        (preamble.iter().filter(|l| !lexicon::is_cover_field(l)))
            .take(title_lines.len() + COVER_PARAGRAPHS)
    };
    // A labelled line first (`Date:`, `会议时间：`): a line that merely
    // holds a time may be a web page's or an e-mail's (`发布时间：…
    // 16:05`, `Envoyé : lundi 13 octobre 2025 17:42`).
    let labelled = |line: &&String| lexicon::is_meta_line(line);
    let first = (title_lines.iter().filter(labelled).find_map(dated))
        // (anywhere before the first section: an e-mail's header and
        // greeting may come first).
        .or_else(|| preamble.iter().filter(labelled).find_map(dated))
        .or_else(|| title_lines.iter().filter(about_the_meeting).find_map(dated))
        .or_else(|| cover().filter(about_the_meeting).find_map(dated))
        // `Report of the annual session 2025` / `(9 to 12 June 2025, New
        // York)`: the session a report is of, not the one it goes to.
        .or_else(|| {
            let lines: Vec<&String> = title_lines.iter().chain(cover()).collect();
            (lines.iter().enumerate())
                .filter(|(_, l)| lexicon::opens_report(l) && lexicon::names_meeting(l))
                .find_map(|(k, l)| {
                    // (The cover's paragraphs open with the title block's
                    // lines again: the title block's last line is followed
                    // by none of them.)
                    let next = (k + 1 != title_lines.len())
                        .then(|| lines.get(k + 1))
                        .flatten();
                    dated(l).or_else(|| next.and_then(|n| dated(n)))
                })
        })
        // The title's own date names the meeting (`Meeting of 3 March 2025`).
        .or_else(|| title_at.and_then(|t| title_lines.get(t)).and_then(dated))
        .or_else(|| title_lines.iter().filter(|l| placed(l)).find_map(dated))
        .or_else(|| cover().filter(|l| placed(l)).find_map(dated))
        .or_else(|| title_lines.iter().find_map(dated))
        // A web page's navigation may push its date line (`2025年2月19日至
        // 21日`) past the cover: a line that is nothing but a range of days
        // names the meeting's.
        .or_else(|| {
            (day_dates.is_empty())
                .then(|| {
                    preamble
                        .iter()
                        .find_map(|l| date::date_line(l).filter(|d| d.until.is_some()))
                })
                .flatten()
        });
    if let Some(d) = first {
        meta.date = d.iso(year_in_title);
        meta.end_date = d.until_iso(year_in_title);
    }
    if meta.date.is_none() {
        meta.date = day_dates.first().cloned();
        // Days out of order are no span of the meeting.
        meta.end_date = day_dates
            .last()
            .filter(|last| day_dates.len() > 1 && meta.date.as_ref().is_some_and(|d| *last > d))
            .cloned();
    }
    // (A labelled line first: `会议时间：2025年5月19日上午9:30` under a
    // web page's byline `2025年05月20日 18:32`.)
    let timed = (title_lines.iter().chain(cover()))
        .filter(|l| lexicon::is_meta_line(l) && !not_the_meetings(l))
        .find_map(|l| date::find_time(l));
    let timed = timed.or_else(|| {
        (title_lines.iter().filter(|l| !not_the_meetings(l))).find_map(|l| date::find_time(l))
    });
    let timed = timed.or_else(|| {
        cover()
            .filter(|l| !not_the_meetings(l) && !date::find_dates(l).is_empty())
            .find_map(|l| date::find_time(l))
    });
    if let Some((time, zone)) = timed {
        meta.time = Some(time);
        meta.timezone = zone;
    }
    // The title line names the meeting (`Réunion virtuelle n° 6`), not its
    // venue, unless it carries the meta tail too.
    // A `Venue:` line first: a group's name may hold a place word too
    // (`Working Group on Child Online Protection`).
    let venue_lines = title_lines.iter().filter(|l| lexicon::is_venue_line(l));
    meta.venue = venue_lines
        .chain(
            title_lines
                .iter()
                .enumerate()
                .filter_map(|(i, l)| (Some(i) != title_at || l.contains('|')).then_some(l)),
        )
        .find_map(|l| venue(l));
    let mut scope: Vec<&str> = title_lines.iter().map(String::as_str).collect();
    scope.extend(preamble.iter().take(2).map(String::as_str));
    // (And the cover's `Label: value` lines: `Modalidad: presencial`.)
    scope.extend(
        cover()
            .filter(|l| lexicon::is_meta_line(l))
            .map(String::as_str),
    );
    let online = scope.iter().any(|l| has_any(l, |x| x.online_words));
    let in_person = scope.iter().any(|l| has_any(l, |x| x.in_person_words));
    let hybrid = scope.iter().any(|l| has_any(l, |x| x.hybrid_words));
    meta.mode = match (online, in_person || (meta.venue.is_some() && !online)) {
        _ if hybrid => Some(Mode::Hybrid),
        (true, true) => Some(Mode::Hybrid),
        (true, false) => Some(Mode::Online),
        (false, true) => Some(Mode::InPerson),
        (false, false) => None,
    };
    meta
}

/// Whether a line gives a date with a place (`Beyrouth, 12 et 13 novembre
/// 2024`, `2025年3月4日至6日，曼谷`): a meeting's, where a date alone on a
/// UN cover is the document's issue date.
fn placed(line: &str) -> bool {
    let Some(d) = date::find_dates(line).into_iter().next() else {
        return false;
    };
    // The place and the date are set apart by a comma, or, in a Russian
    // protocol, spread to the two sides of the page (`г. Бишкек        27
    // марта 2025 г.`).
    let (before, after) = (chars::trim(&line[..d.start]), chars::trim(&line[d.end..]));
    let comma = |c| matches!(c, ',' | '，' | '،');
    let spread_city = before.starts_with("г. ") && after.is_empty() && {
        let gap = &line[..d.start];
        gap.ends_with("   ") || gap.trim_end_matches(' ').ends_with('\t')
    };
    if !before.ends_with(comma) && !after.starts_with(comma) && !spread_city {
        return false;
    }
    let rest = format!("{before} {after}");
    let rest = rest.trim_matches(|c: char| !chars::is_alnum(c));
    let parts: Vec<&str> = rest.split([',', '，', '،']).map(chars::trim).collect();
    // One or two short names: a place, perhaps a mode (`（混合形式）`).
    !rest.is_empty()
        && parts.len() <= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 4 && p.chars().count() <= 40)
        && rest.chars().any(chars::is_letter)
}

/// A year written alone (`IGF 2025`).
fn four_digit_year(s: &str) -> Option<i32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .find(|y| (1900..2200).contains(y))
}

/// Whether `s` holds one of the words a lexicon field lists (whole words
/// for Latin scripts).
fn has_any(s: &str, pick: impl Fn(&lexicon::Lexicon) -> &'static [&'static str]) -> bool {
    let lower = s.to_lowercase();
    lexicon::ALL.iter().any(|lex| {
        pick(lex).iter().any(|w| {
            if w.chars().next().is_some_and(chars::is_cjk) {
                return lower.contains(w);
            }
            lower.match_indices(w).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    })
}

/// The piece of a title-block line (split at `|`) that names the venue.
fn venue(line: &str) -> Option<String> {
    line.split(['|', '｜', '·'])
        .map(chars::trim)
        .find_map(|piece| {
            let names_place =
                has_any(piece, |x| x.in_person_words) || has_any(piece, |x| x.online_words);
            if !names_place || piece.chars().count() > 80 {
                return None;
            }
            // Drop a date written in the same piece: `2025年5月30日，纽约联合国总部`.
            let mut rest = piece.to_string();
            if let Some(d) = date::find_dates(piece).first() {
                rest = format!("{}{}", &piece[..d.start], &piece[d.end..]);
            }
            // `(Geneva, ITU, 19 March 2025, 14:30–17:30)`: no brackets, and the
            // comma-separated parts left empty by the date or holding the time go.
            let rest = chars::trim(&rest);
            let rest = rest
                .strip_prefix(['(', '（'])
                .and_then(|r| r.strip_suffix([')', '）']))
                .unwrap_or(rest);
            let parts: Vec<&str> = rest.split([',', '，']).map(chars::trim).collect();
            let kept: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|part| !part.is_empty() && date::find_time(part).is_none())
                .collect();
            let rest = if kept.len() == parts.len() {
                rest.to_string()
            } else {
                kept.join(", ")
            };
            let rest =
                chars::trim(rest.trim_matches(|c: char| chars::is_space(c) || "、".contains(c)));
            // `Venue: Online (Zoom)`: a short label before a colon is not the venue.
            let rest = match rest.split_once([':', '：']) {
                Some((label, after))
                    if label.split_whitespace().count() <= 2 && !chars::trim(after).is_empty() =>
                {
                    chars::trim(after)
                }
                _ => rest,
            };
            (!rest.is_empty()).then(|| rest.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract_t(title: &[String], preamble: &[String], days: &[String]) -> Meta {
        extract(title, Some(0), preamble, days)
    }

    fn lines(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_venue_line_wins_over_a_name_with_a_place_word() {
        let m = extract(
            &lines(&[
                "ITU Council Working Group on Child Online Protection",
                "Summary record of the ninth meeting",
                "Venue: ITU headquarters, Geneva",
            ]),
            Some(1),
            &[],
            &[],
        );
        assert_eq!(m.venue.as_deref(), Some("ITU headquarters, Geneva"));
    }

    #[test]
    fn the_meeting_date_wins_over_the_cover_date() {
        let m = extract_t(
            &lines(&[
                "Document CWG-FHR-21/9-E",
                "7 February 2025",
                "Council Working Group",
                "Date:  Thursday, 6 February 2025",
            ]),
            &[],
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-02-06"));
        let m = extract_t(
            &lines(&[
                "2 апреля 2025 года",
                "КРАТКИЙ ОТЧЁТ",
                "(Женева, 19 марта 2025 года, 14:30–17:30 UTC+1)",
            ]),
            &[],
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-03-19"));
    }

    #[test]
    fn a_date_with_its_place_wins_over_the_issue_date() {
        let m = extract_t(
            &lines(&["E/ESCWA/2024/WG.5/Report", "4 décembre 2024", "Rapport"]),
            &lines(&[
                "Réunion du groupe d'experts",
                "Beyrouth, 12 et 13 novembre 2024",
            ]),
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2024-11-12"));
        let m = extract_t(
            &lines(&["专家组会议报告"]),
            &lines(&[
                "亚洲及太平洋经济社会委员会 Distr.: General 2025年4月2日",
                "2025年3月4日至6日，曼谷（混合形式）",
            ]),
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-03-04"));
        let m = extract_t(
            &lines(&["تقرير", "اجتماع فريق الخبراء"]),
            &lines(&["14 تموز/يوليو 2025", "بيروت، 24-25 حزيران/يونيو 2025"]),
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-06-24"));
        // The title's own date stands.
        let m = extract_t(
            &lines(&["Meeting of 3 March 2025", "Geneva, 9 April 2025"]),
            &[],
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-03-03"));
    }

    #[test]
    fn a_russian_protocols_city_and_date_spread_across_the_page() {
        let doc = crate::parse(
            "ПРОТОКОЛ № 2\nзаседания рабочей группы\n\nг. Бишкек\t                        27 марта 2025 г.\n\nВремя начала: 10:00\n\nI. Вопрос\n\nТекст.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-03-27"));
        // (A cover's organ beside its issue date is no place.)
        assert!(!placed(
            "Economic and Social Council               23 May 2025"
        ));
    }

    #[test]
    fn a_labelled_date_wins_over_a_page_or_mail_time() {
        let m = extract_t(
            &lines(&["工作组会议纪要", "发布时间：2025-11-10 16:05"]),
            &lines(&["会议时间：2025年11月5日（星期三）下午14:30"]),
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-11-05"));
        let mut preamble = lines(&["Envoyé : lundi 13 octobre 2025 17:42"]);
        preamble.extend(lines(&["Bonjour", "Cordialement", "A", "B", "C", "D"]));
        preamble.extend(lines(&["Date : jeudi 9 octobre 2025"]));
        let m = extract_t(&lines(&["De : Secrétariat"]), &preamble, &[]);
        assert_eq!(m.date.as_deref(), Some("2025-10-09"));
    }

    #[test]
    fn a_table_of_labels_gives_the_date() {
        let doc = crate::parse(
            "# محضر الاجتماع\n\n| | |\n|---|---|\n| **التاريخ** | الثلاثاء، 8 نيسان/أبريل 2025 |\n| **المنصة** | Zoom |\n\n## أولاً: الافتتاح\n\nنص.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-04-08"));
        let doc = crate::parse(
            "ACTA\n\nFecha:\tMartes, 18 de marzo de 2025\nHora:\t09:30 a 12:45 horas\n\nI.\tAPERTURA\n\nTexto.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-03-18"));
    }

    #[test]
    fn the_pipe_line_gives_date_time_and_venue() {
        let m = extract_t(
            &lines(&["IGF MAG 2025 第一次会议", "2025.01.30 | 12:00 UTC | 线上"]),
            &[],
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-01-30"));
        assert_eq!(m.time.as_deref(), Some("12:00"));
        assert_eq!(m.timezone.as_deref(), Some("UTC"));
        assert_eq!(m.venue.as_deref(), Some("线上"));
        assert_eq!(m.mode, Some(Mode::Online));
    }

    #[test]
    fn a_range_without_year_takes_the_title_year() {
        let m = extract_t(
            &lines(&["IGF 2025", "第二次会议（4月14日至16日）"]),
            &lines(&["在日内瓦现场及线上同时进行。"]),
            &[],
        );
        assert_eq!(m.date.as_deref(), Some("2025-04-14"));
        assert_eq!(m.end_date.as_deref(), Some("2025-04-16"));
        assert_eq!(m.mode, Some(Mode::Hybrid));
    }

    #[test]
    fn a_place_means_in_person() {
        let m = extract_t(
            &lines(&[
                "WSIS+20 Meeting",
                "United Nations HQ, New York",
                "30 May 2025",
            ]),
            &[],
            &[],
        );
        assert_eq!(m.venue.as_deref(), Some("United Nations HQ, New York"));
        assert_eq!(m.mode, Some(Mode::InPerson));
        assert_eq!(m.date.as_deref(), Some("2025-05-30"));
        let m = extract_t(&lines(&["Call", "Venue: Online (Zoom)"]), &[], &[]);
        assert_eq!(m.venue.as_deref(), Some("Online (Zoom)"));
    }

    #[test]
    fn day_headers_give_the_dates_when_the_title_has_none() {
        let m = extract_t(
            &lines(&["互联网治理论坛"]),
            &[],
            &lines(&["2025-04-14", "2025-04-16"]),
        );
        assert_eq!(m.date.as_deref(), Some("2025-04-14"));
        assert_eq!(m.end_date.as_deref(), Some("2025-04-16"));
        assert_eq!(
            extract_t(&lines(&["互联网治理论坛"]), &[], &[]),
            Meta::default()
        );
    }

    #[test]
    fn an_emails_sending_date_and_a_pages_history_date_no_meeting() {
        let doc = crate::parse(
            "От: Иванова А.\nОтправлено: 13 июня 2025 г. 9:12\nТема: Протокол\n\nПротокол совещания\n\nг. Бишкек      10 июня 2025 г.\n\n1. Открытие\n\nТекст.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-06-10"));
        let doc = crate::parse(
            "# Team meeting\n\nCreated by Leila, last modified by Omar on 14 May 2025\nMeeting date: 2025/05/13\n\n## Goals\n\n- text\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-05-13"));
    }

    #[test]
    fn a_labelled_meeting_time_wins_over_a_pages_byline_and_publication() {
        let doc = crate::parse(
            "项目协调会会议记录\n\n原创 项目办 2025年05月20日 18:32 云南\n\n发布时间：2025-05-20 18:32\n\n会议时间：2025年5月19日上午9:30\n会议地点：昆明\n记录人：刘晓\n\n2025年5月19日上午，协调会在昆明召开。\n\n一、执行情况\n\n项目办通报了执行情况。\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-05-19"));
        assert_eq!(doc.meta.time.as_deref(), Some("09:30"));
        // (`记录人：刘晓` and the date that opens the next paragraph stay
        // apart.)
        let src = "项目协调会会议记录\n\n会议时间：2025年5月19日上午9:30\n记录人：刘晓\n\n2025年5月19日上午，协调会在昆明召开。\n\n一、执行情况\n\n项目办通报了执行情况。\n";
        let texts = crate::render::outline(src, &crate::parse(src));
        assert!(!texts.contains("刘晓2025"), "{texts}");
    }

    #[test]
    fn a_memos_date_is_the_memos() {
        let doc = crate::parse(
            "INTEROFFICE MEMORANDUM\n\nTO:        Members of the UNCT\nFROM:      Head, RCO\nDATE:      19 June 2025\nSUBJECT:   Minutes of the UNCT meeting held on 12 June 2025\n\nI. Opening\n\nText.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-06-12"));
        // (A `Fecha:` line of the minutes, below an e-mail's header, is
        // the meeting's.)
        let doc = crate::parse(
            "De: Lucía\nEnviado el: jueves, 13 de marzo de 2025 10:17\nPara: comité\nAsunto: Resumen\n\nEstimados:\n\nLes reenvío el resumen.\n\nSaludos,\nLucía\n\nResumen de la reunión\n\nFecha: martes 11 de marzo de 2025\n\n1. Apertura\n\nTexto.\n",
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2025-03-11"));
    }
}
