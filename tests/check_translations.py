#!/usr/bin/env python3
"""Fails when a user-visible string has no translation.

Checks every translations/lectern_*.ts as committed (no unfinished, empty,
vanished or obsolete message; the right number of plural forms; the same
placeholders as the source) and then again after lupdate has run over the
current sources into a temporary copy, so a tr() string added to the code
without a translation fails here even if nobody ran `update_translations`.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt uses per language (Ukrainian: one, few, many).
PLURAL_FORMS = {"en": 2, "zh_CN": 1, "uk": 3}
PLACEHOLDER = re.compile(r"%L?\d+|%n")
SOURCE_FOLDERS = ["app/core", "app/cli", "app/widgets", "app/main.cpp"]


def language_of(path):
    return path.stem[len("lectern_"):]


# One word for one thing: a term the interface uses, and the words for it
# that must not appear beside the chosen one (the trash is 回收站, as on
# Windows and in GNOME, never 废纸篓).
GLOSSARY = {"zh_CN": {"回收站": ["废纸篓"]}}


def glossary_problems(where, language, text):
    problems = []
    for chosen, others in GLOSSARY.get(language, {}).items():
        for other in others:
            if other in text:
                problems.append(f"{where}: says {other!r}; the interface's word is {chosen!r}")
    return problems


def problems_in(ts_path, language):
    problems = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts_path.name}: [{name}] {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[language]:
                    problems.append(f"{where}: {len(forms)} plural forms, "
                                    f"expected {PLURAL_FORMS[language]}")
                texts = forms
            else:
                texts = [translation.text or ""]
            for text in texts:
                problems += glossary_problems(where, language, text)
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif sorted(set(PLACEHOLDER.findall(text))) != sorted(
                        set(PLACEHOLDER.findall(source))):
                    problems.append(f"{where}: placeholders differ in {text!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-root", required=True)
    args = parser.parse_args()
    root = pathlib.Path(args.source_root)
    ts_files = sorted((root / "translations").glob("lectern_*.ts"))
    if not ts_files:
        print("check_translations: no translations/lectern_*.ts found")
        return 1

    problems = []
    for ts in ts_files:
        if language_of(ts) not in PLURAL_FORMS:
            problems.append(f"{ts.name}: unknown language")
            continue
        problems += problems_in(ts, language_of(ts))

    with tempfile.TemporaryDirectory() as temp:
        for ts in ts_files:
            if language_of(ts) not in PLURAL_FORMS:
                continue
            copy = pathlib.Path(temp) / ts.name
            shutil.copy(ts, copy)
            # Same options as the update_translations target, minus
            # -no-obsolete, so strings gone from the code show as vanished.
            command = [args.lupdate, "-silent", "-locations", "none"]
            if language_of(ts) == "en":
                command.append("-pluralonly")
            command += [str(root / folder) for folder in SOURCE_FOLDERS]
            command += ["-ts", str(copy)]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"lupdate failed on {ts.name}: {run.stderr.strip()}")
                continue
            for problem in problems_in(copy, language_of(ts)):
                problems.append("after lupdate on the current sources: " + problem)

    for problem in problems:
        print(problem)
    if problems:
        print(f"check_translations: {len(problems)} problem(s); run "
              "`ninja update_translations` and translate the new strings")
        return 1
    print(f"check_translations: {len(ts_files)} files complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
