//! The application manual: its chapters, the small markup of a chapter body, and search.
//!
//! The text lives in `locales/<lang>/manual.ftl` (one title, summary and body message per
//! chapter) so translators handle it like every other text; it is read on the server and sent
//! to the manual page only, never compiled into the browser bundle.
//!
//! Body markup, chosen so that it survives Fluent's multiline syntax untouched: blocks are
//! separated by an empty line; a block starting with `## ` is a sub-heading, a block whose
//! lines all start with `- ` is a list, anything else is a paragraph.

use serde::{Deserialize, Serialize};

/// Chapter ids in reading order; `manual-<id>`, `manual-<id>-summary` and `manual-<id>-body`
/// exist for each in every locale (checked by `check-locales` like any other message).
pub const CHAPTERS: [&str; 18] = [
    "overview",
    "registering",
    "roles",
    "invoices",
    "questionnaire",
    "section-1",
    "section-2",
    "section-3",
    "evidence",
    "readiness",
    "case-review",
    "submission",
    "assessment",
    "decision",
    "recertification",
    "workshops",
    "faq",
    "glossary",
];

/// The manual's chapter about one section of the standards: the help link of a questionnaire
/// section points there, and of a standard to its sub-heading (see [`standard_anchor`]).
pub fn section_chapter(section: u32) -> String {
    format!("section-{section}")
}

/// The anchor of a standard's sub-heading in its section chapter: the section chapters give
/// each standard one sub-heading, in the order of the edition (`position` counts from 1).
pub fn standard_anchor(section: u32, position: usize) -> String {
    heading_anchor(&section_chapter(section), position)
}

/// Sub-heading anchors are positional (`<chapter>-<n>`), so a link works in every language.
pub fn heading_anchor(chapter: &str, position: usize) -> String {
    format!("{chapter}-{position}")
}

/// Message ids of a chapter: title, summary, body.
pub fn message_ids(chapter: &str) -> [String; 3] {
    [
        format!("manual-{chapter}"),
        format!("manual-{chapter}-summary"),
        format!("manual-{chapter}-body"),
    ]
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    Heading { anchor: String, text: String },
    Paragraph(String),
    List(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<Block>,
}

impl Chapter {
    pub fn headings(&self) -> impl Iterator<Item = (&str, &str)> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Heading { anchor, text } => Some((anchor.as_str(), text.as_str())),
            _ => None,
        })
    }
}

/// Parses a chapter body into blocks; sub-headings get positional anchors.
pub fn parse_body(chapter: &str, body: &str) -> Vec<Block> {
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    for line in body.lines().map(str::trim) {
        if line.is_empty() {
            groups.push(Vec::new());
        } else if let Some(last) = groups.last_mut() {
            last.push(line);
        }
    }
    let mut blocks = Vec::new();
    let mut headings = 0;
    for lines in groups.into_iter().filter(|g| !g.is_empty()) {
        if let Some(text) = lines[0].strip_prefix("## ") {
            headings += 1;
            blocks.push(Block::Heading {
                anchor: heading_anchor(chapter, headings),
                text: text.trim().to_owned(),
            });
            // Text right under a heading without an empty line still belongs to the chapter.
            let rest = &lines[1..];
            if !rest.is_empty() {
                blocks.push(text_block(rest));
            }
            continue;
        }
        blocks.push(text_block(&lines));
    }
    blocks
}

fn text_block(lines: &[&str]) -> Block {
    if lines.iter().all(|l| l.starts_with("- ")) {
        Block::List(lines.iter().map(|l| l.trim_start_matches("- ").trim().to_owned()).collect())
    } else {
        Block::Paragraph(lines.join(" "))
    }
}

/// Number of sub-headings of a body: the same in every locale, or the positional help links
/// of one language would open the wrong standard (checked by `check-locales`).
pub fn heading_count(body: &str) -> usize {
    parse_body("", body).iter().filter(|b| matches!(b, Block::Heading { .. })).count()
}

/// One search result: where to jump and what to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Anchor of the nearest heading above the match (or of the chapter).
    pub anchor: String,
    pub chapter_title: String,
    pub heading: Option<String>,
    pub snippet: String,
}

/// Characters of context shown on each side of a match.
const SNIPPET_CONTEXT: usize = 60;
/// More results than this are not useful on one screen.
pub const MAX_HITS: usize = 30;

