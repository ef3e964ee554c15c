//! Feed parser throughput on a ~10 MB JSON Feed (20,000 items), next to
//! plain `serde_json::from_slice::<Value>` on the same bytes: a JSON tree
//! alone, where ours reads each item into its own small tree
//! (`feed::json`) and then builds the model (text, dates, summaries).
//! Run with `cargo bench` (or `make bench`); divan prints MB/s.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
use divan::counter::BytesCount;

#[cfg(not(target_arch = "wasm32"))]
/// A real-shaped feed of `n` items (titles, HTML content, authors, tags).
fn feed(n: usize) -> Vec<u8> {
    let mut out = String::from(
        r#"{"version":"https://jsonfeed.org/version/1.1","title":"Bench","language":"ru","items":["#,
    );
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"id":"item-{i}","url":"https://example.org/news/{i}","title":"Новость {i}: центр открыл программу международного сотрудничества","content_html":"<p>Программа приглашает зарубежных партнёров к участию в <b>популяционных исследованиях</b>, совместных курсах &amp; стажировках.</p><p>Заявки рассматриваются ежеквартально.</p>","date_published":"2025-01-{:02}T10:00:00+03:00","authors":[{{"name":"Пресс-служба"}}],"tags":["наука","сотрудничество"],"image":"https://example.org/i/{i}.jpg"}}"#,
            i % 28 + 1
        ));
    }
    out.push_str("]}");
    out.into_bytes()
}

#[cfg(not(target_arch = "wasm32"))]
#[divan::bench(sample_count = 15)]
fn news_widget_parse(bencher: divan::Bencher) {
    let bytes = feed(20_000);
    bencher.counter(BytesCount::new(bytes.len())).bench(|| {
        news_widget::feed::parse(divan::black_box(&bytes))
            .unwrap()
            .items
            .len()
    });
}

#[cfg(not(target_arch = "wasm32"))]
#[divan::bench(sample_count = 15)]
fn serde_json_value_ceiling(bencher: divan::Bencher) {
    let bytes = feed(20_000);
    bencher.counter(BytesCount::new(bytes.len())).bench(|| {
        serde_json::from_slice::<serde_json::Value>(divan::black_box(&bytes))
            .unwrap()
            .is_object()
    });
}
