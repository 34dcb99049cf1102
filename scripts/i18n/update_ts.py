#!/usr/bin/env python3
"""Refresh and fill CardDesk's .ts files (translator's helper; not a build dependency).

Why not plain `lupdate`: lupdate guesses the translation context of each tr() call from the C++ it can parse,
and for CardDesk that guess is wrong in two ways, so the translations would never be found at run time:
  * without `-I <source root>` it cannot resolve the namespaces of the Q_OBJECT classes (`ServiceFlowPage`
    instead of `carddesk::ui::ServiceFlowPage`);
  * with it, the files that define a file-local helper
        QString tr(const char* text) { return QCoreApplication::translate("LocalStore", text); }
    get the class name of the member function around the call (`carddesk::LocalStore`), and a few calls behind
    a `cv::Mat` return type lose their namespace (`PhotoSource` instead of `carddesk::PhotoSource`).
This script runs lupdate (with -I) into a scratch file, puts each message into the context the code really
passes to QCoreApplication::translate(), merges the translations already in the target .ts files (same
context + source + disambiguation; the same text found in another context is offered but left unfinished), drops what
the sources no longer have, and writes the file with relative locations through lconvert.

  update_ts.py update i18n/carddesk_zh_CN.ts i18n/carddesk_en.ts   # refresh from smartcard/ app/ ui/
  update_ts.py export i18n/carddesk_zh_CN.ts > todo.json             # the unfinished messages
  update_ts.py apply i18n/carddesk_zh_CN.ts done.json                # fill translations (marks them finished)
  update_ts.py check i18n/carddesk_zh_CN.ts                          # placeholders, tags, accelerators

JSON for export/apply: a list of {"context", "source", "comment", "numerus", "translation"}, where
translation is a string, or a list of strings (the plural forms) for numerus messages.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE_DIRS = ["smartcard", "app", "ui"]
QT_BIN = os.environ.get("QT_BIN", "/usr/lib/qt6/bin")
CPP_EXT = (".cpp", ".h", ".hpp", ".cc", ".cxx")

LOCAL_TR_RE = re.compile(
    r"QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*\"([^\"]+)\"",
    re.S)
LAMBDA_TR_RE = re.compile(
    r"auto\s+tr\s*=\s*\[[^\]]*\]\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*\"([^\"]+)\"",
    re.S)
DECLARE_RE = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
TRANSLATE_RE = re.compile(r"(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*\"([^\"]+)\"")


def source_files():
    for d in SOURCE_DIRS:
        for base, _, files in os.walk(os.path.join(ROOT, d)):
            for f in sorted(files):
                if f.endswith(CPP_EXT):
                    yield os.path.join(base, f)


def qobject_classes(text):
    """Namespace-qualified names of the Q_OBJECT / Q_GADGET classes in one file (simple brace tracking)."""
    names = []
    stack = []  # entries: ("ns", name) | ("class", name) | ("other", None)
    pending = None
    i = 0
    text = re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
    token_re = re.compile(r"namespace\s+([\w:]+)\s*\{|(?:class|struct)\s+(?:\w+\s+)?(\w+)\s*(?:final\s*)?(?::[^;{]*)?\{|"
                          r"\{|\}|Q_OBJECT|Q_GADGET")
    for m in token_re.finditer(text):
        tok = m.group(0)
        if m.group(1):
            stack.append(("ns", m.group(1)))
        elif m.group(2):
            stack.append(("class", m.group(2)))
        elif tok == "{":
            stack.append(("other", None))
        elif tok == "}":
            if stack:
                stack.pop()
        elif tok in ("Q_OBJECT", "Q_GADGET"):
            parts = [n for k, n in stack if k in ("ns", "class")]
            if stack and stack[-1][0] == "class":
                names.append("::".join(parts))
    return names


def scan_sources():
    local_tr = {}      # abs file -> context of its file-local tr() helper
    valid = set()      # every context the code can pass at run time
    for path in source_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        m = LOCAL_TR_RE.search(text)
        if m:
            local_tr[path] = m.group(1)
        valid.update(DECLARE_RE.findall(text))
        valid.update(TRANSLATE_RE.findall(text))
        valid.update(qobject_classes(text))
    return local_tr, valid


class Msg:
    def __init__(self):
        self.context = ""
        self.source = ""
        self.comment = None
        self.extracomment = None
        self.translatorcomment = None
        self.numerus = False
        self.locations = []      # (abs path, line)
        self.translation = None  # str, or list for numerus
        self.finished = False

    def key(self):
        return (self.context, self.source, self.comment or "")


def read_ts(path, base_dir=None):
    """Messages of a .ts file; locations made absolute (filename relative to base_dir or the file's folder)."""
    base_dir = base_dir or os.path.dirname(os.path.abspath(path))
    tree = ET.parse(path)
    root = tree.getroot()
    msgs = []
    # Qt's TS writer carries the current file and line across contexts (relative locations).
    cur_file, last_line = None, {}
    for ctx in root.findall("context"):
        cname = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            msg = Msg()
            msg.context = cname
            msg.numerus = m.get("numerus") == "yes"
            msg.source = m.findtext("source") or ""
            msg.comment = m.findtext("comment")
            msg.extracomment = m.findtext("extracomment")
            msg.translatorcomment = m.findtext("translatorcomment")
            for loc in m.findall("location"):
                fn = loc.get("filename")
                if fn is not None:
                    cur_file = os.path.normpath(os.path.join(base_dir, fn))
                line = loc.get("line")
                if line is None or cur_file is None:
                    continue
                if line[0] in "+-":
                    n = last_line.get(cur_file, 0) + int(line)
                else:
                    n = int(line)
                last_line[cur_file] = n
                msg.locations.append((cur_file, n))
            tr = m.find("translation")
            if tr is not None:
                t = tr.get("type")
                if t in ("obsolete", "vanished"):
                    continue
                msg.finished = t is None
                if msg.numerus:
                    msg.translation = [nf.text or "" for nf in tr.findall("numerusform")]
                else:
                    msg.translation = tr.text or ""
            msgs.append(msg)
    return root.get("language"), root.get("sourcelanguage"), msgs


def has_translation(m):
    t = m.translation
    return bool(t) and (any(t) if isinstance(t, list) else True)


def fix_contexts(msgs, local_tr, valid, warn):
    lines_cache = {}

    def line_text(path, n):
        if path not in lines_cache:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    lines_cache[path] = f.read().split("\n")
            except OSError:
                lines_cache[path] = []
        ls = lines_cache[path]
        return ls[n - 1] if 0 < n <= len(ls) else ""

    for msg in msgs:
        if not msg.locations:
            continue
        path, n = msg.locations[0]
        if path in local_tr and msg.context != local_tr[path]:
            text = line_text(path, n)
            # A call qualified with a class (X::tr) or an explicit translate("...") keeps lupdate's context.
            if not re.search(r"\w::tr\s*\(|translate\s*\(", text):
                msg.context = local_tr[path]
        if msg.context not in valid:
            cands = [v for v in valid if v.split("::")[-1] == msg.context.split("::")[-1]]
            if len(cands) == 1:
                msg.context = cands[0]
            else:
                warn("context %r of %r (%s:%d) is not one the code passes at run time"
                     % (msg.context, msg.source[:50], os.path.relpath(path, ROOT), n))
    # Merge messages that now share context + source + disambiguation.
    merged, order = {}, []
    for msg in msgs:
        k = msg.key()
        if k in merged:
            merged[k].locations.extend(msg.locations)
            if msg.extracomment and not merged[k].extracomment:
                merged[k].extracomment = msg.extracomment
        else:
            merged[k] = msg
            order.append(k)
    return [merged[k] for k in order]


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(path, language, sourcelanguage, msgs):
    """Writes absolute locations to a scratch file next to nothing, then lconvert -locations relative."""
    out_dir = os.path.dirname(os.path.abspath(path))
    by_ctx = {}
    for m in msgs:
        by_ctx.setdefault(m.context, []).append(m)
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n']
    attrs = ' version="2.1"'
    if language:
        attrs += ' language="%s"' % language
    if sourcelanguage:
        attrs += ' sourcelanguage="%s"' % sourcelanguage
    parts.append("<TS%s>\n" % attrs)
    for cname in sorted(by_ctx):
        parts.append("<context>\n    <name>%s</name>\n" % esc(cname))
        cms = sorted(by_ctx[cname], key=lambda m: (m.locations[0] if m.locations else ("", 0)))
        for m in cms:
            parts.append("    <message%s>\n" % (' numerus="yes"' if m.numerus else ""))
            for (p, n) in sorted(set(m.locations)):
                parts.append('        <location filename="%s" line="%d"/>\n' % (esc(os.path.relpath(p, out_dir)), n))
            parts.append("        <source>%s</source>\n" % esc(m.source))
            if m.comment:
                parts.append("        <comment>%s</comment>\n" % esc(m.comment))
            if m.extracomment:
                parts.append("        <extracomment>%s</extracomment>\n" % esc(m.extracomment))
            if m.translatorcomment:
                parts.append("        <translatorcomment>%s</translatorcomment>\n" % esc(m.translatorcomment))
            typ = "" if (m.finished and has_translation(m)) else ' type="unfinished"'
            if m.numerus:
                forms = m.translation if isinstance(m.translation, list) else []
                parts.append("        <translation%s>\n" % typ)
                for f in (forms or [""]):
                    parts.append("            <numerusform>%s</numerusform>\n" % esc(f))
                parts.append("        </translation>\n")
            else:
                parts.append("        <translation%s>%s</translation>\n" % (typ, esc(m.translation or "")))
            parts.append("    </message>\n")
        parts.append("</context>\n")
    parts.append("</TS>\n")
    # The scratch file lives beside the target so that the relative file names stay right for lconvert.
    fd, tmp = tempfile.mkstemp(prefix=".update_ts.", suffix=".ts", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("".join(parts))
        subprocess.run([os.path.join(QT_BIN, "lconvert"), "-locations", "relative", "-i", tmp, "-o", path],
                       check=True)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def cmd_update(ts_files):
    warnings = []
    local_tr, valid = scan_sources()
    for ts in ts_files:
        ts = os.path.abspath(ts)
        lang = re.search(r"_([a-z]{2}(?:_[A-Z]{2})?)\.ts$", ts).group(1)
        with tempfile.TemporaryDirectory() as td:
            fresh = os.path.join(td, "fresh_%s.ts" % lang)
            subprocess.run([os.path.join(QT_BIN, "lupdate"), "-silent", "-I", ROOT, "-locations", "absolute",
                            "-no-obsolete", "-target-language", lang]
                           + [os.path.join(ROOT, d) for d in SOURCE_DIRS] + ["-ts", fresh],
                           check=True, stderr=subprocess.PIPE)
            _, _, new_msgs = read_ts(fresh)
        new_msgs = fix_contexts(new_msgs, local_tr, valid, warnings.append)
        old_lang, old_srclang, old_msgs = (None, None, [])
        if os.path.exists(ts) and os.path.getsize(ts) > 0:
            old_lang, old_srclang, old_msgs = read_ts(ts)
        old_by_key = {m.key(): m for m in old_msgs}
        old_by_src = {}
        for m in old_msgs:
            if has_translation(m):
                old_by_src.setdefault((m.source, m.comment or "", m.numerus), []).append(m)
        kept = new = 0
        for m in new_msgs:
            o = old_by_key.get(m.key())
            if o is not None and has_translation(o):
                m.translation, m.finished = o.translation, o.finished
                m.translatorcomment = o.translatorcomment
                kept += 1
                continue
            # Same text in another context: offer its translation, but leave it unfinished for review.
            cands = old_by_src.get((m.source, m.comment or "", m.numerus), [])
            if len({(c.translation if isinstance(c.translation, str) else tuple(c.translation)) for c in cands}) == 1:
                m.translation, m.finished = cands[0].translation, False
            new += 1
        write_ts(ts, old_lang or lang, old_srclang, new_msgs)
        print("%s: %d messages (%d with a translation kept, %d new or untranslated), %d dropped"
              % (os.path.relpath(ts, ROOT), len(new_msgs), kept, new,
                 len(set(old_by_key) - {m.key() for m in new_msgs})))
    for w in sorted(set(warnings)):
        print("warning:", w, file=sys.stderr)


def cmd_export(ts, all_msgs=False):
    _, _, msgs = read_ts(ts)
    out = []
    for m in msgs:
        if all_msgs or not m.finished:
            d = {"context": m.context, "source": m.source}
            if m.comment:
                d["comment"] = m.comment
            if m.extracomment:
                d["extracomment"] = m.extracomment
            if m.numerus:
                d["numerus"] = True
            d["where"] = "%s:%d" % (os.path.relpath(m.locations[0][0], ROOT), m.locations[0][1]) if m.locations else ""
            d["translation"] = m.translation
            out.append(d)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def cmd_apply(ts, json_files):
    lang, srclang, msgs = read_ts(ts)
    by_key = {m.key(): m for m in msgs}
    by_src = {}
    for m in msgs:
        by_src.setdefault((m.source, m.comment or ""), []).append(m)
    applied = unknown = 0
    for jf in json_files:
        with open(jf, encoding="utf-8") as f:
            items = json.load(f)
        for it in items:
            t = it.get("translation")
            if t in (None, "", []):
                continue
            if "context" in it:
                targets = [by_key.get((it["context"], it["source"], it.get("comment") or ""))]
            else:  # no context: every message with this source text
                targets = by_src.get((it["source"], it.get("comment") or ""), [])
            targets = [m for m in targets if m is not None]
            if not targets:
                unknown += 1
                print("not in %s: %s / %r" % (os.path.basename(ts), it.get("context"), it["source"][:60]),
                      file=sys.stderr)
                continue
            for m in targets:
                if m.numerus:
                    m.translation = t if isinstance(t, list) else [t]
                else:
                    m.translation = t if isinstance(t, str) else t[0]
                m.finished = True
                applied += 1
    write_ts(ts, lang, srclang, msgs)
    left = sum(1 for m in msgs if not m.finished)
    print("%s: %d translations applied, %d unknown, %d still unfinished" % (ts, applied, unknown, left))


PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")
TAG_RE = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def cmd_check(ts):
    _, _, msgs = read_ts(ts)
    problems = 0
    for m in msgs:
        if not has_translation(m):
            continue
        forms = m.translation if isinstance(m.translation, list) else [m.translation]
        for t in forms:
            issues = []
            if sorted(PLACEHOLDER_RE.findall(m.source)) != sorted(PLACEHOLDER_RE.findall(t)):
                if not (m.numerus and sorted(x for x in PLACEHOLDER_RE.findall(m.source) if x != "%n")
                        == sorted(x for x in PLACEHOLDER_RE.findall(t) if x != "%n")):
                    issues.append("placeholders %s vs %s" % (PLACEHOLDER_RE.findall(m.source), PLACEHOLDER_RE.findall(t)))
            if sorted(TAG_RE.findall(m.source)) != sorted(TAG_RE.findall(t)):
                issues.append("tags differ")
            src_acc = re.search(r"&[^&\s]", m.source.replace("&&", "")) is not None
            tr_acc = re.search(r"&[^&\s]", t.replace("&&", "")) is not None
            if src_acc != tr_acc:
                issues.append("accelerator")
            # A leading space before "(" is not needed before a full-width "（".
            if m.source.endswith("\n") != t.endswith("\n") or (
                    m.source.startswith(" ") != t.startswith(" ") and not t.startswith("\uff08")):
                issues.append("leading/trailing whitespace")
            if issues:
                problems += 1
                print("%s | %r -> %r: %s" % (m.context, m.source[:60], t[:60], "; ".join(issues)))
    print("%d problem(s)" % problems)
    return problems


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    cmd = argv[1]
    if cmd == "update":
        cmd_update(argv[2:])
    elif cmd == "export":
        cmd_export(argv[2], all_msgs="--all" in argv[3:])
    elif cmd == "apply":
        cmd_apply(argv[2], argv[3:])
    elif cmd == "check":
        sys.exit(1 if cmd_check(argv[2]) else 0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
