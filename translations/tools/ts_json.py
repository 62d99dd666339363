#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
"""Translate .ts files through JSON.

  ts_json.py extract translations/harness_de.ts > todo.json
      the unfinished entries: [{"context", "source", "comment"?, "numerus"?, "draft"?}, ...]
      ("draft" is lupdate's guess from a similar old string; check it)
  ts_json.py fill translations/harness_de.ts de.json
      de.json maps a source text to its translation: {"Settings": "Einstellungen",
      "%n result(s)": ["%n Ergebnis", "%n Ergebnisse"], ...}; a key "context|source" applies to
      one context only and wins over the plain source. Every unfinished entry with a translation
      becomes finished; entries without one stay unfinished and are listed.
  ts_json.py refill translations/harness_de.ts de.json
      the same, and also replaces finished translations the JSON names (corrections).
  ts_json.py english translations/harness_en.ts
      fills English plural forms from the source: "%n file(s)" -> "%n file" / "%n files"
      (also "(es)"); a source that does not follow that pattern stays unfinished.
Then run `cmake --build <dir> --target update_translations` (it rewrites the file in lupdate's
form) and the translations_complete test.
"""
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET


def unfinished(root, everything=False):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and (everything or translation.get("type") == "unfinished"):
                yield name, message, translation


def extract(path):
    root = ET.parse(path).getroot()
    seen = set()
    out = []
    for name, message, translation in unfinished(root):
        source = message.findtext("source") or ""
        entry = {"context": name, "source": source}
        if message.findtext("comment"):
            entry["comment"] = message.findtext("comment")
        if message.findtext("extracomment"):
            entry["comment"] = message.findtext("extracomment")
        if message.get("numerus") == "yes":
            entry["numerus"] = True
        draft = [f.text for f in translation.findall("numerusform") if f.text] or (
            [translation.text] if translation.text else [])
        if draft:
            entry["draft"] = draft if len(draft) > 1 else draft[0]
        key = (source, entry.get("comment", ""))
        if key in seen:
            continue
        seen.add(key)
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(path, table_path, everything=False):
    with open(table_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(path)
    root = tree.getroot()
    filled, missing = 0, []
    for name, message, translation in unfinished(root, everything):
        source = message.findtext("source") or ""
        value = table.get(f"{name}|{source}", table.get(source))
        if value is None:
            if everything and translation.get("type") != "unfinished":
                continue
            missing.append(f"[{name}] {source}")
            continue
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if isinstance(value, list):
                missing.append(f"[{name}] {source} (a list for a string that is not plural)")
                continue
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{path}: {filled} filled, {len(missing)} still unfinished", file=sys.stderr)
    for entry in missing:
        print("  " + entry, file=sys.stderr)


def english(path):
    import re
    pattern = re.compile(r"\((e?s)\)")
    table = {}
    root = ET.parse(path).getroot()
    for _, message, _ in unfinished(root):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes" and pattern.search(source):
            table[source] = [pattern.sub("", source), pattern.sub(r"\1", source)]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(table, f)
    fill(path, f.name)
    os.unlink(f.name)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "extract":
        extract(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "english":
        english(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] in ("fill", "refill"):
        fill(sys.argv[2], sys.argv[3], everything=sys.argv[1] == "refill")
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
