//! Dates and times in running text.
//!
//! Input: a string. Output: the dates it writes ([`DateMatch`], with byte
//! ranges) and times. Recognised: `2025.01.30`, `2025-01-30`, `30.01.2025`,
//! `2025年1月30日` (spaces and full-width digits allowed), `1月30日`,
//! `30 January 2025`, `January 30, 2025`, `30 January`, and ranges
//! (`4月14日至16日`, `14–16 April 2025`, `7 to 9 October`). Month names come
//! from the lexicons. Pure functions; no year is guessed here.

use std::cell::Cell;

use crate::chars::{digit, fold, is_space};
use crate::lexicon;

thread_local! {
    /// Whether the document being parsed writes its numeric dates month
    /// first (`6/13/2025`), as the United States does: see
    /// [`month_first_in`]. Set for one parse by [`with_month_first`].
    static MONTH_FIRST: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` reading ambiguous numeric dates (`7/3/2025`) month first or
/// not, then restores the reading before it.
pub fn with_month_first<R>(month_first: bool, f: impl FnOnce() -> R) -> R {
    let before = MONTH_FIRST.with(|m| m.replace(month_first));
    let out = f();
    MONTH_FIRST.with(|m| m.set(before));
    out
}

/// Whether `src` writes its slashed dates month first: one of them can
/// only be read so (`6/13/2025`), and none only day first (`13/6/2025`).
pub fn month_first_in(src: &str) -> bool {
    let b = src.as_bytes();
    let number =
        |digits: &[u8]| -> u32 { digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')) };
    let (mut month_first, mut day_first) = (false, false);
    for slash in memchr::memchr_iter(b'/', b) {
        let (before, after) = digits_around(b, slash);
        let year = b.get(slash + 1 + after) == Some(&b'/')
            && b[slash + 2 + after..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
                == 4;
        if !(1..=2).contains(&before) || !(1..=2).contains(&after) || !year {
            continue;
        }
        let first = number(&b[slash - before..slash]);
        let second = number(&b[slash + 1..slash + 1 + after]);
        month_first |= first <= 12 && second > 12 && second <= 31;
        day_first |= first > 12 && first <= 31 && second <= 12;
    }
    month_first && !day_first
}

/// A date found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the first character of the date.
    pub start: usize,
    /// Byte offset one past the date (range included).
    pub end: usize,
    /// The year, when written.
    pub year: Option<i32>,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
    /// Last day of a range (`至16日`), with its month.
    pub until: Option<(u32, u32)>,
}

impl DateMatch {
    /// ISO form with the given fallback year, or None when no year is known.
    pub fn iso(&self, fallback_year: Option<i32>) -> Option<String> {
        Some(iso(self.year.or(fallback_year)?, self.month, self.day))
    }

    /// ISO form of the range's last day.
    pub fn until_iso(&self, fallback_year: Option<i32>) -> Option<String> {
        let (m, d) = self.until?;
        Some(iso(self.year.or(fallback_year)?, m, d))
    }
}

/// `YYYY-MM-DD`.
pub fn iso(year: i32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

fn valid(month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn plausible_year(y: u32) -> bool {
    (1900..=2199).contains(&y)
}

/// A token of the date scanner: a number, a word, or one other character.
#[derive(Debug, Clone, Copy)]
enum Tok<'a> {
    Num { value: u32, digits: usize },
    Word(&'a str),
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    tok: Tok<'a>,
    start: usize,
    end: usize,
    /// White space before the token.
    space_before: bool,
}

fn tokenize(s: &str) -> Vec<Token<'_>> {
    // About one token in four bytes in running text: most sentences need
    // no regrowing.
    let mut out = Vec::with_capacity(s.len() / 4 + 4);
    let b = s.as_bytes();
    // The character at byte `i` (a boundary): ASCII read off its byte.
    let char_at = |i: usize| match b.get(i) {
        Some(&x) if x.is_ascii() => Some(char::from(x)),
        _ => s.get(i..).and_then(|rest| rest.chars().next()),
    };
    let mut i = 0;
    let mut space = false;
    while let Some(c) = char_at(i) {
        let next = i + c.len_utf8();
        if is_space(c) {
            space = true;
            i = next;
            continue;
        }
        // `«12» марта`: the quotes Russian puts around a day are no token.
        if (c == '«' && b.get(next).is_some_and(u8::is_ascii_digit))
            || (c == '»' && s[..i].ends_with(|p: char| p.is_ascii_digit()))
        {
            i = next;
            continue;
        }
        let (tok, end) = if let Some(d) = digit(c) {
            let (mut value, mut digits, mut end) = (d, 1usize, next);
            while let Some(c2) = char_at(end) {
                let Some(d2) = digit(c2) else { break };
                value = value.saturating_mul(10).saturating_add(d2);
                digits += 1;
                end += c2.len_utf8();
            }
            (Tok::Num { value, digits }, end)
        } else if !crate::chars::is_cjk(c) && crate::chars::is_letter(c) {
            let mut end = next;
            loop {
                // (A run of ASCII letters, byte by byte.)
                end += b[end..]
                    .iter()
                    .take_while(|x| x.is_ascii_alphabetic())
                    .count();
                match char_at(end) {
                    Some(c2)
                        if !c2.is_ascii()
                            && !crate::chars::is_cjk(c2)
                            && crate::chars::is_letter(c2) =>
                    {
                        end += c2.len_utf8()
                    }
                    _ => break,
                }
            }
            (Tok::Word(&s[i..end]), end)
        } else {
            (Tok::Sym(fold(c)), next)
        };
        out.push(Token {
            tok,
            start: i,
            end,
            space_before: space,
        });
        space = false;
        i = end;
    }
    out
}

fn num(t: Option<&Token>) -> Option<(u32, usize)> {
    match t?.tok {
        Tok::Num { value, digits } => Some((value, digits)),
        _ => None,
    }
}

fn sym(t: Option<&Token>, set: &[char]) -> bool {
    matches!(t.map(|t| t.tok), Some(Tok::Sym(c)) if set.contains(&c))
}

fn month_word(t: Option<&Token>) -> Option<u32> {
    match t?.tok {
        Tok::Word(w) => lexicon::month(w),
        _ => None,
    }
}

/// A month name at token `k`: returns the month and the index after it.
/// Arabic writes two names joined by a slash (`تشرين الثاني/نوفمبر`,
/// `حزيران/يونيو`); the one that names the month alone wins.
fn month_at(toks: &[Token], k: usize) -> Option<(u32, usize)> {
    let t = |i: usize| toks.get(i);
    if let Some(m) = month_word(t(k)) {
        // `حزيران/يونيو`: consume the second name too.
        if sym(t(k + 1), &['/']) && month_word(t(k + 2)) == Some(m) {
            return Some((m, k + 3));
        }
        return Some((m, k + 1));
    }
    // `تشرين الثاني/نوفمبر`: up to two words, a slash, then a month name.
    if !matches!(t(k).map(|x| x.tok), Some(Tok::Word(_))) {
        return None;
    }
    for slash in k + 1..=k + 2 {
        if sym(t(slash), &['/']) {
            return month_word(t(slash + 1)).map(|m| (m, slash + 2));
        }
        if !matches!(t(slash).map(|x| x.tok), Some(Tok::Word(_))) {
            return None;
        }
    }
    None
}

fn is_word(t: Option<&Token>, words: &[&str]) -> bool {
    matches!(t.map(|t| t.tok), Some(Tok::Word(w)) if words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The words that number the days of a meeting (`Day 1`, `Jour 2`).
const DAY_WORDS: &[&str] = &[
    "day",
    "jour",
    "día",
    "dia",
    "jornada",
    "день",
    "День",
    "يوم",
    "اليوم",
];

const RANGE_SEPS: &[char] = &['-', '–', '—', '~', '〜', '至', '到'];
const RANGE_WORDS: &[&str] = &[
    "to", "and", "au", "al", "a", "y", "et", "и", "по", "до", "إلى", "الى", "حتى", "و",
];

/// Skips an ordinal suffix (`1st`, `1er`) after a day number.
fn skip_ordinal(toks: &[Token], i: usize) -> usize {
    if matches!(toks.get(i).map(|t| t.tok), Some(Tok::Word(w)) if !toks[i].space_before
        && matches!(w.to_lowercase().as_str(), "st" | "nd" | "rd" | "th" | "er" | "º" | "o" | "-го"))
    {
        i + 1
    } else {
        i
    }
}

/// Tries every pattern at token `i`; returns the match and the index after it.
fn match_at(toks: &[Token], i: usize) -> Option<(DateMatch, usize)> {
    let t = |k: usize| toks.get(k);
    let (n0, d0) = num(t(i))?;
    let start = toks[i].start;
    // Numeric: YYYY.MM.DD / YYYY-MM-DD / YYYY/MM/DD
    if d0 == 4 && plausible_year(n0) && sym(t(i + 1), &['.', '-', '/']) {
        if let (Some((m, _)), Some((d, dd))) = (num(t(i + 2)), num(t(i + 4))) {
            if sym(t(i + 3), &['.', '-', '/']) && dd <= 2 && valid(m, d) {
                return Some((
                    DateMatch {
                        start,
                        end: toks[i + 4].end,
                        year: Some(n0 as i32),
                        month: m,
                        day: d,
                        until: None,
                    },
                    i + 5,
                ));
            }
        }
    }
    // Numeric: DD.MM.YYYY / DD/MM/YYYY (day first, as the UN writes it;
    // MM/DD/YYYY in a document that writes its dates so).
    if d0 <= 2 && sym(t(i + 1), &['.', '/']) {
        if let (Some((n1, md)), Some((y, yd))) = (num(t(i + 2)), num(t(i + 4))) {
            let slashed = sym(t(i + 1), &['/']);
            let (m, d) = if slashed && MONTH_FIRST.with(Cell::get) {
                (n0, n1)
            } else {
                (n1, n0)
            };
            if md <= 2 && sym(t(i + 3), &['.', '/']) && yd == 4 && plausible_year(y) && valid(m, d)
            {
                return Some((
                    DateMatch {
                        start,
                        end: toks[i + 4].end,
                        year: Some(y as i32),
                        month: m,
                        day: d,
                        until: None,
                    },
                    i + 5,
                ));
            }
        }
    }
    // CJK: [YYYY年]M月D日[至[M月]D日]
    let (year, mi) = if d0 == 4 && plausible_year(n0) && sym(t(i + 1), &['年']) {
        (Some(n0 as i32), i + 2)
    } else {
        (None, i)
    };
    if let Some((m, _)) = num(t(mi)) {
        if sym(t(mi + 1), &['月']) {
            if let Some((d, _)) = num(t(mi + 2)) {
                if sym(t(mi + 3), &['日', '号']) && valid(m, d) {
                    let mut dm = DateMatch {
                        start,
                        end: toks[mi + 3].end,
                        year,
                        month: m,
                        day: d,
                        until: None,
                    };
                    let mut next = mi + 4;
                    if sym(t(next), RANGE_SEPS) {
                        let mut k = next + 1;
                        let mut m2 = m;
                        if let (Some((mm, _)), true) = (num(t(k)), sym(t(k + 1), &['月'])) {
                            m2 = mm;
                            k += 2;
                        }
                        if let (Some((d2, _)), true) = (num(t(k)), sym(t(k + 1), &['日', '号'])) {
                            if valid(m2, d2) {
                                dm.until = Some((m2, d2));
                                dm.end = toks[k + 1].end;
                                next = k + 2;
                            }
                        }
                    }
                    return Some((dm, next));
                }
            }
        }
    }
    if year.is_some() {
        return None;
    }
    // Day first: D[–D] [de] Month [de] [YYYY]
    if d0 <= 2 {
        let mut k = skip_ordinal(toks, i + 1);
        let mut until_day = None;
        if (sym(t(k), RANGE_SEPS) || is_word(t(k), RANGE_WORDS))
            && num(t(k + 1)).is_some_and(|(_, d)| d <= 2)
        {
            until_day = num(t(k + 1)).map(|(v, _)| v);
            k = skip_ordinal(toks, k + 2);
        }
        if is_word(t(k), &["de", "of"]) {
            k += 1;
        }
        // `13-Mar-2025`, a tracker's dates.
        let hyphenated = until_day.is_none()
            && sym(t(k), &['-'])
            && !t(k + 1).is_some_and(|t| t.space_before)
            && month_at(toks, k + 1).is_some();
        if hyphenated {
            k += 1;
        }
        if let Some((m, after)) = month_at(toks, k) {
            let mut end = toks[after - 1].end;
            k = after;
            // `7 October – 9 October`, `30 mai au 2 juin`
            let mut until = until_day.map(|d| (m, d));
            if until.is_none() && (sym(t(k), RANGE_SEPS) || is_word(t(k), RANGE_WORDS)) {
                if let (Some((d2, 1..=2)), Some(m2)) =
                    (num(t(k + 1)), month_word(t(skip_ordinal(toks, k + 2))))
                {
                    until = Some((m2, d2));
                    k = skip_ordinal(toks, k + 2) + 1;
                    end = toks[k - 1].end;
                }
            }
            let mut year = None;
            let mut y = k;
            if is_word(t(y), &["de"]) || sym(t(y), &[',']) || (hyphenated && sym(t(y), &['-'])) {
                y += 1;
            }
            if let Some((yv, 4)) = num(t(y)) {
                if plausible_year(yv) {
                    year = Some(yv as i32);
                    end = toks[y].end;
                    k = y + 1;
                    // Russian `2025 г.`
                    if is_word(t(k), &["г", "года"]) {
                        end = toks[k].end;
                        k += 1;
                        if sym(t(k), &['.']) {
                            end = toks[k].end;
                            k += 1;
                        }
                    }
                }
            }
            if valid(m, n0) && until.is_none_or(|(m2, d2)| valid(m2, d2)) {
                return Some((
                    DateMatch {
                        start,
                        end,
                        year,
                        month: m,
                        day: n0,
                        until,
                    },
                    k,
                ));
            }
        }
    }
    None
}

/// Month first: `January 30, 2025`, `May 30–31, 2025`.
fn match_month_first(toks: &[Token], i: usize) -> Option<(DateMatch, usize)> {
    let t = |k: usize| toks.get(k);
    let (d, dd) = num(t(i + 1))?;
    let m = month_word(t(i))?;
    if dd > 2 || !valid(m, d) {
        return None;
    }
    let mut k = skip_ordinal(toks, i + 2);
    let mut end = toks[k - 1].end;
    let mut until = None;
    if sym(t(k), RANGE_SEPS) {
        if let Some((d2, 1..=2)) = num(t(k + 1)) {
            if valid(m, d2) {
                until = Some((m, d2));
                end = toks[k + 1].end;
                k += 2;
            }
        }
    }
    let mut year = None;
    let y = if sym(t(k), &[',']) { k + 1 } else { k };
    if let Some((yv, 4)) = num(t(y)) {
        if plausible_year(yv) {
            year = Some(yv as i32);
            end = toks[y].end;
            k = y + 1;
        }
    }
    Some((
        DateMatch {
            start: toks[i].start,
            end,
            year,
            month: m,
            day: d,
            until,
        },
        k,
    ))
}

/// Every date written in `s`, in order, not overlapping.
pub fn find_dates(s: &str) -> Vec<DateMatch> {
    crate::work::add(s.len());
    // Every pattern starts from a number.
    if !crate::chars::has_digit(s) {
        return Vec::new();
    }
    let toks = tokenize(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A number glued to a preceding digit run or letter is not a date start.
        let glued = i > 0
            && !toks[i].space_before
            && matches!(toks[i - 1].tok, Tok::Word(_) | Tok::Num { .. });
        // `Day 1 – 12 May 2025`: the day's number and its dash start no
        // range of dates.
        let day_number = i > 0
            && matches!(toks[i - 1].tok, Tok::Word(w) if lexicon::with_lower(w, |w| DAY_WORDS.contains(&w)))
            && sym(toks.get(i + 1), &['-', '–', '—', ':', '.']);
        let found = if glued || day_number {
            None
        } else {
            match_at(&toks, i).or_else(|| match_month_first(&toks, i))
        };
        match found {
            Some((m, next)) => {
                out.push(m);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// How many ASCII digits stand right before and right after byte `at`.
fn digits_around(b: &[u8], at: usize) -> (usize, usize) {
    let digit = |c: &&u8| c.is_ascii_digit();
    let before = b[..at].iter().rev().take_while(digit).count();
    let after = b[at + 1..].iter().take_while(digit).count();
    (before, after)
}

/// Dates written `30/06` or `7/20` with no year (day first, unless only
/// the second number can be the day, as in Chinese `7/20前`), not inside a
/// longer number or a full date: for deadlines, whose context says they
/// are dates (`by 30/06`), not fractions (`3/4 of the budget`).
pub fn short_dates(s: &str) -> Vec<DateMatch> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    for slash in memchr::memchr_iter(b'/', b) {
        let (digits_before, digits_after) = digits_around(b, slash);
        let start = slash - digits_before;
        let end = slash + 1 + digits_after;
        // (`v2/3`, `1/2/3`, `30/06.2025` are no short date; `30/06.` is.)
        let glued = |at: Option<&u8>| at.is_some_and(|&c| c == b'/' || c.is_ascii_alphanumeric());
        let dotted =
            |at: usize| b.get(at) == Some(&b'.') && b.get(at + 1).is_some_and(u8::is_ascii_digit);
        if !(1..=2).contains(&digits_before)
            || !(1..=2).contains(&digits_after)
            || glued(start.checked_sub(1).and_then(|k| b.get(k)))
            || start.checked_sub(1).is_some_and(|k| b[k] == b'.')
            || glued(b.get(end))
            || dotted(end)
        {
            continue;
        }
        let (a, c): (u32, u32) = (
            s[start..slash].parse().unwrap_or(0),
            s[slash + 1..end].parse().unwrap_or(0),
        );
        // (Day first unless only the second can be the day, or the
        // document writes its dates month first.)
        let month_first = (MONTH_FIRST.with(Cell::get) || c > 12) && a <= 12;
        let (day, month) = if month_first { (c, a) } else { (a, c) };
        if (1..=12).contains(&month) && (1..=31).contains(&day) {
            out.push(DateMatch {
                start,
                end,
                year: None,
                month,
                day,
                until: None,
            });
        }
    }
    out
}

/// If `s` is nothing but one full date (with its year), perhaps with a
/// weekday or `Day N`, returns that date: the line is a day header.
pub fn date_line(s: &str) -> Option<DateMatch> {
    // The date must carry its year: four digits in a row.
    if !has_year_digits(s) {
        return None;
    }
    let dates = find_dates(s);
    let [d] = dates.as_slice() else { return None };
    d.year?;
    let rest = crate::chars::to_lower(&format!("{} {}", &s[..d.start], &s[d.end..]));
    // What is left may only be weekday names, `Day N`, and punctuation.
    let mut numbers = 0;
    let ok = rest
        .split(|c: char| {
            is_space(c) || (c.is_ascii_punctuation() && c != '\'') || "，、：（）—–".contains(c)
        })
        .filter(|w| !w.is_empty())
        .all(|w| {
            if w.chars().all(|c| digit(c).is_some()) {
                numbers += 1;
                return w.chars().count() <= 2;
            }
            lexicon::ALL.iter().any(|l| {
                l.weekdays.iter().any(|d| {
                    // `星期一上午`, `第1天`: a CJK weekday and two more
                    // characters at most (not `第12次会议简要记录`).
                    *d == w
                        || (w.starts_with(d)
                            && d.chars().all(crate::chars::is_cjk)
                            && w[d.len()..].chars().count() <= 2)
                })
            }) || w.chars().all(|c| {
                // A weekday of one character (`一` in `星期一`).
                lexicon::ALL.iter().any(|l| {
                    l.weekdays.iter().any(|d| {
                        let mut it = d.chars();
                        it.next() == Some(c) && it.next().is_none()
                    })
                })
            })
        });
    (ok && numbers <= 1).then_some(*d)
}

/// Whether `s` holds four digits in a row (ASCII, full-width or
/// Arabic-Indic), as every year does.
fn has_year_digits(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        run = if digit(c).is_some() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// A clock time: `12:00`, `13 h 00`, `9am`, `9:30 a.m.`; returns
/// (`HH:MM`, byte range end) for the first one, and the time zone written
/// after it, if any.
pub fn find_time(s: &str) -> Option<(String, Option<String>)> {
    if !crate::chars::has_digit(s) {
        return None;
    }
    let toks = tokenize(s);
    for i in 0..toks.len() {
        let Some((h, hd)) = num(toks.get(i)) else {
            continue;
        };
        if hd > 2
            || h > 24
            || (i > 0
                && !toks[i].space_before
                && matches!(toks[i - 1].tok, Tok::Num { .. } | Tok::Sym('.' | '/' | '-')))
        {
            continue;
        }
        let next = toks.get(i + 1);
        // `13 h 00`, `10 ч. 00 м.`: an hour word, its dot, the minutes.
        let hour_word = is_word(next, &["h", "heures", "ч"]);
        let minutes_at = if hour_word && sym(toks.get(i + 2), &['.']) {
            i + 3
        } else {
            i + 2
        };
        let minutes = |at: usize| match num(toks.get(at)) {
            Some((m, 2)) if m < 60 => Some(m),
            _ => None,
        };
        // `a.m.` / `p.m.` written with dots (and a space before).
        let dotted_meridiem = |at: usize| {
            is_word(toks.get(at), &["a", "p"])
                && sym(toks.get(at + 1), &['.'])
                && is_word(toks.get(at + 2), &["m"])
        };
        // `上午10时05分`, `下午3时`: 时 after the hour, 分 after the minutes.
        // (Not `10时段` nor `3时间`: time slots, hours of time.)
        let cjk_hour = sym(next, &['时', '時']) && !sym(toks.get(i + 2), &['段', '间', '間', '期']);
        let (minute, mut k) = if sym(next, &[':']) || hour_word {
            match minutes(minutes_at) {
                Some(m) => (m, minutes_at + 1),
                None if hour_word => (0, minutes_at),
                None => continue,
            }
        } else if sym(next, &['.']) && minutes(i + 2).is_some() && dotted_meridiem(i + 3) {
            // `10.05 a.m.`
            (minutes(i + 2).unwrap_or(0), i + 3)
        } else if (is_word(next, &["am", "pm"]) && !toks[i + 1].space_before)
            || dotted_meridiem(i + 1)
        {
            (0, i + 1)
        } else if cjk_hour {
            match minutes(i + 2).filter(|_| sym(toks.get(i + 3), &['分'])) {
                Some(m) => (m, i + 4),
                None => (0, i + 2),
            }
        } else {
            continue;
        };
        // `10 ч. 00 м.`: the minutes' word and its dot.
        if hour_word && is_word(toks.get(k), &["м", "мин"]) {
            k += 1;
            if sym(toks.get(k), &['.']) {
                k += 1;
            }
        }
        // `下午3时`, `晚上8时`, `下午2:30`: after noon.
        let afternoon = i >= 2
            && (sym(toks.get(i - 1), &['午']) && sym(toks.get(i - 2), &['下'])
                || sym(toks.get(i - 1), &['上']) && sym(toks.get(i - 2), &['晚']));
        let h = if afternoon && h < 12 { h + 12 } else { h };
        let mut hour = h;
        if is_word(toks.get(k), &["am", "pm", "a", "p"]) {
            if let Some(Tok::Word(w)) = toks.get(k).map(|t| t.tok) {
                let pm = w.eq_ignore_ascii_case("pm") || w.eq_ignore_ascii_case("p");
                if pm && hour < 12 {
                    hour += 12;
                }
                if !pm && hour == 12 {
                    hour = 0;
                }
            }
            k += 1;
            while sym(toks.get(k), &['.']) || is_word(toks.get(k), &["m"]) {
                k += 1;
            }
        }
        let zone = zone_at(&toks, k, s);
        return Some((format!("{hour:02}:{minute:02}"), zone));
    }
    None
}

/// A time zone right after a time (skipping a range end like `–15:00`).
fn zone_at(toks: &[Token], mut k: usize, s: &str) -> Option<String> {
    // Skip `– 15:00` or `-10:30am`.
    if sym(toks.get(k), RANGE_SEPS) && num(toks.get(k + 1)).is_some() {
        k += 2;
        while sym(toks.get(k), &[':'])
            || num(toks.get(k)).is_some()
            || is_word(toks.get(k), &["am", "pm", "h"])
        {
            k += 1;
        }
    }
    let paren = sym(toks.get(k), &['(', '（']);
    if paren {
        k += 1;
    }
    let Some(Tok::Word(w)) = toks.get(k).map(|t| t.tok) else {
        // A zone in words, in brackets: `（日内瓦时间）`, `(Geneva time)`.
        if !paren {
            return None;
        }
        let rest = &s[toks[k - 1].end..];
        let close = rest.find([')', '）'])?;
        let zone = crate::chars::trim(&rest[..close]);
        return (!zone.is_empty() && zone.chars().count() <= 12).then(|| zone.to_string());
    };
    let known = [
        "UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "EAT", "WAT", "IST", "JST",
        "MSK",
    ];
    if !known.iter().any(|z| z.eq_ignore_ascii_case(w)) {
        return None;
    }
    // Keep an offset such as `UTC+2`.
    let mut end = toks[k].end;
    if sym(toks.get(k + 1), &['+', '-'])
        && num(toks.get(k + 2)).is_some()
        && !toks[k + 1].space_before
    {
        end = toks[k + 2].end;
    }
    Some(s[toks[k].start..end].to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_iso(s: &str) -> Option<String> {
        find_dates(s).first().and_then(|d| d.iso(None))
    }

    #[test]
    fn numeric_dates_in_both_orders() {
        assert_eq!(
            first_iso("2025.01.30 | 12:00 UTC"),
            Some("2025-01-30".into())
        );
        assert_eq!(first_iso("on 2025-01-30"), Some("2025-01-30".into()));
        assert_eq!(first_iso("07.10.2025"), Some("2025-10-07".into()));
    }

    #[test]
    fn chinese_dates_with_spaces_and_ranges() {
        assert_eq!(first_iso("2025 年 4 月 16 日"), Some("2025-04-16".into()));
        assert_eq!(first_iso("２０２５年３月５日"), Some("2025-03-05".into()));
        let d = find_dates("会议（4月14日至16日）")[0];
        assert_eq!(
            (d.month, d.day, d.until, d.year),
            (4, 14, Some((4, 16)), None)
        );
    }

    #[test]
    fn english_dates_day_or_month_first() {
        assert_eq!(first_iso("30 May 2025"), Some("2025-05-30".into()));
        assert_eq!(first_iso("May 30, 2025"), Some("2025-05-30".into()));
        let d = find_dates("7–9 October 2025")[0];
        assert_eq!(d.until_iso(None), Some("2025-10-09".into()));
        assert_eq!(first_iso("7 октября 2025 г."), Some("2025-10-07".into()));
        assert_eq!(first_iso("7 de octubre de 2025"), Some("2025-10-07".into()));
        assert_eq!(first_iso("le 1er juin 2025"), Some("2025-06-01".into()));
        assert_eq!(
            first_iso("7 تشرين الأول/أكتوبر 2025"),
            Some("2025-10-07".into())
        );
        assert_eq!(first_iso("٣٠ حزيران/يونيو ٢٠٢٥"), Some("2025-06-30".into()));
        let d = find_dates("by 4 June")[0];
        assert_eq!((d.month, d.day, d.year), (6, 4, None));
        // A tracker's hyphenated dates; a range of days is no such date.
        assert_eq!(first_iso("| 13-Mar-2025 |"), Some("2025-03-13".into()));
        assert_eq!(first_iso("06-March-2025"), Some("2025-03-06".into()));
        let d = find_dates("7-9 March 2025")[0];
        assert_eq!(d.until_iso(None), Some("2025-03-09".into()));
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(find_dates("41 个研讨会").is_empty());
        assert!(find_dates("IGF 2025 会议").is_empty());
        assert!(find_dates("version 1.2.3").is_empty());
    }

    #[test]
    fn day_header_lines() {
        assert!(date_line("2025年4月14日").is_some());
        assert!(date_line("2025年4月14日星期一上午").is_some());
        assert!(
            date_line("第12次会议简要记录 2024年10月15日星期二上午10时在纽约总部举行").is_none()
        );
        assert!(date_line("2025 年 4 月 16 日").is_some());
        // `Day 1 – 12 May 2025`: the day's number starts no range.
        for line in ["Day 1 – 12 May 2025", "День 1 – 12 мая 2025 г."] {
            let d = date_line(line).expect(line);
            assert_eq!((d.day, d.month, d.until), (12, 5, None), "{line}");
        }
        assert!(date_line("Tuesday, 7 October 2025").is_some());
        assert!(date_line("Day 2 – 8 October 2025").is_some());
        assert!(date_line("2025年5月30日，纽约联合国总部").is_none());
        assert!(date_line("4月14日").is_none());
        assert!(date_line("Lunes, 24 de febrero de 2025").is_some());
        assert!(date_line("第二天（2025年4月15日，星期二）").is_some());
        assert!(date_line("Meeting of 24 February 2025").is_none());
        let d = find_dates("Ginebra, 24 y 25 de febrero de 2025")[0];
        assert_eq!((d.day, d.until), (24, Some((2, 25))));
    }

    #[test]
    fn times_with_zones() {
        assert_eq!(
            find_time("2025.01.30 | 12:00 UTC | 线上"),
            Some(("12:00".into(), Some("UTC".into())))
        );
        assert_eq!(
            find_time("13 h 00 UTC"),
            Some(("13:00".into(), Some("UTC".into())))
        );
        assert_eq!(
            find_time("9am-10:30am EST"),
            Some(("09:00".into(), Some("EST".into())))
        );
        assert_eq!(
            find_time("2024 年 8 月 29 日 13:00(UTC)"),
            Some(("13:00".into(), Some("UTC".into())))
        );
        assert_eq!(find_time("2025.01.30"), None);
        assert_eq!(
            find_time("１４：００（日内瓦时间）"),
            Some(("14:00".into(), Some("日内瓦时间".into())))
        );
    }

    #[test]
    fn times_as_summary_records_write_them() {
        let time = |s: &str| find_time(s).map(|(t, _)| t);
        for (s, want) in [
            ("on Tuesday, 15 October 2024, at 10 a.m.", "10:00"),
            ("The meeting rose at 1.15 p.m.", "13:15"),
            ("le jeudi 17 octobre 2024, à 15 heures", "15:00"),
            ("во вторник, 15 октября 2024 года, в 10 ч. 00 м.", "10:00"),
            ("в 15 ч. 30 м. по местному времени", "15:30"),
            ("2024年10月15日星期二上午10时在纽约总部举行", "10:00"),
            ("下午3时05分散会", "15:05"),
            ("2025年2月25日（星期二）下午2:30，工作组召开会议", "14:30"),
            ("上午9:30", "09:30"),
        ] {
            assert_eq!(time(s).as_deref(), Some(want), "{s}");
        }
        for s in [
            "Item 3 a. Opening",
            "version 1.15",
            "共10时段",
            "page 2 p. 3",
        ] {
            assert_eq!(time(s), None, "{s}");
        }
    }
}
