//! The crate's modules form layers: leaf helpers at the bottom, the rules
//! above them, the stages above the rules, the pipeline on top of the
//! stages, the `Extractor` above the pipeline, crawl and fetch above it.
//! This test reads the `crate::` paths of every file under `src/` (tests
//! modules left out) into a graph of top-level modules and fails when an
//! import goes up a layer or an import cycle appears.
//!
//! No cycle is tolerated ([`KNOWN_CYCLES`] is empty since issue 14,
//! "Layering without cycles"); stages of one layer may import each other
//! only one way.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Layers from the bottom; a module may import only from its own layer or
/// below (within a known cycle, anything goes until it is broken).
const LAYERS: &[&[&str]] = &[
    // Leaf helpers and data types.
    &[
        "fnv", "error", "article", "decode", "tag", "text", "tokenize",
    ],
    &["guard"],
    // The rules: the class/id vocabulary, line patterns, tuning numbers.
    &["rules"],
    // The stages.
    &["metadata", "syndication", "site", "extract"],
    // The one stage order.
    &["pipeline"],
    // The configured entry point that runs it.
    &["extractor"],
    // Entry points above the pipeline.
    &["crawl", "fetch"],
    // The benchmark's scoring (hidden feature) and the crate root.
    &["eval"],
    &["lib"],
];

/// The import cycles (strongly connected components of more than one
/// module) that are tolerated: none. The last one (issue 14) was broken by
/// moving `Extractor` and its builder above the pipeline (`extractor`), the
/// element kinds `Tag` (`tag`) and the text and host helpers of the
/// syndication stage (`text`) into leaf modules, and the feed plugins'
/// class tokens into the rules table.
const KNOWN_CYCLES: &[&[&str]] = &[];

#[test]
fn modules_import_only_down_the_layers_and_no_new_cycle_appears() {
    let graph = module_graph(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path());
    let layer_of: BTreeMap<&str, usize> = LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, layer)| layer.iter().map(move |m| (*m, i)))
        .collect();
    for module in graph.keys() {
        assert!(
            layer_of.contains_key(module.as_str()),
            "module `{module}` is in no layer of tests/layering.rs: add it to LAYERS"
        );
    }

    let cycles = cycles(&graph);
    let known: BTreeSet<BTreeSet<String>> = KNOWN_CYCLES
        .iter()
        .map(|c| c.iter().map(|m| m.to_string()).collect())
        .collect();
    for cycle in &cycles {
        assert!(
            known.contains(cycle),
            "new import cycle among {cycle:?} (known: {KNOWN_CYCLES:?}); edges: {}",
            describe(&graph, cycle)
        );
    }
    for cycle in &known {
        assert!(
            cycles.contains(cycle),
            "the known cycle {cycle:?} changed (now: {cycles:?}): update KNOWN_CYCLES"
        );
    }

    let in_cycle = |a: &str, b: &str| cycles.iter().any(|c| c.contains(a) && c.contains(b));
    for (from, targets) in &graph {
        for to in targets {
            let (lf, lt) = (layer_of[from.as_str()], layer_of[to.as_str()]);
            assert!(
                lt <= lf || in_cycle(from, to),
                "`{from}` (layer {lf}) imports `{to}` (layer {lt}): imports go down the layers"
            );
        }
    }
}

/// The reader itself: a cycle and an upward edge are found.
#[test]
fn the_graph_reader_sees_paths_groups_and_root_reexports() {
    let dir = std::env::temp_dir().join(format!("gleaner-layering-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("lib.rs"), "pub use b::Thing;\nmod a;\nmod b;\n").unwrap();
    std::fs::write(
        dir.join("a.rs"),
        "use crate::{Thing, c::x};\n/// [`crate::z`]\nfn f() { crate::d::g(); }\n#[cfg(test)]\nmod tests { use crate::e; }\n",
    )
    .unwrap();
    std::fs::write(dir.join("b").join("mod.rs"), "use crate::a::f;\n").unwrap();
    let graph = module_graph(&dir);
    let targets = |m: &str| graph.get(m).cloned().unwrap_or_default();
    assert_eq!(
        targets("a"),
        ["b", "c", "d"].iter().map(|s| s.to_string()).collect()
    );
    assert_eq!(targets("b"), ["a"].iter().map(|s| s.to_string()).collect());
    let found = cycles(&graph);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("a") && found[0].contains("b"));
}

/// Top-level module → the top-level modules it names through `crate::`.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    collect_files(src, &mut files);
    let reexports =
        root_reexports(&std::fs::read_to_string(src.join("lib.rs")).unwrap_or_default());
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests may reach anywhere.
        let code = match text.find("#[cfg(test)]\nmod tests") {
            Some(i) => &text[..i],
            None => &text[..],
        };
        // Doc links and comments are not imports.
        let code: String = code
            .lines()
            .map(|line| line.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let entry = graph.entry(module.clone()).or_default();
        for target in crate_paths(&code) {
            let target = reexports.get(&target).cloned().unwrap_or(target);
            if target != module
                && target
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_lowercase())
            {
                entry.insert(target);
            }
        }
    }
    graph
}

fn collect_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The first segment of every `crate::` path, `crate::{a, b::c}` groups
/// included.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `$crate::`, `mycrate::`
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name = ident(item.trim());
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Names the crate root re-exports (`pub use module::{A, B}`), to the
/// module they come from.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in lib.lines() {
        let Some(path) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let module = ident(path);
        let rest = &path[module.len()..];
        let names = match (rest.find('{'), rest.rfind("::")) {
            (Some(open), _) => rest[open + 1..].split('}').next().unwrap_or("").to_string(),
            (None, Some(sep)) => rest[sep + 2..].trim_end_matches(';').to_string(),
            (None, None) => String::new(),
        };
        for name in names.split(',') {
            let name = ident(name.trim());
            if !name.is_empty() {
                out.insert(name, module.clone());
            }
        }
    }
    out
}

/// The strongly connected components of more than one module.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let nodes: BTreeSet<&String> = graph.keys().chain(graph.values().flatten()).collect();
    let reach = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(n) = stack.pop() {
            for t in graph.get(&n).into_iter().flatten() {
                if seen.insert(t.clone()) {
                    stack.push(t.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> =
        nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut out: Vec<BTreeSet<String>> = Vec::new();
    for n in &nodes {
        if out.iter().any(|c| c.contains(*n)) {
            continue;
        }
        let component: BTreeSet<String> = nodes
            .iter()
            .filter(|m| reaches[*n].contains(**m) && reaches[*m].contains(*n))
            .map(|m| (*m).clone())
            .collect();
        if component.len() > 1 {
            out.push(component);
        }
    }
    out
}

fn describe(graph: &BTreeMap<String, BTreeSet<String>>, cycle: &BTreeSet<String>) -> String {
    let mut edges = Vec::new();
    for from in cycle {
        for to in graph.get(from).into_iter().flatten() {
            if cycle.contains(to) {
                edges.push(format!("{from} -> {to}"));
            }
        }
    }
    edges.join(", ")
}
