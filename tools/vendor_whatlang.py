#!/usr/bin/env python3
"""Writes src/metadata/lang/profiles.rs from whatlang 0.18.0's sources in the
cargo registry: the trigram profiles, the Latin and Cyrillic alphabets and the
order of each script's languages, as data for gleaner's own detector.

    python3 tools/vendor_whatlang.py > src/metadata/lang/profiles.rs
"""
import glob
import re
import sys
import unicodedata

roots = glob.glob("/root/.cargo/registry/src/*/whatlang-0.18.0/src") + glob.glob(
    __import__("os").path.expanduser("~/.cargo/registry/src/*/whatlang-0.18.0/src")
)
if not roots:
    sys.exit("whatlang-0.18.0 is not in the cargo registry (cargo fetch first)")
root = roots[0]


def lit(s):
    """A Rust string literal: letters as written, everything else escaped."""
    out = []
    for c in s:
        if c == " " or (c.isascii() and c.isalnum()):
            out.append(c)
        elif unicodedata.category(c).startswith("L"):
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


profiles = open(f"{root}/trigrams/profiles.rs", encoding="utf-8").read()
mapping = open(f"{root}/scripts/lang_mapping.rs", encoding="utf-8").read()
latin = open(f"{root}/alphabets/latin.rs", encoding="utf-8").read()
cyrillic = open(f"{root}/alphabets/cyrillic.rs", encoding="utf-8").read()

print("""//! whatlang 0.18.0's language data, vendored for [`super::detect`]: the
//! trigram profiles (`src/trigrams/profiles.rs`), the Latin and Cyrillic
//! alphabets (`src/alphabets/{latin,cyrillic}.rs`) and the order of each
//! script's languages (`src/scripts/lang_mapping.rs`), written by
//! `tools/vendor_whatlang.py` from the crate's sources. Do not edit by hand.
//!
//! whatlang is MIT-licensed:
//!
//! > The MIT License (MIT)
//! >
//! > Copyright (c) Sergey Potapov (whatlang's author, as its README names him)
//! >
//! > Permission is hereby granted, free of charge, to any person obtaining a
//! > copy of this software and associated documentation files (the
//! > "Software"), to deal in the Software without restriction, including
//! > without limitation the rights to use, copy, modify, merge, publish,
//! > distribute, sublicense, and/or sell copies of the Software, and to
//! > permit persons to whom the Software is furnished to do so, subject to
//! > the following conditions:
//! >
//! > The above copyright notice and this permission notice shall be included
//! > in all copies or substantial portions of the Software.
//! >
//! > THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
//! > OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
//! > MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
//! > IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
//! > CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
//! > TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
//! > SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

// Generated data: one line per profile (300 trigrams, 900 characters).
#![cfg_attr(rustfmt, rustfmt_skip)]
""")

for script in ["LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "HEBREW"]:
    m = re.search(r"const %s_LANGS: \[Lang; \d+\] = \[(.*?)\];" % script, mapping, re.S)
    langs = re.findall(r"Lang::(\w+)", m.group(1))
    print(f"/// The {script.lower()} script's languages in whatlang's order (`script.langs()`).")
    print(f"pub(super) const {script}_LANGS: &[&str] = &[{', '.join(repr(l).replace(chr(39), chr(34)) for l in langs)}];")
    print()

for script in ["LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "HEBREW"]:
    m = re.search(r"pub static %s_LANGS: LangProfileList = &\[(.*?)\n\];" % script, profiles, re.S)
    entries = re.findall(r"Lang::(\w+),\s*&\[(.*?)\]", m.group(1), re.S)
    print(f"/// The {script.lower()} script's trigram profiles in whatlang's order, each")
    print("/// 300 trigrams, most frequent first.")
    print(f"pub(super) const {script}_PROFILES: &[(&str, &str)] = &[")
    for lang, body in entries:
        tris = re.findall(r"Trigram\('(.)', '(.)', '(.)'\)", body)
        assert len(tris) == len(re.findall(r"Trigram\(", body)) == 300, lang
        print(f'    ("{lang}", {lit("".join(a + b + c for a, b, c in tris))}),')
    print("];")
    print()

for name, src in [("LATIN", latin), ("CYRILLIC", cyrillic)]:
    consts = dict(re.findall(r'const (\w+): &str =\s*"(.*?)";', src, re.S))
    m = re.search(r"const %s_ALPHABETS: &\[\(Lang, &str\)\] = &\[(.*?)\];" % name, src, re.S)
    pairs = re.findall(r"\(Lang::(\w+), (\w+)\)", m.group(1))
    print(f"/// The {name.lower()} script's alphabets in whatlang's order.")
    print(f"pub(super) const {name}_ALPHABETS: &[(&str, &str)] = &[")
    for lang, const in pairs:
        print(f'    ("{lang}", {lit(consts[const])}),')
    print("];")
    print()
