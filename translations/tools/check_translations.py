#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
"""The translations_complete test: every .ts file is up to date with the sources and complete.

Runs lupdate (same options as the update_translations target) over src/ into temporary copies of
the committed .ts files and reports, entry by entry:
  - lupdate warnings (a tr() whose context lupdate cannot know is never translated at runtime);
  - strings in the sources missing from a .ts file, and entries whose string is gone;
  - unfinished, empty or obsolete entries;
  - placeholders (%1, %2, %n; %L1 counts as %1) that differ between source and translation;
  - keyboard accelerators (&): as many in the translation as in the source (one, or none);
  - plural entries without exactly the forms the language needs, any of them empty;
  - counts written as "(s)" without the plural form tr(..., nullptr, n).
Exit status 0 when all is well, 1 otherwise. Fix with:
  cmake --build <dir> --target update_translations   then translate (translations/README.md).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt's lrelease uses per language (numerus rules of QLocale's language).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "it": 2, "pt": 2, "nl": 2,
                "ja": 1, "zh_CN": 1, "zh_TW": 1, "ko": 1, "ru": 3, "pl": 3, "uk": 3, "cs": 3}

LUPDATE_TIMEOUT = 40  # seconds; a normal run takes well under one

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\S)")


def placeholders(text):
    return sorted(set(m.group(1) for m in PLACEHOLDER.finditer(text or "")))


def accelerators(text):
    return len(ACCELERATOR.findall((text or "").replace("&&", "")))


def entry_key(context, message):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source") or "", comment)


def describe(key):
    context, source, comment = key
    short = source if len(source) <= 90 else source[:87] + "..."
    text = f'[{context}] "{short}"'
    return text + (f" (comment: {comment})" if comment else "")


def load(path):
    root = ET.parse(path).getroot()
    entries = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entries[entry_key(name, message)] = message
    return root.get("language") or "", entries


def run_lupdate(args, sources, ts_path, plural_only):
    command = [args.lupdate, *args.lupdate_option, "-I", args.include_dir]
    if plural_only:
        command.append("-pluralonly")
    list_file = ts_path + ".sources"
    with open(list_file, "w", encoding="utf-8") as f:
        f.write("\n".join(sources) + "\n")
    command += ["@" + list_file, "-ts", ts_path]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=LUPDATE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, [f"lupdate did not finish within {LUPDATE_TIMEOUT} s. lupdate 6.4 loops on a string "
                      "literal inside the count argument of a plural tr()/translate(), e.g. "
                      "tr(\"%n item(s)\", nullptr, o.value(u\"n\"_s).toInt()): compute the count into a "
                      "variable first. Find the file by running lupdate on parts of src/."]
    warnings = [line for line in (result.stdout + result.stderr).splitlines()
                if line.strip() and not line.startswith("Updating ") and not line[0].isspace()]
    return result.returncode, warnings


def check_messages(lang, path, entries, problems):
    forms_needed = PLURAL_FORMS.get(lang)
    for key, message in entries.items():
        where = f"{os.path.basename(path)}: {describe(key)}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            problems.append(f"{where}: {kind} entry (run update_translations; it uses -no-obsolete)")
            continue
        if kind == "unfinished" or translation is None:
            problems.append(f"{where}: unfinished")
            continue
        source = key[1]
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if forms_needed is not None and len(forms) != forms_needed:
                problems.append(f"{where}: {len(forms)} plural forms, {lang} needs {forms_needed}")
            texts = forms
        else:
            texts = [translation.text or ""]
            if "%n" in source:
                problems.append(f"{where}: %n in a string that is not translated as a plural "
                                "(use tr(text, nullptr, n))")
        for index, text in enumerate(texts):
            label = f" (form {index + 1})" if len(texts) > 1 else ""
            if not text.strip():
                problems.append(f"{where}: empty translation{label}")
                continue
            if placeholders(source) != placeholders(text):
                problems.append(f"{where}: placeholders {placeholders(source)} in the source but "
                                f"{placeholders(text)} in the translation{label}: \"{text}\"")
            if lang != "en" and accelerators(source) != accelerators(text):
                problems.append(f"{where}: the source has {accelerators(source)} keyboard accelerator(s) "
                                f"(&), the translation {accelerators(text)}{label}: \"{text}\"")
        if (re.search(r"[a-z]\((s|es)\)(?!:)", source.replace("http(s)", "http")) and
                PLACEHOLDER.search(source) and message.get("numerus") != "yes"):
            problems.append(f"{where}: a count written as \"(s)\": use tr(\"...%n ...(s)\", nullptr, n)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True, help="src/ of the project")
    parser.add_argument("--include-dir", required=True)
    parser.add_argument("--ts-dir", required=True)
    parser.add_argument("--languages", nargs="+", required=True)
    parser.add_argument("--lupdate-option", action="append", default=[])
    args = parser.parse_args()

    sources = sorted(os.path.join(root, name)
                     for root, _, files in os.walk(args.source_dir)
                     for name in files if name.endswith((".cpp", ".h")))
    problems = []
    files = [(lang, f"harness_{lang}.ts", False) for lang in args.languages] + [("en", "harness_en.ts", True)]
    with tempfile.TemporaryDirectory(prefix="translations_complete.") as tmp:
        for lang, name, plural_only in files:
            committed = os.path.join(args.ts_dir, name)
            if not os.path.exists(committed):
                problems.append(f"{name}: missing (run update_translations)")
                continue
            fresh = os.path.join(tmp, name)
            shutil.copyfile(committed, fresh)
            code, warnings = run_lupdate(args, sources, fresh, plural_only)
            if code is None:
                problems += warnings
                break
            if code != 0:
                problems.append(f"{name}: lupdate failed ({code}): " + "; ".join(warnings))
                continue
            if not plural_only:  # the same warnings for every file: report them once
                problems += [f"lupdate: {w}" for w in warnings if f"lupdate: {w}" not in problems]
            file_lang, before = load(committed)
            _, after = load(fresh)
            if file_lang.replace("-", "_") != lang:
                problems.append(f"{name}: language=\"{file_lang}\", expected \"{lang}\"")
            for key in after.keys() - before.keys():
                problems.append(f"{name}: {describe(key)}: in the sources but not in the .ts "
                                "(run update_translations)")
            for key in before.keys() - after.keys():
                problems.append(f"{name}: {describe(key)}: no longer in the sources "
                                "(run update_translations)")
            check_messages(lang, name, {k: v for k, v in before.items() if k in after}, problems)
            counted = sum(1 for k in before if k in after)
            print(f"{name}: {counted} entries checked")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print("  " + problem)
        print("\nRefresh with `cmake --build <dir> --target update_translations`, then translate; "
              "see translations/README.md.")
        return 1
    print("All translations complete and up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
