#!/usr/bin/env python3
"""Refresh i18n/carddesk_zh_TW.ts from the sources and fill in the zh_TW translations.

Only touches i18n/carddesk_zh_TW.ts (the other .ts files belong to other translators).
Usage: python3 scripts/i18n/zh_TW_apply.py [--no-lupdate]
Not a build dependency: the translations live in the .ts file; this is the translator's tool.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TS = os.path.join(ROOT, "i18n", "carddesk_zh_TW.ts")
LUPDATE = "/usr/lib/qt6/bin/lupdate"
sys.path.insert(0, os.path.dirname(__file__))
from zh_TW_translations import BY_CONTEXT, COMMON, EXTRA  # noqa: E402


def lupdate():
    subprocess.run([LUPDATE, "-silent", "-locations", "relative", "smartcard", "app", "ui", "-ts", TS],
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)


COPY_NOTE = ("Run-time context copy of %s: tr() looks the message up under this context, lupdate files it "
             "under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).")


def scan(ts, extra):
    subprocess.run([LUPDATE, "-silent", "-locations", "absolute", *extra, "smartcard", "app", "ui", "-ts", ts],
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    rows = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            for loc in msg.findall("location"):
                rows.append((name, loc.get("filename"), int(loc.get("line")), msg.find("source").text or ""))
    return rows


EXTRA_NOTE = ("Passed to tr() through a variable (no QT_TRANSLATE_NOOP in the source), so lupdate does not "
              "list it; kept by scripts/i18n/zh_TW_apply.py.")


HELPER = re.compile(r"QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+"
                    r"QCoreApplication::translate\(\s*\"([^\"]+)\"")


def runtime_contexts():
    """(lupdate context, source) -> the contexts tr() really uses at run time.

    lupdate's built-in parser cannot resolve the repository-root includes nor `namespace carddesk::ui {`,
    so it files tr() of carddesk::ui::MainWindow under "MainWindow"; with -I it resolves classes but then
    misfiles files whose local tr() helper passes its own literal context. Combine both runs."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        plain = scan(os.path.join(tmp, "plain_zh_TW.ts"), [])
        qualified_rows = scan(os.path.join(tmp, "qualified_zh_TW.ts"), ["-I", "."])
    qualified = {}
    for name, _, _, _ in qualified_rows:
        if "::" in name:
            qualified.setdefault(name.split("::")[-1], name)
    helpers = {}
    lines = {}
    result = {}
    for name, path, line, src in plain:
        if path not in helpers:
            try:
                text = open(path, encoding="utf-8").read()
            except OSError:
                text = ""
            m = HELPER.search(text)
            helpers[path] = m.group(1) if m else None
            lines[path] = text.splitlines()
        near = "\n".join(lines[path][max(0, line - 2):line + 1])
        explicit = re.search(r'(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*"' + re.escape(name) + '"',
                             near)
        if "::" in name or explicit:
            rt = name
        elif helpers[path]:
            rt = helpers[path]
        else:
            rt = qualified.get(name, name)
        result.setdefault((name, src), set()).add(rt)
    return result


def placeholders(text):
    return sorted(re.findall(r"%L?\d+|%n", text))


def accelerators(text):
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def lookup(ctx, src):
    short = ctx.split("::")[-1]
    for key in ((ctx, src), (short, src)):
        if key in BY_CONTEXT:
            return BY_CONTEXT[key]
    return COMMON.get(src)


def main():
    if "--no-lupdate" not in sys.argv:
        lupdate()
    tree = ET.parse(TS)
    root = tree.getroot()
    done = missing = dropped = 0
    problems = []
    for ctx in list(root.findall("context")):
        name = ctx.find("name").text
        for msg in list(ctx.findall("message")):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                ctx.remove(msg)
                dropped += 1
                continue
            src = msg.find("source").text or ""
            text = lookup(name, src)
            if text is None:
                missing += 1
                problems.append(f"MISSING  {name}: {src!r}")
                continue
            if placeholders(text) != placeholders(src) and not (
                    msg.get("numerus") == "yes" and "%n" in text):
                problems.append(f"PLACEHOLDERS {name}: {src!r} -> {text!r}")
            if accelerators(text) != accelerators(src):
                problems.append(f"ACCELERATOR {name}: {src!r} -> {text!r}")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
            done += 1
        if not ctx.findall("message"):
            root.remove(ctx)
    # Copies under the run-time contexts.
    copies = 0
    if "--no-copies" not in sys.argv:
        rt = runtime_contexts()
        contexts = {c.find("name").text: c for c in root.findall("context")}
        present = {(n, m.find("source").text or "", (m.findtext("comment") or ""))
                   for n, c in contexts.items() for m in c.findall("message")}
        for name, ctx in list(contexts.items()):
            for msg in list(ctx.findall("message")):
                src = msg.find("source").text or ""
                dis = msg.findtext("comment") or ""
                tr = msg.find("translation")
                if tr is None or tr.get("type"):
                    continue
                for target in sorted(rt.get((name, src), ())):
                    if target == name or (target, src, dis) in present:
                        continue
                    if target not in contexts:
                        c = ET.SubElement(root, "context")
                        ET.SubElement(c, "name").text = target
                        contexts[target] = c
                    copy = ET.fromstring(ET.tostring(msg))
                    for old in copy.findall("translatorcomment") + copy.findall("location"):
                        copy.remove(old)
                    note = ET.Element("translatorcomment")
                    note.text = COPY_NOTE % name
                    copy.insert(list(copy).index(copy.find("translation")), note)
                    contexts[target].append(copy)
                    present.add((target, src, dis))
                    copies += 1
        # Texts tr() gets from a variable: lupdate cannot list them.
        for target, texts in EXTRA.items():
            for src, text in texts.items():
                if (target, src, "") in present:
                    continue
                if target not in contexts:
                    c = ET.SubElement(root, "context")
                    ET.SubElement(c, "name").text = target
                    contexts[target] = c
                m = ET.SubElement(contexts[target], "message")
                ET.SubElement(m, "source").text = src
                ET.SubElement(m, "translatorcomment").text = EXTRA_NOTE
                ET.SubElement(m, "translation").text = text
                present.add((target, src, ""))
                copies += 1
        # Keep the contexts in name order, as lupdate does.
        ordered = sorted(root.findall("context"), key=lambda c: c.find("name").text)
        for c in ordered:
            root.remove(c)
        root.extend(ordered)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # Write the file back in Qt's own layout (lconvert does not rescan the sources).
    subprocess.run(["/usr/lib/qt6/bin/lconvert", "-i", TS, "-o", TS], check=True)
    for p in problems:
        print(p)
    print(f"translated {done}, missing {missing}, dropped {dropped} vanished/obsolete, "
          f"{copies} copies under run-time contexts / texts lupdate cannot see")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
