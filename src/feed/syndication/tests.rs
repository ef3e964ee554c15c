//! The RSS and Atom readers against small feeds written for each rule.

use super::super::{
    Attachment, Feed, Format, Image, Item, Note, ParseError, Reader, SkipReason, Syntax,
    declared_charset, parse,
};

fn rss(items: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>"#
    )
}

fn atom(entries: &str) -> String {
    format!(r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{entries}</feed>"#)
}

fn only(text: &str) -> Item {
    let mut feed = parse(text.as_bytes()).unwrap();
    assert_eq!(feed.items.len(), 1, "{:?}", feed.skipped);
    feed.items.remove(0)
}

fn item(xml: &str) -> Item {
    only(&rss(&format!("<item>{xml}</item>")))
}

fn entry(xml: &str) -> Item {
    only(&atom(&format!("<entry>{xml}</entry>")))
}

/// Ids in feed order (the reader's, before sorting).
fn ids(text: &str) -> Vec<String> {
    let mut reader = Reader::new(text).unwrap();
    while !reader.step(1) {}
    reader.feed().items.iter().map(|i| i.id.clone()).collect()
}

fn error(text: &str) -> ParseError {
    parse(text.as_bytes()).unwrap_err()
}

fn date(text: &str) -> Option<String> {
    super::Timestamp::parse_feed_date(text).map(|t| t.to_rfc3339_utc())
}

// Feed level.

#[test]
fn rss_channel_fields() {
    let feed = parse(
        br#"<rss version="2.0"><channel><title> News &amp;amp; events </title>
        <link>https://a.example/</link><atom:link rel="self" href="https://a.example/rss"/>
        <language>ru</language></channel></rss>"#,
    )
    .unwrap();
    assert_eq!(
        (
            feed.format,
            feed.title.as_deref(),
            feed.home_page_url.as_deref()
        ),
        (
            Format::Rss,
            Some("News & events"),
            Some("https://a.example/")
        )
    );
    assert_eq!(feed.language.as_deref(), Some("ru"));
}
#[test]
fn rss_atom_self_link_is_not_home_page() {
    let feed = parse(br#"<rss><channel><atom:link href="https://a.example/rss"/></channel></rss>"#);
    assert_eq!(feed.unwrap().home_page_url, None);
}
#[test]
fn rss_empty_channel() {
    assert!(parse(rss("").as_bytes()).unwrap().items.is_empty());
}
#[test]
fn rss_without_channel() {
    assert_eq!(error("<rss version=\"2.0\"></rss>"), ParseError::NotAFeed);
}
#[test]
fn atom_feed_fields() {
    let feed = parse(
        br#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB"><title type="html">A &amp;amp; B</title>
        <link rel="self" href="/atom"/><link rel="alternate" href="https://a.example/"/></feed>"#,
    )
    .unwrap();
    assert_eq!(
        (
            feed.format,
            feed.title.as_deref(),
            feed.home_page_url.as_deref()
        ),
        (Format::Atom, Some("A & B"), Some("https://a.example/"))
    );
    assert_eq!(feed.language.as_deref(), Some("en-GB"));
}
#[test]
fn atom_link_without_rel_is_home_page() {
    let feed = parse(br#"<feed><link href="https://a.example/"/></feed>"#).unwrap();
    assert_eq!(feed.home_page_url.as_deref(), Some("https://a.example/"));
}
#[test]
fn atom_prefixed() {
    let feed = parse(
        br#"<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>T</atom:title>
        <atom:entry><atom:title>E</atom:title><atom:id>1</atom:id>
        <atom:author><atom:name>N</atom:name></atom:author></atom:entry></atom:feed>"#,
    )
    .unwrap();
    assert_eq!(feed.title.as_deref(), Some("T"));
    assert_eq!(feed.items[0].authors, ["N"]);
}
#[test]
fn rdf_rss_1_0() {
    let text = r#"<?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://a.example/"><title>R</title><link>https://a.example/</link>
        <items><rdf:Seq><rdf:li resource="https://a.example/1"/></rdf:Seq></items></channel>
        <item rdf:about="https://a.example/1"><title>One</title><link>https://a.example/1</link>
        <dc:date>2024-12-07T10:00:00Z</dc:date></item>
        <item rdf:about="https://a.example/2"><title>Two</title><link>https://a.example/2</link></item>
        </rdf:RDF>"#;
    let feed = parse(text.as_bytes()).unwrap();
    assert_eq!(feed.title.as_deref(), Some("R"));
    assert_eq!(ids(text), ["https://a.example/1", "https://a.example/2"]);
    assert!(feed.items[0].published.is_some());
}
#[test]
fn rss_0_91_with_doctype() {
    let text = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old</title><item><title>A</title><link>https://a.example/a</link></item></channel></rss>"#;
    assert_eq!(ids(text), ["https://a.example/a"]);
}

// What is not a feed.

#[test]
fn unknown_root() {
    assert_eq!(
        error("<?xml version=\"1.0\"?><opml version=\"2.0\"/>"),
        ParseError::NotAFeed
    );
}
#[test]
fn xhtml_page() {
    assert_eq!(
        error(
            r#"<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>"#
        ),
        ParseError::HtmlPage
    );
}
#[test]
fn xhtml_page_with_doctype() {
    assert_eq!(
        error(
            r#"<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>"#
        ),
        ParseError::HtmlPage
    );
}
#[test]
fn broken_html_page_after_declaration() {
    assert_eq!(
        error("<?xml version=\"1.0\"?>\n<HTML lang=ru><p>502"),
        ParseError::HtmlPage
    );
}
#[test]
fn syntax_error_before_first_item() {
    assert_eq!(
        error("<rss><channel>\n<title>T</titel>\n<item><title>A</title></item></channel></rss>"),
        ParseError::Syntax {
            syntax: Syntax::Xml,
            line: 2,
            column: 9
        }
    );
}
#[test]
fn truncated_before_first_item() {
    assert_eq!(
        error("<rss><channel><title>T</title>"),
        ParseError::Syntax {
            syntax: Syntax::Xml,
            line: 1,
            column: 31
        }
    );
}
#[test]
fn text_before_root() {
    assert!(matches!(
        error("<!-- x --> Warning: mysql_connect() <rss/>"),
        ParseError::Syntax { .. }
    ));
}

// Broken XML among items: the good ones stay.

#[test]
fn truncated_document_keeps_earlier_items() {
    let text = rss(
        "<item><guid>1</guid><title>A</title></item><item><guid>2</guid><title>B</title></item><item><guid>3</guid><title>C",
    );
    let cut = &text[..text.find("<title>C").unwrap() + 9];
    assert_eq!(ids(cut), ["1", "2"]);
}
#[test]
fn malformed_item_ends_reading() {
    let text = rss(
        "<item><guid>1</guid><title>A</title></item><item><guid>2</guid><title>B</titel></item><item><guid>3</guid><title>C</title></item>",
    );
    assert_eq!(ids(&text), ["1"]);
}
#[test]
fn garbage_after_channel_is_fine() {
    let text = format!("{}<<<", rss("<item><guid>1</guid><title>A</title></item>"));
    assert_eq!(ids(&text), ["1"]);
}
#[test]
fn raw_lts_in_description_end_reading_quickly() {
    let text = rss(&format!(
        "<item><guid>1</guid><title>A</title></item><item><guid>2</guid><description>{}</description></item>",
        "<".repeat(400_000)
    ));
    assert_eq!(ids(&text), ["1"]);
}
#[test]
fn escaped_lts_in_description_are_linear() {
    let summary = item(&format!(
        "<description>{}</description>",
        "&lt;".repeat(400_000)
    ))
    .summary;
    assert!(summary.unwrap().ends_with('…'));
}
#[test]
fn cdata_lts_in_description_are_linear() {
    let xml = format!(
        "<description><![CDATA[{}]]></description>",
        "<".repeat(400_000)
    );
    assert!(item(&xml).summary.unwrap().starts_with("<<<"));
}
#[test]
fn deep_nesting_in_item() {
    let text = rss(&format!(
        "<item><title>A</title><x>{}</x></item>",
        "<y>".repeat(100_000)
    ));
    assert!(ids(&text).is_empty());
}
#[test]
fn doctype_entity_is_not_expanded() {
    let text = r#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
        <rss><channel><item><title>&lol2;</title></item></channel></rss>"#;
    assert_eq!(only(text).title.as_deref(), Some("&lol2;"));
}

// Entries are read one at a time.

#[test]
fn open_does_not_read_items() {
    // Item 2 is broken, yet the feed opens: open() stopped before item 1.
    let text = rss("<item><title>A</title></item><item><title>B</x></item>");
    let mut reader = Reader::new(&text).unwrap();
    assert!(reader.feed().items.is_empty());
    assert!(!reader.step(1));
    assert_eq!(reader.feed().items.len(), 1);
    assert!(reader.step(1));
    assert!(reader.step(1));
    assert_eq!(reader.finish().items.len(), 1);
}
#[test]
fn twenty_thousand_items_in_batches() {
    let item = "<item><title>Новость</title><description><![CDATA[<p>Текст &amp; <b>ещё</b></p>]]></description><pubDate>Mon, 02 Dec 2024 10:00:00 +0300</pubDate></item>";
    let text = rss(&item.repeat(20_000));
    let mut reader = Reader::new(&text).unwrap();
    let mut batches = 1;
    while !reader.step(500) {
        batches += 1;
    }
    assert_eq!((reader.finish().items.len(), batches), (20_000, 41));
}
#[test]
fn comments_between_items() {
    let text = rss(
        "<item><guid>1</guid><title>A</title></item><!-- <item>x</item> --><item><guid>2</guid><title>B</title><!-- c --></item>",
    );
    assert_eq!(ids(&text), ["1", "2"]);
}
#[test]
fn other_channel_children_between_items() {
    let text = rss(
        "<item><guid>1</guid><title>A</title></item><image><item>x</item></image><item><guid>2</guid><title>B</title></item>",
    );
    assert_eq!(ids(&text), ["1", "2"]);
}
#[test]
fn skipped_item_keeps_its_index() {
    let feed = parse(
        rss("<item><pubDate>7 Dec 2024</pubDate></item><item><title>A</title></item>").as_bytes(),
    )
    .unwrap();
    assert_eq!(feed.skipped[0].index, 0);
    assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
    assert_eq!(feed.items[0].id, "#1");
}
#[test]
fn repeated_item_skipped() {
    let feed = parse(rss("<item><guid>1</guid><title>A</title></item><item><guid>1</guid><title>A</title></item>").as_bytes()).unwrap();
    assert_eq!(feed.skipped[0].reason, SkipReason::DuplicateId);
}

#[test]
fn shared_guid_keeps_both_items() {
    let feed = parse(rss("<item><guid>1</guid><title>A</title></item><item><guid>1</guid><title>B</title></item>").as_bytes()).unwrap();
    assert_eq!(feed.items.len(), 2);
}

// RSS items.

#[test]
fn title_entities() {
    assert_eq!(
        item("<title>A &amp;amp; B &lt;b&gt;C&lt;/b&gt; &#8212; &amp;laquo;D&amp;raquo; &#x41;</title>").title.as_deref(),
        Some("A & B C — «D» A")
    );
}
#[test]
fn title_html_entity_left_for_html_reader() {
    assert_eq!(
        item("<title>&amp;nbsp;X&amp;mdash;Y</title>")
            .title
            .as_deref(),
        Some("X—Y")
    );
}
#[test]
fn title_cdata() {
    assert_eq!(
        item("<title><![CDATA[Tom & <i>Jerry</i>]]></title>")
            .title
            .as_deref(),
        Some("Tom & Jerry")
    );
}
#[test]
fn title_whitespace_folded() {
    assert_eq!(
        item("<title>\n  A\n  B </title>").title.as_deref(),
        Some("A B")
    );
}
#[test]
fn link_and_guid() {
    let i = item(
        "<title>T</title><link> https://a.example/1 </link><guid isPermaLink=\"false\">n-1</guid>",
    );
    assert_eq!(
        (i.url.as_deref(), i.id.as_str()),
        (Some("https://a.example/1"), "n-1")
    );
}
#[test]
fn relative_link_kept() {
    assert_eq!(
        item("<title>T</title><link>/news/1/</link>").url.as_deref(),
        Some("/news/1/")
    );
}
#[test]
fn unescaped_ampersand_in_link_tolerated() {
    let i = item("<title>T</title><link>/news/?id=1&from=rss</link>");
    assert_eq!(i.url.as_deref(), Some("/news/?id=1&from=rss"));
}
#[test]
fn javascript_link_kept_as_text() {
    let i = item("<title>T</title><link>javascript:alert(document.cookie)</link>");
    assert_eq!(i.url.as_deref(), Some("javascript:alert(document.cookie)"));
}
#[test]
fn id_from_link() {
    assert_eq!(
        item("<title>T</title><link>https://a.example/1</link>").id,
        "https://a.example/1"
    );
}
#[test]
fn id_from_index() {
    assert_eq!(item("<title>T</title>").id, "#0");
}
#[test]
fn permalink_guid_is_url() {
    assert_eq!(
        item("<title>T</title><guid>https://a.example/1</guid>")
            .url
            .as_deref(),
        Some("https://a.example/1")
    );
}
#[test]
fn non_permalink_guid_is_no_url() {
    assert_eq!(
        item("<title>T</title><guid isPermaLink=\"false\">https://a.example/?p=1</guid>").url,
        None
    );
}
#[test]
fn description_as_text() {
    assert_eq!(
        item("<description>&lt;p&gt;Hi &lt;img src=x onerror=alert(1)&gt;there&amp;nbsp;now&lt;/p&gt;</description>").summary.as_deref(),
        Some("Hi there now")
    );
}
#[test]
fn unescaped_html_description() {
    assert_eq!(
        item("<description><p>Hi <b>there</b></p><p>Bye</p></description>")
            .summary
            .as_deref(),
        Some("Hi there Bye")
    );
}
#[test]
fn description_only_is_shown() {
    let i = item("<description>Only text</description>");
    assert_eq!((i.title, i.summary.as_deref()), (None, Some("Only text")));
}
#[test]
fn content_encoded_fallback() {
    assert_eq!(
        item("<title>T</title><description> </description><content:encoded><![CDATA[<p>Full</p>]]></content:encoded>").summary.as_deref(),
        Some("Full")
    );
}
#[test]
fn description_before_content_encoded() {
    assert_eq!(
        item("<content:encoded>Full</content:encoded><description>Short</description>")
            .summary
            .as_deref(),
        Some("Short")
    );
}
#[test]
fn long_description_shortened() {
    let summary = item(&format!(
        "<description>{}</description>",
        "слово ".repeat(200)
    ))
    .summary;
    assert!(summary.unwrap().ends_with('…'));
}
#[test]
fn nothing_to_show() {
    let feed = parse(
        rss("<item><title> </title><description>&lt;p&gt;&lt;/p&gt;</description></item>")
            .as_bytes(),
    )
    .unwrap();
    assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
}
#[test]
fn pub_date_rfc2822() {
    let i = item("<title>T</title><pubDate>Sat, 07 Dec 2024 13:00:00 +0300</pubDate>");
    assert_eq!(
        i.published.map(|t| t.to_rfc3339_utc()).as_deref(),
        Some("2024-12-07T10:00:00Z")
    );
}
#[test]
fn pub_date_rfc3339() {
    assert_eq!(
        date("2024-12-07T13:00:00+03:00").as_deref(),
        Some("2024-12-07T10:00:00Z")
    );
    assert!(
        item("<title>T</title><pubDate>2024-12-07T13:00:00+03:00</pubDate>")
            .published
            .is_some()
    );
}
#[test]
fn dc_date_fallback() {
    let i = item("<title>T</title><dc:date>2024-12-07T10:00:00Z</dc:date>");
    assert_eq!((i.published.is_some(), i.modified), (true, None));
}
#[test]
fn bad_pub_date_then_dc_date() {
    assert!(
        item("<title>T</title><pubDate>вчера</pubDate><dc:date>2024-12-07</dc:date>")
            .published
            .is_some()
    );
}
#[test]
fn bad_date_drops_date_only() {
    assert_eq!(
        item("<title>T</title><pubDate>вчера</pubDate>").published,
        None
    );
}
#[test]
fn author_email_name() {
    assert_eq!(
        item("<title>T</title><author>press@a.example (Пресс-служба)</author>").authors,
        ["Пресс-служба"]
    );
}
#[test]
fn author_plain_and_dc_creator() {
    assert_eq!(
        item("<title>T</title><author>press@a.example</author><dc:creator>Ann</dc:creator>")
            .authors,
        ["press@a.example", "Ann"]
    );
}
#[test]
fn categories() {
    assert_eq!(
        item(
            "<title>T</title><category>a</category><category domain=\"x\"> b </category><category/>"
        )
        .tags,
        ["a", "b"]
    );
}
#[test]
fn enclosure_image() {
    assert_eq!(
        item(r#"<title>T</title><enclosure url="/i.jpg" length="10" type="image/jpeg"/><enclosure url="/j.jpg" type="image/jpeg"/>"#).image,
        Some(Image { url: "/i.jpg".into(), alt: None })
    );
}
#[test]
fn enclosure_image_without_type() {
    assert_eq!(
        item(r#"<title>T</title><enclosure url="/i.PNG?v=2"/>"#)
            .image
            .map(|i| i.url)
            .as_deref(),
        Some("/i.PNG?v=2")
    );
}
#[test]
fn enclosure_attachment() {
    let i = item(
        r#"<title>T</title><enclosure url="/p.mp3" length="1234" type="audio/mpeg"/><enclosure url="/z.pdf" length="0" type="application/pdf"/><enclosure type="x/y"/>"#,
    );
    assert_eq!(i.image, None);
    assert_eq!(
        i.attachments,
        [
            Attachment {
                url: "/p.mp3".into(),
                mime_type: Some("audio/mpeg".into()),
                title: None,
                size: Some(1234)
            },
            Attachment {
                url: "/z.pdf".into(),
                mime_type: Some("application/pdf".into()),
                title: None,
                size: None
            },
        ]
    );
}
#[test]
fn media_content_with_description() {
    let i = item(
        r#"<title>T</title><media:content url="/m.jpg" medium="image"><media:title>x</media:title><media:description> A  ward </media:description></media:content>"#,
    );
    assert_eq!(
        i.image,
        Some(Image {
            url: "/m.jpg".into(),
            alt: Some("A ward".into())
        })
    );
}
#[test]
fn media_content_video_is_no_image() {
    assert_eq!(
        item(r#"<title>T</title><media:content url="/v.mp4" type="video/mp4"/>"#).image,
        None
    );
}
#[test]
fn media_thumbnail() {
    assert_eq!(
        item(r#"<title>T</title><media:thumbnail url="/t.jpg" width="75"/>"#)
            .image
            .map(|i| i.url)
            .as_deref(),
        Some("/t.jpg")
    );
}
#[test]
fn media_group() {
    let i = item(
        r#"<title>T</title><media:group><media:content url="/v.mp4" medium="video"/><media:content url="/g.jpg" type="image/jpeg"/></media:group>"#,
    );
    assert_eq!(i.image.map(|i| i.url).as_deref(), Some("/g.jpg"));
}
#[test]
fn enclosure_before_media() {
    let i = item(
        r#"<title>T</title><media:thumbnail url="/t.jpg"/><media:content url="/m.jpg"/><enclosure url="/e.jpg" type="image/jpeg"/>"#,
    );
    assert_eq!(i.image.map(|i| i.url).as_deref(), Some("/e.jpg"));
}
#[test]
fn item_language() {
    let text = r#"<rss><channel><language>ru</language><item><guid>1</guid><title>A</title><dc:language>en</dc:language></item><item><guid>2</guid><title>B</title></item></channel></rss>"#;
    let feed = parse(text.as_bytes()).unwrap();
    let langs: Vec<_> = feed.items.iter().map(|i| i.language.as_deref()).collect();
    assert_eq!(langs, [Some("en"), Some("ru")]);
}
#[test]
fn unknown_elements_skipped() {
    let i = item(
        "<yandex:full-text><title>No</title></yandex:full-text><title>Yes</title><x><link>no</link></x>",
    );
    assert_eq!((i.title.as_deref(), i.url), (Some("Yes"), None));
}
#[test]
fn first_title_wins() {
    assert_eq!(
        item("<title>A</title><title>B</title>").title.as_deref(),
        Some("A")
    );
}
#[test]
fn single_quoted_attributes() {
    assert_eq!(
        item("<title>T</title><enclosure url='/a.jpg' type='image/jpeg'/>")
            .image
            .map(|i| i.url)
            .as_deref(),
        Some("/a.jpg")
    );
}

// Atom entries.

#[test]
fn atom_text_title_keeps_markup_characters() {
    assert_eq!(
        entry("<title>a &lt;b&gt; &amp; c</title>").title.as_deref(),
        Some("a <b> & c")
    );
}
#[test]
fn atom_html_title() {
    assert_eq!(
        entry(r#"<title type="html">a &lt;b&gt;b&lt;/b&gt; &amp;amp; c</title>"#)
            .title
            .as_deref(),
        Some("a b & c")
    );
}
#[test]
fn atom_xhtml_title() {
    assert_eq!(
        entry(r#"<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">1 &lt; 2 <b>ok</b></div></title>"#).title.as_deref(),
        Some("1 < 2 ok")
    );
}
#[test]
fn atom_links() {
    let i = entry(
        r#"<title>T</title><link rel="edit" href="/e"/><link rel="alternate" href="/a"/><link href="/b"/>"#,
    );
    assert_eq!(i.url.as_deref(), Some("/a"));
}
#[test]
fn atom_id_and_fallback() {
    assert_eq!(entry("<title>T</title><id> urn:x:1 </id>").id, "urn:x:1");
    assert_eq!(entry(r#"<title>T</title><link href="/a"/>"#).id, "/a");
}
#[test]
fn atom_summary_before_content() {
    assert_eq!(
        entry("<content>C</content><summary>S</summary>")
            .summary
            .as_deref(),
        Some("S")
    );
}
#[test]
fn atom_html_content() {
    assert_eq!(
        entry(r#"<content type="html">&lt;p&gt;Hi&lt;/p&gt;&lt;p&gt;there&lt;/p&gt;</content>"#)
            .summary
            .as_deref(),
        Some("Hi there")
    );
}
#[test]
fn atom_xhtml_content() {
    assert_eq!(
        entry(r#"<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>a &amp;lt; b</p><p>c&#160;d</p></div></content>"#).summary.as_deref(),
        Some("a &lt; b c d")
    );
}
#[test]
fn atom_out_of_line_content_is_no_text() {
    let feed =
        parse(atom(r#"<entry><content src="/x" type="text/html"/></entry>"#).as_bytes()).unwrap();
    assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
}
#[test]
fn atom_binary_content_is_no_text() {
    let feed = parse(
        atom(r#"<entry><content type="image/png">iVBORw0KGgo=</content></entry>"#).as_bytes(),
    )
    .unwrap();
    assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
}
#[test]
fn atom_published_and_later_updated() {
    let i = entry(
        "<title>T</title><published>2024-12-01T10:00:00Z</published><updated>2024-12-02T10:00:00Z</updated>",
    );
    assert_eq!(
        (
            i.published.map(|t| t.to_rfc3339_utc()),
            i.modified.map(|t| t.to_rfc3339_utc())
        ),
        (
            Some("2024-12-01T10:00:00Z".into()),
            Some("2024-12-02T10:00:00Z".into())
        )
    );
}
#[test]
fn atom_updated_only() {
    let i = entry("<title>T</title><updated>2024-12-02T10:00:00Z</updated>");
    assert_eq!((i.published.is_some(), i.modified), (true, None));
}
#[test]
fn atom_same_updated_dropped() {
    let i = entry(
        "<title>T</title><published>2024-12-01T10:00:00Z</published><updated>2024-12-01T13:00:00+03:00</updated>",
    );
    assert_eq!(i.modified, None);
}
#[test]
fn atom_rfc822_date_tolerated() {
    assert!(
        entry("<title>T</title><published>Sun, 01 Dec 2024 10:00:00 GMT</published>")
            .published
            .is_some()
    );
}
#[test]
fn atom_authors() {
    assert_eq!(
        entry("<title>T</title><author><name>A</name><email>a@x</email></author><author><uri>/b</uri></author><author><name> B </name></author>").authors,
        ["A", "B"]
    );
}
#[test]
fn atom_feed_author_inherited() {
    let text = r#"<feed><author><name>Desk</name></author><entry><title>A</title><id>1</id></entry><entry><title>B</title><id>2</id><author><name>Own</name></author></entry></feed>"#;
    let feed = parse(text.as_bytes()).unwrap();
    let authors: Vec<_> = feed.items.iter().map(|i| i.authors.join(",")).collect();
    assert_eq!(authors, ["Desk", "Own"]);
}
#[test]
fn atom_categories() {
    assert_eq!(
        entry(r#"<title>T</title><category term="a"/><category term=" " label="B"/><category scheme="s"/>"#).tags,
        ["a", "B"]
    );
}
#[test]
fn atom_enclosures() {
    let i = entry(
        r#"<title>T</title><link rel="enclosure" href="/p.jpg" type="image/jpeg"/><link rel="enclosure" href="/a.pdf" type="application/pdf" length="42" title="Plan"/>"#,
    );
    assert_eq!(i.image.map(|i| i.url).as_deref(), Some("/p.jpg"));
    assert_eq!(
        i.attachments,
        [Attachment {
            url: "/a.pdf".into(),
            mime_type: Some("application/pdf".into()),
            title: Some("Plan".into()),
            size: Some(42)
        }]
    );
}
#[test]
fn atom_entry_language() {
    let text = r#"<feed xml:lang="en"><entry xml:lang="fr"><title>A</title><id>1</id></entry><entry><title>B</title><id>2</id></entry></feed>"#;
    let langs: Vec<_> = parse(text.as_bytes())
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.language)
        .collect();
    assert_eq!(langs, [Some("fr".into()), Some("en".into())]);
}
#[test]
fn atom_youtube_media_group() {
    let i = entry(
        r#"<title>T</title><media:group><media:title>T</media:title><media:content url="https://y.example/v/1" type="application/x-shockwave-flash"/><media:thumbnail url="https://i.example/1.jpg"/></media:group>"#,
    );
    assert_eq!(
        i.image.map(|i| i.url).as_deref(),
        Some("https://i.example/1.jpg")
    );
}
#[test]
fn atom_source_is_skipped() {
    let i = entry(
        "<source><title>Other</title><author><name>X</name></author></source><title>Mine</title>",
    );
    assert_eq!((i.title.as_deref(), i.authors.len()), (Some("Mine"), 0));
}

// Fixtures.

fn by_id<'a>(feed: &'a Feed, id: &str) -> &'a Item {
    feed.items.iter().find(|i| i.id == id).unwrap()
}

#[test]
fn fixture_bitrix() {
    let feed = parse(include_bytes!("../../../tests/fixtures/rss-bitrix.xml")).unwrap();
    assert_eq!(feed.format, Format::Rss);
    assert_eq!(
        feed.title.as_deref(),
        Some("Новости ГБУЗ \"Городская клиническая больница № 1\"")
    );
    assert_eq!(
        feed.home_page_url.as_deref(),
        Some("https://gkb1.example.ru")
    );
    assert_eq!((feed.items.len(), feed.skipped.len()), (4, 0));

    let open_day = &feed.items[0];
    assert_eq!(
        open_day.title.as_deref(),
        Some("День открытых дверей в кардиологическом центре")
    );
    assert!(
        open_day
            .summary
            .as_deref()
            .unwrap()
            .starts_with("7 декабря кардиологический центр проводит день открытых дверей.")
    );
    assert_eq!(
        open_day.image.as_ref().map(|i| i.url.as_str()),
        Some("https://gkb1.example.ru/upload/iblock/3f2/3f2a9c1e7b.jpg")
    );
    assert_eq!(
        open_day.published.map(|t| t.to_rfc3339_utc()).as_deref(),
        Some("2024-12-02T07:00:00Z")
    );
    assert_eq!(open_day.tags, ["Новости"]);

    let flu = by_id(&feed, "/press-center/news/vaktsinatsiya-grippa/");
    assert_eq!(
        flu.url.as_deref(),
        Some("/press-center/news/vaktsinatsiya-grippa/")
    );
    assert_eq!(
        flu.title.as_deref(),
        Some("Вакцинация против гриппа: «Спутник» & другие")
    );
    assert!(
        flu.summary
            .as_deref()
            .unwrap()
            .contains("кабинета — в разделе «Расписание».")
    );
    assert_eq!(flu.image, None);
    assert_eq!(flu.attachments[0].size, Some(183_640));

    let holidays = by_id(
        &feed,
        "https://gkb1.example.ru/press-center/news/grafik-prazdniki/",
    );
    assert_eq!(holidays.title, None);
    assert!(
        holidays
            .summary
            .as_deref()
            .unwrap()
            .ends_with("по телефону +7 (495) 123-45-67.")
    );
    assert_eq!(
        holidays.published.map(|t| t.to_rfc3339_utc()).as_deref(),
        Some("2024-11-28T05:00:00Z")
    );

    let school = feed.items.last().unwrap();
    assert_eq!((school.published, school.summary.as_deref()), (None, None));
    assert_eq!(
        school.title.as_deref(),
        Some("Открыт набор в школу для пациентов с диабетом")
    );
}

#[test]
fn fixture_atom() {
    let feed = parse(include_bytes!("../../../tests/fixtures/atom.xml")).unwrap();
    assert_eq!(feed.format, Format::Atom);
    assert_eq!(feed.title.as_deref(), Some("Riverside Hospital News"));
    assert_eq!(
        feed.home_page_url.as_deref(),
        Some("https://riverside.example.org/news/")
    );
    assert_eq!(feed.language.as_deref(), Some("en"));
    assert_eq!(feed.items.len(), 3);

    let mri = by_id(&feed, "tag:riverside.example.org,2024:news/412");
    assert_eq!(
        mri.title.as_deref(),
        Some("New MRI scanner opens in & around Wing B")
    );
    assert_eq!(
        mri.url.as_deref(),
        Some("https://riverside.example.org/news/mri-scanner")
    );
    assert_eq!(
        mri.summary.as_deref(),
        Some("The new 3T scanner cuts waiting times for outpatient scans.")
    );
    assert_eq!(
        mri.image.as_ref().map(|i| i.url.as_str()),
        Some("https://riverside.example.org/media/mri.jpg")
    );
    assert_eq!(mri.authors, ["Dana Whitfield", "Sam Okafor"]);
    assert_eq!(mri.tags, ["imaging", "facilities"]);
    assert!(mri.modified > mri.published);
    assert_eq!(mri.language.as_deref(), Some("en"));

    let visits = by_id(&feed, "tag:riverside.example.org,2024:news/411");
    assert_eq!(visits.language.as_deref(), Some("es"));
    assert_eq!(visits.url.as_deref(), Some("/news/visiting-hours-december"));
    assert_eq!(
        visits.summary.as_deref(),
        Some("Visiting hours change on holidays: 10 < 12. Weekdays Weekends")
    );
    assert_eq!(visits.authors, ["Riverside Communications"]);
    assert_eq!((visits.published.is_some(), visits.modified), (true, None));
    assert_eq!(
        visits.attachments[0].title.as_deref(),
        Some("Visiting hours (PDF)")
    );

    let flu = by_id(&feed, "tag:riverside.example.org,2024:news/410");
    assert_eq!(flu.title.as_deref(), Some("Flu clinic extended"));
    assert_eq!(
        flu.summary.as_deref(),
        Some("Walk-in flu shots now run until 7 pm.")
    );
    assert_eq!(
        flu.published.map(|t| t.to_rfc3339_utc()).as_deref(),
        Some("2024-11-20T13:00:00Z")
    );
}

#[test]
fn fixture_windows_1251() {
    let bytes = include_bytes!("../../../tests/fixtures/rss-windows-1251.xml");
    assert_eq!(
        declared_charset(None, bytes).as_deref(),
        Some("windows-1251")
    );
    // Natively the bytes are read as UTF-8, lossily: ASCII survives.
    let feed = parse(bytes).unwrap();
    assert_eq!(
        feed.home_page_url.as_deref(),
        Some("https://poliklinika.example.ru/")
    );
    assert_eq!(feed.language.as_deref(), Some("ru"));
    let ids: Vec<_> = feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["news-42", "news-41"]);
    assert_eq!(
        feed.items[0].url.as_deref(),
        Some("https://poliklinika.example.ru/news/42/")
    );
    assert!(feed.items[0].summary.as_deref().unwrap().starts_with("31 "));
    assert!(feed.items[1].summary.as_deref().unwrap().ends_with(" 105."));
    assert!(feed.items.iter().all(|i| i.published.is_some()));
}

// Never a panic, whatever the text.

const FIXTURES: [&[u8]; 3] = [
    include_bytes!("../../../tests/fixtures/rss-bitrix.xml"),
    include_bytes!("../../../tests/fixtures/atom.xml"),
    include_bytes!("../../../tests/fixtures/rss-windows-1251.xml"),
];

#[test]
fn every_prefix_reads_without_panic() {
    for bytes in FIXTURES {
        let text = String::from_utf8_lossy(bytes);
        for (end, _) in text.char_indices() {
            let _ = parse(text[..end].as_bytes());
        }
    }
}

#[test]
fn mutations_read_without_panic() {
    // A fixed pseudo-random walk: markup characters dropped in anywhere.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let specials = [
        "<",
        ">",
        "&",
        ";",
        "\"",
        "'",
        "/",
        "!",
        "?",
        "]]>",
        "<!--",
        "<![CDATA[",
        "&#",
        "=",
        "ё",
        "\0",
    ];
    for bytes in FIXTURES {
        let text = String::from_utf8_lossy(bytes).into_owned();
        for _ in 0..300 {
            let mut mutated = text.clone();
            for _ in 0..3 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let mut at = (seed % mutated.len() as u64) as usize;
                while !mutated.is_char_boundary(at) {
                    at -= 1;
                }
                mutated.insert_str(at, specials[(seed >> 40) as usize % specials.len()]);
            }
            let _ = parse(mutated.as_bytes());
        }
    }
}

// Namespaces: matched by URI, whatever the prefix.

#[test]
fn rss_1_0_with_prefixed_elements_and_no_default_namespace() {
    let feed = parse(
        br#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:r="http://purl.org/rss/1.0/" xmlns:d="http://purl.org/dc/elements/1.1/">
        <r:channel rdf:about="x"><r:title>Feed</r:title><r:link>https://example.org/</r:link></r:channel>
        <r:item rdf:about="1"><r:title>One</r:title><r:link>https://example.org/1</r:link><d:date>2024-12-07T10:00:00Z</d:date></r:item>
        </rdf:RDF>"#,
    )
    .unwrap();
    assert_eq!(feed.title.as_deref(), Some("Feed"));
    assert_eq!(feed.home_page_url.as_deref(), Some("https://example.org/"));
    let item = &feed.items[0];
    assert_eq!(item.title.as_deref(), Some("One"));
    assert_eq!(item.url.as_deref(), Some("https://example.org/1"));
    assert_eq!(
        item.published.map(|t| t.to_rfc3339_utc()).as_deref(),
        Some("2024-12-07T10:00:00Z")
    );
}

#[test]
fn prefixed_rss_root_in_an_unknown_namespace() {
    let feed = parse(
        br#"<r:rss xmlns:r="urn:example:rss" version="2.0"><r:channel><r:title>F</r:title>
        <r:item><r:title>One</r:title><r:link>https://example.org/1</r:link></r:item></r:channel></r:rss>"#,
    )
    .unwrap();
    assert_eq!(feed.title.as_deref(), Some("F"));
    assert_eq!(feed.items[0].title.as_deref(), Some("One"));
    assert_eq!(feed.items[0].url.as_deref(), Some("https://example.org/1"));
}

#[test]
fn atom_with_any_prefix() {
    let feed = parse(
        br#"<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>F</a:title>
        <a:entry><a:title>E</a:title><a:link href="https://example.org/e"/></a:entry></a:feed>"#,
    )
    .unwrap();
    assert_eq!(feed.title.as_deref(), Some("F"));
    assert_eq!(feed.items[0].title.as_deref(), Some("E"));
    assert_eq!(feed.items[0].url.as_deref(), Some("https://example.org/e"));
}

#[test]
fn foreign_element_with_a_core_name_is_not_the_title() {
    let text = rss(r#"<item xmlns:x="urn:x"><x:title>Not it</x:title><title>It</title></item>"#);
    assert_eq!(only(&text).title.as_deref(), Some("It"));
}

#[test]
fn declaration_ends_with_its_element() {
    // `d` means Dublin Core only inside the first item.
    let text = rss(concat!(
        r#"<item xmlns:d="http://purl.org/dc/elements/1.1/"><title>A</title><d:creator>X</d:creator></item>"#,
        r#"<item><title>B</title><d:creator>Y</d:creator></item>"#
    ));
    let feed = parse(text.as_bytes()).unwrap();
    assert_eq!(feed.items[0].authors, ["X"]);
    assert!(feed.items[1].authors.is_empty());
}

// Stand-in fields, noted for the lint.

#[test]
fn dc_title_and_media_title_stand_in() {
    let item = item(r#"<dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">Dc</dc:title>"#);
    assert_eq!(item.title.as_deref(), Some("Dc"));
    assert_eq!(
        item.notes,
        [Note::Fallback {
            field: "title",
            element: "dc:title"
        }]
    );
    let item = entry(
        r#"<m:title xmlns:m="http://search.yahoo.com/mrss/">Media</m:title><title>Real</title>"#,
    );
    assert_eq!(item.title.as_deref(), Some("Real"));
    assert!(item.notes.is_empty());
}

#[test]
fn dcterms_dates_stand_in() {
    let item = item(concat!(
        r#"<title>T</title><t:modified xmlns:t="http://purl.org/dc/terms/">2024-12-08T10:00:00Z</t:modified>"#,
        r#"<t:created xmlns:t="http://purl.org/dc/terms/">2024-12-07T10:00:00Z</t:created>"#
    ));
    assert_eq!(date_of(&item), Some("2024-12-07T10:00:00Z".into()));
    assert_eq!(
        item.modified.map(|t| t.to_rfc3339_utc()).as_deref(),
        Some("2024-12-08T10:00:00Z")
    );
    assert!(matches!(
        item.notes[..],
        [Note::Fallback { field: "date", .. }]
    ));
}

#[test]
fn unreadable_date_is_noted_and_not_shown() {
    let item = item("<title>T</title><pubDate>next Tuesday</pubDate>");
    assert_eq!(item.published, None);
    assert_eq!(item.notes, [Note::UnreadDate("next Tuesday".into())]);
}

#[test]
fn latest_of_several_updated() {
    let item = entry(concat!(
        "<title>T</title><updated>2024-12-07T10:00:00Z</updated>",
        "<updated>2024-12-09T10:00:00Z</updated><updated>2024-12-08T10:00:00Z</updated>"
    ));
    assert_eq!(date_of(&item), Some("2024-12-09T10:00:00Z".into()));
}

// One odd field costs that field only.

#[test]
fn atom_title_with_empty_or_unknown_type_is_text() {
    for ty in ["", "application/octet-stream", "TEXT"] {
        let item = entry(&format!(r#"<title type="{ty}">A &lt;b&gt;</title>"#));
        assert_eq!(item.title.as_deref(), Some("A <b>"), "{ty:?}");
    }
}

#[test]
fn atom_0_3_base64_content() {
    // "<p>Hello</p>" in base64.
    let item = entry(
        r#"<title>T</title><content type="text/html" mode="base64">PHA+SGVsbG88L3A+</content>"#,
    );
    assert_eq!(item.summary.as_deref(), Some("Hello"));
    let item =
        entry(r#"<title>T</title><content type="text/html" mode="base64">not base64!</content>"#);
    assert_eq!((item.title.as_deref(), item.summary), (Some("T"), None));
}

#[test]
fn atom_link_as_text() {
    let item = entry("<title>T</title><link>https://example.org/x</link>");
    assert_eq!(item.url.as_deref(), Some("https://example.org/x"));
}

#[test]
fn xml_base_stacks() {
    let feed = parse(
        br#"<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/news/">
        <entry xml:base="2024/"><title>T</title><link href="../x.html" xml:base="12/"/></entry></feed>"#,
    )
    .unwrap();
    assert_eq!(
        feed.items[0].url.as_deref(),
        Some("https://example.org/news/2024/x.html")
    );
}

// A link is enough to show an entry.

#[test]
fn entry_with_only_a_link_is_shown_untitled() {
    let item = item("<link>https://example.org/1</link><pubDate>07 Dec 2024</pubDate>");
    assert_eq!((item.title, item.summary), (None, None));
    assert_eq!(item.url.as_deref(), Some("https://example.org/1"));
    assert!(item.published.is_some());
}

fn date_of(item: &Item) -> Option<String> {
    item.published.map(|t| t.to_rfc3339_utc())
}
