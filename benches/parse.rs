//! The benchmark: `minutes::parse` against pulldown-cmark (all extensions,
//! every event with its offsets), comrak (`parse_document`) and a floor
//! (decoding every character once), on the same inputs in the same run.
//! Prints MB/s, the headline ratios, the scaling from 10 MB to 100 MB, and
//! the heap a parse needs (a counting allocator).
//!
//! `cargo bench --bench parse` (add `-- --large` for the 100 MB scaling run;
//! `-- --test` runs every measurement once, as a smoke test;
//! `-- --wasm-input PATH` writes input (b) to PATH and measures only
//! `minutes::parse` on it, the native side of `scripts/bench-wasm`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live and peak heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                - layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Every seed and fixture, in a fixed order.
fn documents() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["seeds", "tests/fixtures/docs"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("corpus")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        out.extend(
            paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .map(|p| std::fs::read_to_string(p).expect("UTF-8")),
        );
    }
    out
}

/// A deterministic mix of about `bytes` bytes: the documents, and their
/// wrapped and paged variants, shuffled by a fixed-seed generator.
fn mix(docs: &[String], bytes: usize) -> String {
    let mut variants: Vec<String> = docs.to_vec();
    for d in docs {
        variants.push(d.lines().map(|l| format!("{l}\n\n")).collect());
        variants.push(
            d.lines()
                .enumerate()
                .map(|(i, l)| {
                    if i % 40 == 39 {
                        format!("{l}\n- {} -\n\u{0c}", i / 40 + 1)
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect(),
        );
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = String::with_capacity(bytes + 64 * 1024);
    while out.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push_str(&variants[(state % variants.len() as u64) as usize]);
        out.push_str("\n\n");
    }
    out
}

/// Median seconds of `samples` runs after one warm-up.
fn median(samples: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<Duration> = (0..samples)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2].as_secs_f64()
}

fn pulldown(text: &str) -> usize {
    let parser = pulldown_cmark::Parser::new_ext(text, pulldown_cmark::Options::all());
    parser
        .into_offset_iter()
        .map(|(_, range)| range.end)
        .fold(0, usize::wrapping_add)
}

fn comrak(text: &str) -> usize {
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, text, &comrak::Options::default());
    root.descendants().count()
}

fn chars(text: &str) -> usize {
    text.chars().fold(0usize, |n, c| n.wrapping_add(c as usize))
}

struct Row {
    name: &'static str,
    seconds: f64,
}

fn measure(label: &str, text: &str, samples: usize) -> Vec<Row> {
    let mb = text.len() as f64 / 1e6;
    let rows = vec![
        Row {
            name: "minutes::parse",
            seconds: median(samples, || {
                drop(std::hint::black_box(minutes::parse(std::hint::black_box(
                    text,
                ))))
            }),
        },
        Row {
            name: "pulldown-cmark",
            seconds: median(samples, || {
                std::hint::black_box(pulldown(std::hint::black_box(text)));
            }),
        },
        Row {
            name: "comrak",
            seconds: median(samples, || {
                std::hint::black_box(comrak(std::hint::black_box(text)));
            }),
        },
        Row {
            name: "chars scan",
            seconds: median(samples, || {
                std::hint::black_box(chars(std::hint::black_box(text)));
            }),
        },
    ];
    println!("\n{label}: {mb:.2} MB, median of {samples}");
    for r in &rows {
        println!(
            "  {:<16} {:>9.1} MB/s  {:>9.2} ms",
            r.name,
            mb / r.seconds,
            r.seconds * 1e3
        );
    }
    let ours = rows[0].seconds;
    println!(
        "  minutes / pulldown-cmark throughput: {:.2}x",
        rows[1].seconds / ours
    );
    println!(
        "  minutes / chars scan throughput:     {:.3}x",
        rows[3].seconds / ours
    );
    rows
}

/// The renderers, on the `Document` of `text` and of its first quarter:
/// MB/s of input on the whole, and how the time grows with four times the
/// input (about 4 when linear; a scan per node shows as 16).
fn renderers(text: &str, samples: usize) {
    // Found in the bytes: a quarter of the length may fall inside a
    // character, a line feed never does.
    let cut = text.as_bytes()[text.len() / 4..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |k| text.len() / 4 + k + 1);
    let quarter = &text[..cut];
    type Render = fn(&str, &minutes::Document) -> String;
    let formats: [(&str, Render); 6] = [
        ("json", |_, d| minutes::render::json(d, false)),
        ("outline", minutes::render::outline),
        ("markdown", minutes::render::markdown),
        ("akn", |s, d| {
            minutes::render::akn(s, d, &minutes::render::AknOptions::default())
        }),
        ("actions-csv", minutes::render::actions_csv),
        ("actions-ics", minutes::render::actions_ics),
    ];
    let (whole, part) = (minutes::parse(text), minutes::parse(quarter));
    println!(
        "\nrenderers on (b), {:.2} MB, median of {samples}; growth = time(b)/time(first quarter of b)",
        text.len() as f64 / 1e6
    );
    for (name, render) in formats {
        let time = |src: &str, doc: &minutes::Document| {
            median(samples, || {
                drop(std::hint::black_box(render(src, std::hint::black_box(doc))));
            })
        };
        let (t, q) = (time(text, &whole), time(quarter, &part));
        println!(
            "  {name:<12} {:>9.1} MB/s  {:>9.2} ms   growth {:.2}",
            text.len() as f64 / 1e6 / t,
            t * 1e3,
            t / q
        );
    }
}

/// Prints the peak heap during a parse of `input` and the `Document` kept,
/// per input byte.
fn memory(input: &str) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let doc = minutes::parse(input);
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let kept = LIVE.load(Ordering::Relaxed) - before;
    println!(
        "\nmemory on (b): peak heap {:.2} bytes per input byte, Document {:.2} bytes per input byte",
        peak as f64 / input.len() as f64,
        kept as f64 / input.len() as f64
    );
    drop(doc);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let smoke = args.iter().any(|a| a == "--test");
    let large = args.iter().any(|a| a == "--large");
    // `--memory`: only the memory line on the whole of (b), which takes
    // seconds instead of minutes.
    let memory_only = args.iter().any(|a| a == "--memory");
    let docs = documents();
    let seeds: String = docs
        .iter()
        .take(5)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n");
    let samples = if smoke { 1 } else { 15 };

    if let Some(path) = args
        .iter()
        .position(|a| a == "--wasm-input")
        .and_then(|i| args.get(i + 1))
    {
        let ten = mix(&docs, 10 << 20);
        std::fs::write(path, &ten).expect("write the wasm benchmark's input");
        let seconds = median(samples, || {
            drop(std::hint::black_box(minutes::parse(std::hint::black_box(
                &ten,
            ))))
        });
        // One line for scripts/bench-wasm to read.
        println!("native-mb-per-s {:.3}", ten.len() as f64 / 1e6 / seconds);
        return;
    }

    if memory_only {
        memory(&mix(&docs, 10 << 20));
        return;
    }
    measure("(a) the five seeds", &seeds, if smoke { 1 } else { 200 });
    let ten = mix(&docs, if smoke { 1 << 20 } else { 10 << 20 });
    let rows10 = measure("(b) mixed minutes", &ten, samples);
    memory(&ten);

    renderers(&ten, if smoke { 1 } else { 5 });

    if large && !smoke {
        let hundred = mix(&docs, 100 << 20);
        let rows100 = measure("(c) mixed minutes, scaling", &hundred, 3);
        let scale = |i: usize| rows100[i].seconds / rows10[i].seconds;
        println!(
            "\nscaling time(100 MB)/time(10 MB): minutes {:.2}, pulldown-cmark {:.2}",
            scale(0),
            scale(1)
        );
    }
}