/// Case-insensitive search over titles, summaries, headings and text. Every word of the
/// query must occur in the same block (words are split on whitespace, so a query in a
/// language written without spaces is matched as one phrase).
pub fn search(chapters: &[Chapter], query: &str) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let matches = |text: &str| {
        let lower = text.to_lowercase();
        words.iter().all(|w| lower.contains(w.as_str()))
    };
    let mut hits = Vec::new();
    for chapter in chapters {
        let mut anchor = chapter.id.clone();
        let mut heading: Option<String> = None;
        if matches(&chapter.title) || matches(&chapter.summary) {
            hits.push(Hit {
                anchor: anchor.clone(),
                chapter_title: chapter.title.clone(),
                heading: None,
                snippet: snippet(&chapter.summary, &words[0]),
            });
        }
        for block in &chapter.blocks {
            let text = match block {
                Block::Heading { anchor: a, text } => {
                    anchor.clone_from(a);
                    heading = Some(text.clone());
                    text.clone()
                }
                Block::Paragraph(text) => text.clone(),
                Block::List(items) => items.join(" · "),
            };
            if matches(&text) && hits.last().is_none_or(|h: &Hit| h.anchor != anchor) {
                hits.push(Hit {
                    anchor: anchor.clone(),
                    chapter_title: chapter.title.clone(),
                    heading: heading.clone(),
                    snippet: snippet(&text, &words[0]),
                });
            }
            if hits.len() >= MAX_HITS {
                return hits;
            }
        }
    }
    hits
}

/// A window of `text` around the first occurrence of `word` (already lower case), cut at
/// character boundaries.
fn snippet(text: &str, word: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase()).collect();
    // Lower-casing can change the length (rarely); fall back to the start of the text then.
    let position = if lower.len() == chars.len() {
        let needle: Vec<char> = word.chars().collect();
        lower.windows(needle.len().max(1)).position(|w| w == needle.as_slice()).unwrap_or(0)
    } else {
        0
    };
    let start = position.saturating_sub(SNIPPET_CONTEXT);
    let end = (position + word.chars().count() + SNIPPET_CONTEXT).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "First paragraph\nwith two lines.\n\n## Getting started\n\n- one\n- two\n\n## Second\nright under\n\nLast.";

    #[test]
    fn body_markup_becomes_blocks_with_positional_anchors() {
        let blocks = parse_body("faq", BODY);
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph("First paragraph with two lines.".into()),
                Block::Heading { anchor: "faq-1".into(), text: "Getting started".into() },
                Block::List(vec!["one".into(), "two".into()]),
                Block::Heading { anchor: "faq-2".into(), text: "Second".into() },
                Block::Paragraph("right under".into()),
                Block::Paragraph("Last.".into()),
            ]
        );
        assert_eq!(heading_count(BODY), 2);
    }

    #[test]
    fn blank_lines_with_spaces_still_separate_blocks() {
        assert_eq!(parse_body("x", "one\n    \ntwo").len(), 2);
    }

    #[test]
    fn a_paragraph_with_one_dash_line_stays_a_paragraph() {
        assert_eq!(
            parse_body("x", "- item\nnot an item"),
            vec![Block::Paragraph("- item not an item".into())]
        );
    }

    fn chapters() -> Vec<Chapter> {
        vec![
            Chapter {
                id: "overview".into(),
                title: "How it works".into(),
                summary: "The pathway.".into(),
                blocks: parse_body(
                    "overview",
                    "Enrol, then apply.\n\n## Fees\n\nThe enrolment invoice is due in 30 days.",
                ),
            },
            Chapter {
                id: "glossary".into(),
                title: "术语表".into(),
                summary: "词汇".into(),
                blocks: parse_body("glossary", "- 消融：用热能破坏肿瘤\n- 栓塞"),
            },
        ]
    }

    #[test]
    fn search_finds_words_in_one_block_and_jumps_to_the_nearest_heading() {
        let hits = search(&chapters(), "ENROLMENT due");
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].anchor, "overview-1");
        assert_eq!(hits[0].heading.as_deref(), Some("Fees"));
        assert!(hits[0].snippet.contains("enrolment invoice"));
        assert!(search(&chapters(), "enrolment nowhere").is_empty());
        assert!(search(&chapters(), "   ").is_empty());
    }

    #[test]
    fn search_works_without_spaces_between_words() {
        let hits = search(&chapters(), "消融");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].anchor, "glossary");
        assert_eq!(hits[0].chapter_title, "术语表");
    }

    #[test]
    fn snippets_are_cut_around_the_match_on_character_boundaries() {
        let long = format!("{}needle{}", "é".repeat(100), "ü".repeat(100));
        let s = snippet(&long, "needle");
        assert!(s.starts_with('…') && s.ends_with('…'));
        assert_eq!(s.chars().count(), 2 + 2 * SNIPPET_CONTEXT + 6);
    }

    #[test]
    fn help_links_point_at_section_chapters() {
        assert_eq!(standard_anchor(2, 3), "section-2-3");
        assert!(CHAPTERS.contains(&section_chapter(3).as_str()));
    }
}
