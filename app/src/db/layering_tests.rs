//! Keeps the data layer layered: reads the sources of `db/store/`, `db/workflow/` and
//! `db/read/`, finds which `db` modules each one names, and fails when a store names a
//! workflow, when a store or workflow names a read model, or when modules name each other
//! round a cycle. Reading the text (not the compiler's view) is enough here
//! because every module reaches another only as `crate::db::…`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The modules of one layer folder, with their source text.
fn layer(folder: &str) -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/db").join(folder);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut out = BTreeMap::new();
    for entry in entries {
        let path = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        if name == "mod" || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.insert(name.to_owned(), text);
    }
    out
}

/// The first path segment of each item of a `{…}` group (`self` and globs left out).
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item = String::new();
    for c in group.chars().chain(std::iter::once(',')) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                let head = item.trim().split("::").next().unwrap_or_default().trim().to_owned();
                if !head.is_empty() {
                    heads.push(head);
                }
                item.clear();
                continue;
            }
            _ => {}
        }
        item.push(c);
    }
    heads
}

/// The `db` modules (out of `known`) that a source names as `crate::db::x` or in a
/// `crate::db::{x, y::z}` group. Line comments are left out, so prose may name anything.
fn modules_named(source: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let code: String = source
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut named = BTreeSet::new();
    for (at, _) in code.match_indices("crate::db::") {
        let rest = &code[at + "crate::db::".len()..];
        let heads = if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            group_heads(&group[..end])
        } else {
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            vec![rest[..end].to_owned()]
        };
        named.extend(heads.into_iter().filter(|h| known.contains(h)));
    }
    named
}

/// Every module with the other modules it names.
fn graph(sources: &BTreeMap<String, String>) -> Graph {
    let known: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(name, text)| {
            let mut uses = modules_named(text, &known);
            uses.remove(name);
            (name.clone(), uses)
        })
        .collect()
}

/// One cycle of the graph, as the modules round it (first repeated at the end), if any.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

/// The store → workflow edges.
fn upward(graph: &Graph, stores: &BTreeSet<String>) -> Vec<String> {
    graph
        .iter()
        .filter(|(from, _)| stores.contains(*from))
        .flat_map(|(from, to)| {
            to.iter().filter(|t| !stores.contains(*t)).map(move |t| format!("{from} -> {t}"))
        })
        .collect()
}

#[test]
fn stores_never_import_workflows_and_no_module_cycles() {
    let stores = layer("store");
    let workflows = layer("workflow");
    assert!(stores.len() >= 10 && workflows.len() >= 5, "the layer folders were not found");
    let store_names: BTreeSet<String> = stores.keys().cloned().collect();
    let mut all = stores;
    all.extend(workflows);
    let graph = graph(&all);
    let upward = upward(&graph, &store_names);
    assert!(upward.is_empty(), "stores import workflows: {upward:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("db modules import each other: {}", cycle.join(" -> "));
    }
    let downward: Vec<&String> =
        all.iter().filter(|(_, text)| names_read_models(text)).map(|(name, _)| name).collect();
    assert!(downward.is_empty(), "stores or workflows import read models: {downward:?}");
    assert!(layer("read").len() >= 3, "the read models were not found");
}

/// Whether a source names `crate::db::read` (outside line comments): only server functions
/// and the server's routes read through the read models.
fn names_read_models(source: &str) -> bool {
    source.lines().any(|l| {
        let code = l.split("//").next().unwrap_or_default();
        code.contains("crate::db::read") || code.contains("db::{read")
    })
}

#[test]
fn the_check_sees_groups_cycles_and_upward_imports() {
    let sources: BTreeMap<String, String> = [
        ("mail", "use crate::db::entities::outbox;\n// crate::db::billing in prose only\n"),
        ("billing", "use crate::db::{DataError, mail::{self, queue}, facilities};\n"),
        ("facilities", "fn f() { crate::db::billing::pay(); }\n"),
    ]
    .into_iter()
    .map(|(n, s)| (n.to_owned(), s.to_owned()))
    .collect();
    let graph = graph(&sources);
    assert_eq!(graph["mail"], BTreeSet::new());
    assert_eq!(graph["billing"], ["facilities", "mail"].map(String::from).into());
    let cycle = find_cycle(&graph).expect("billing and facilities import each other");
    assert_eq!(cycle.first(), cycle.last());
    assert!(cycle.contains(&"billing".to_owned()) && cycle.contains(&"facilities".to_owned()));
    let stores: BTreeSet<String> = ["mail", "facilities"].map(String::from).into();
    assert_eq!(upward(&graph, &stores), vec!["facilities -> billing".to_owned()]);
    assert!(names_read_models("let v = crate::db::read::office::application_rows(db).await?;"));
    assert!(!names_read_models("// crate::db::read is for server functions"));
}
