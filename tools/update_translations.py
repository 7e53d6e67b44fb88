"""Extract every interface string from ``journey_studio/`` into the Qt Linguist ``.ts`` files, then build the ``.qm``.

    python tools/update_translations.py                 # extract, merge, compile
    python tools/update_translations.py --check         # exit 1 listing strings without French, or whose French
                                                        # breaks the typography or says « carte » for a card
    python tools/update_translations.py --import-json fr.json   # add translations {context: {source: text}}

Why not ``pyside6-lupdate``: it does not know that a module's ``tr(text)`` helper means
``QCoreApplication.translate("<Context>", text)``. This reads the Python with ``ast`` and finds

* ``QCoreApplication.translate("Context", "text"[, "disambiguation"])`` and ``QT_TRANSLATE_NOOP(…)``;
* calls of a module's own helper — any function whose body returns
  ``QCoreApplication.translate("Context", <its first parameter>)`` — including helpers imported from
  another module (``from .form import tr``);
* ``self.tr("text")`` inside a class (Qt's context is the class name);
* texts translated when shown (undo entries, refused edits): ``TranslatableText("Context", "text"[, count])``
  and helpers returning ``TranslatableText("Context", <first parameter>, …)`` (see ``journey_studio/translatable.py``);
  file and export errors' ``ErrorText`` likewise (``journey_studio/io/errors.py``).

A count (``QCoreApplication.translate(c, "%n card(s)", None, n)``, ``TranslatableText(c, "%n card(s)", n)`` or a
helper called with a second argument) makes a plural message with Qt's numerus forms; English needs no
catalogue for them (``translatable.english_numerus`` turns "card(s)" into "card" or "cards").

The check also reports interface texts that would never be translated: string literals handed to a Qt text
setter, a widget, a message box, an undo command (``SetFields``, ``Macro``, ``beginMacro``…) or ``InvalidEdit``.

Existing translations are kept, strings no longer in the code are marked ``vanished`` (their
translation comes back if the string does), and a new string whose exact source is already
translated in another context reuses that translation. Files are written only when their content
changes, so running it twice changes nothing.
"""

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journey_studio"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "journey_studio"
LANGUAGES = {"fr": "fr_FR"}
"""Target languages and their Qt locale; English is the source language and needs no catalogue."""
NUMERUS_FORMS = {"fr": 2}
"""How many plural forms Qt expects in each language (French: 0 and 1 singular, then plural)."""


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    """A plural message: translated as Qt's numerus forms for its ``%n``."""


@dataclass
class Message:
    key: Key
    files: list[str] = field(default_factory=list)
    translation: str = ""
    status: str = "unfinished"
    """"finished", "unfinished" or "vanished" (no longer in the code)."""
    forms: list[str] = field(default_factory=list)
    """A plural message's numerus forms (``translation`` is then the first)."""


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


# -- extraction ------------------------------------------------------------------------------


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(func: ast.AST) -> bool:
    """``QCoreApplication.translate`` (or ``QApplication`` / ``QGuiApplication``), however qualified."""
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, (ast.Name, ast.Attribute))
        and (func.value.id if isinstance(func.value, ast.Name) else func.value.attr)
        in ("QCoreApplication", "QApplication", "QGuiApplication")
    )


LAZY = ("TranslatableText", "ErrorText")
"""The classes of texts translated when shown: ``journey_studio/translatable.py``'s, and the Qt-free one file and
export errors carry (``journey_studio/io/errors.py``); both take the context, then the English text."""


def _is_lazy(func: ast.AST) -> bool:
    return isinstance(func, ast.Name) and func.id in LAZY or isinstance(func, ast.Attribute) and func.attr in LAZY


def helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that are ``tr`` helpers: name → translation context."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Return)
                and isinstance(inner.value, ast.Call)
                and (_is_translate(inner.value.func) or _is_lazy(inner.value.func))
                and len(inner.value.args) >= 2
                and _literal(inner.value.args[0]) is not None
                and isinstance(inner.value.args[1], ast.Name)
                and inner.value.args[1].id == first
            ):
                helpers[node.name] = _literal(inner.value.args[0])
    return helpers


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name of ``from <level dots><target> import …`` written in ``module``."""
    if level == 0:
        return target or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([target] if target else []))


DYNAMIC = "# dynamic translation"
"""A line with this comment translates a text found at run time on purpose (not an interface string)."""


def string_tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level constants that hold only string literals (as dict values, or a list/tuple/set)."""
    tables = {}
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        items = (
            value.values
            if isinstance(value, ast.Dict)
            else value.elts
            if isinstance(value, (ast.List, ast.Tuple, ast.Set))
            else None
        )
        if items is None or not items:
            continue
        texts = [_literal(item) for item in items]
        if all(text is not None for text in texts):
            for target in targets:
                if isinstance(target, ast.Name):
                    tables[target.id] = texts  # type: ignore[assignment]
    return tables


class _Visitor(ast.NodeVisitor):
    """Finds translations in one module; ``tr(name)`` is resolved when ``name`` runs over a table of literals::

        NAMES = {Kind.A: "First", Kind.B: "Second"}
        for kind, name in NAMES.items():
            menu.addAction(tr(name))
    """

    def __init__(self, file: str, helpers: dict[str, str], tables: dict[str, list[str]], lines: list[str]):
        self.file = file
        self.helpers = helpers
        self.tables = tables
        self.lines = lines
        self._bound: dict[str, list[str]] = {}
        self.found: list[tuple[Key, int]] = []
        self.problems: list[Problem] = []
        self._classes: list[str] = []
        self._functions: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self.generic_visit(node)
        self._functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_For(self, node: ast.For) -> None:
        texts = self._table_of(node.iter)
        name = self._loop_value(node.target, node.iter)
        if texts is not None and name is not None:
            self._bound[name] = texts
            self.generic_visit(node)
            del self._bound[name]
            return
        self.generic_visit(node)

    def _table_of(self, iterable: ast.AST) -> list[str] | None:
        if (
            isinstance(iterable, ast.Call)
            and isinstance(iterable.func, ast.Attribute)
            and not iterable.args
            and iterable.func.attr in ("items", "values")
            and isinstance(iterable.func.value, ast.Name)
        ):
            return self.tables.get(iterable.func.value.id)
        if isinstance(iterable, ast.Name):
            return self.tables.get(iterable.id)
        return None

    @staticmethod
    def _loop_value(target: ast.AST, iterable: ast.AST) -> str | None:
        """The loop variable holding the table's texts: ``name`` in ``for key, name in T.items()``."""
        is_items = (
            isinstance(iterable, ast.Call)
            and isinstance(iterable.func, ast.Attribute)
            and iterable.func.attr == "items"
        )
        if (
            is_items
            and isinstance(target, ast.Tuple)
            and len(target.elts) == 2
            and isinstance(target.elts[1], ast.Name)
        ):
            return target.elts[1].id
        if not is_items and isinstance(target, ast.Name):
            return target.id
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        lazy = _is_lazy(func)
        if (
            lazy
            or _is_translate(func)
            or (isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"))
        ):
            in_helper = len(self._functions) == 1 and not self._classes and self._functions[0] in self.helpers
            if not in_helper:  # a helper's own body translates its parameter
                counted = _has_count(node, 2) if lazy else _has_count(node, 3) if _is_translate(func) else False
                comment = [] if lazy else node.args[2:3]
                self._take(node, _literal(node.args[0]) if node.args else None, node.args[1:2], comment, counted)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._take(node, self.helpers[func.id], node.args[0:1], [], _has_count(node, 1))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self._classes
        ):
            self._take(node, self._classes[-1], node.args[0:1], node.args[1:2])
        self.generic_visit(node)

    def _take(self, node: ast.Call, context: str | None, text_args: list, comment_args: list,
              counted: bool = False) -> None:
        if DYNAMIC in self.lines[node.lineno - 1]:
            return
        if context is not None and text_args and isinstance(text_args[0], ast.Name) and text_args[0].id in self._bound:
            for text in self._bound[text_args[0].id]:
                self.found.append((Key(context, text), node.lineno))
            return
        text = _literal(text_args[0]) if text_args else None
        if context is None or text is None:
            self.problems.append(Problem(self.file, node.lineno, "translation of a non-literal: " + ast.unparse(node)))
            return
        comment = (_literal(comment_args[0]) if comment_args else None) or ""
        if counted != ("%n" in text):
            wrong = "a count but no %n" if counted else "%n but no count"
            self.problems.append(Problem(self.file, node.lineno, f"{text!r} has {wrong}"))
        self.found.append((Key(context, text, comment, counted), node.lineno))


def _has_count(node: ast.Call, position: int) -> bool:
    """A numerus count: a positional argument at ``position`` (not None) or a ``count=`` / ``n=`` keyword."""
    if len(node.args) > position and not (
        isinstance(node.args[position], ast.Constant) and node.args[position].value is None
    ):
        return True
    return any(keyword.arg in ("count", "n") for keyword in node.keywords)


TEXT_SETTERS = frozenset({
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setTabText", "setIconText",
    "showMessage", "addMenu", "addAction", "addTab", "setHeaderLabels", "setSpecialValueText", "setSuffix", "setPrefix",
})
"""Qt calls whose string arguments a user reads."""
TEXT_WIDGETS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QDockWidget", "QToolBar",
})
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about", "getText", "getItem"})
COMMAND_TEXTS = frozenset({
    "SetFields", "InsertItems", "RemoveItems", "MoveItem", "Macro", "DocumentCommand", "QUndoCommand",
    "beginMacro", "InvalidEdit", "_set_fields", "_move_item",
})
"""Undo commands (their text is the Edit menu's "Undo …"), the editor's helpers that make them, and
refused edits: a text handed to them must be translatable (``editor.tr``), never a plain literal."""


def _has_words(text: str) -> bool:
    """Two letters in a row: "OK" counts, "%", "—", "…" and "x" do not."""
    return any(a.isalpha() and b.isalpha() for a, b in pairwise(text))


def untranslated_literals(tree: ast.Module, file: str) -> list[Problem]:
    """String literals passed straight to a Qt text setter, widget, message box, undo command or
    refused edit, without ``tr()``."""
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        is_box = (
            isinstance(func, ast.Attribute)
            and name in MESSAGE_BOXES
            and isinstance(func.value, ast.Name)
            and func.value.id in ("QMessageBox", "QInputDialog")
        )
        is_command = name in COMMAND_TEXTS
        if name not in TEXT_SETTERS and name not in TEXT_WIDGETS and not is_box and not is_command:
            continue
        arguments = list(node.args) + [
            keyword.value for keyword in node.keywords if is_command and keyword.arg == "text"
        ]
        for argument in arguments:
            parts = (
                [argument]
                if isinstance(argument, ast.Constant)
                else argument.values
                if isinstance(argument, ast.JoinedStr)
                else []
            )
            text = "".join(
                part.value for part in parts if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
            if not _has_words(text):
                continue
            if (
                is_command
                and isinstance(argument, ast.Constant)
                and not _is_command_text_position(name, node, argument)
            ):
                continue
            what = "gives an undo entry or a refusal" if is_command else "shows"
            problems.append(Problem(file, node.lineno, f"{name}() {what} {text!r} untranslated"))
    return problems


def _is_command_text_position(name: str, node: ast.Call, argument: ast.AST) -> bool:
    """Only the text argument counts: ``_set_fields("cards", …, "Edit card")`` names a collection first."""
    if name in ("_set_fields", "_move_item"):
        return argument is not node.args[0] if node.args else True
    return True


@dataclass
class Extraction:
    messages: dict[Key, list[str]]
    """Every string, with the files it is used in (paths relative to the repository)."""
    problems: list[Problem]


def extract(package: Path = PACKAGE) -> Extraction:
    """Every translatable string under ``package``, in a stable order (file path, then line)."""
    root = package.parent
    trees: dict[Path, ast.Module] = {}
    problems: list[Problem] = []
    for path in sorted(package.rglob("*.py")):
        try:
            trees[path] = ast.parse(path.read_text("utf-8"), str(path))
        except SyntaxError as error:  # a file someone is halfway through writing
            problems.append(Problem(path.relative_to(root).as_posix(), error.lineno or 0, f"cannot parse: {error.msg}"))
    own = {_module_name(path, root): helper_contexts(tree) for path, tree in trees.items()}
    messages: dict[Key, list[str]] = {}
    for path, tree in trees.items():
        module = _module_name(path, root)
        helpers = dict(own.get(module, {}))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                source = _resolve(module, path.name == "__init__.py", node.level, node.module)
                for alias in node.names:
                    context = own.get(source, {}).get(alias.name)
                    if context is not None:
                        helpers[alias.asname or alias.name] = context
        file = path.relative_to(root).as_posix()
        visitor = _Visitor(file, helpers, string_tables(tree), path.read_text("utf-8").splitlines())
        visitor.visit(tree)
        problems.extend(visitor.problems)
        problems.extend(untranslated_literals(tree, visitor.file))
        for key, _line in sorted(visitor.found, key=lambda pair: pair[1]):
            files = messages.setdefault(key, [])
            if visitor.file not in files:
                files.append(visitor.file)
    return Extraction(messages, problems)


# -- .ts files -------------------------------------------------------------------------------


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.qm"


def read_ts(path: Path) -> dict[Key, Message]:
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()
    messages: dict[Key, Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            numerus = element.get("numerus") == "yes"
            key = Key(name, element.findtext("source", ""), element.findtext("comment", "") or "", numerus)
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            status = {"": "finished", "obsolete": "vanished"}.get(kind, kind)
            files = [loc.get("filename", "").removeprefix("../../") for loc in element.iter("location")]
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if translation is not None and numerus
                else []
            )
            text = forms[0] if forms else (translation.text or "") if translation is not None and not numerus else ""
            messages[key] = Message(key, files, text, status, forms)
    return messages


def merge(extraction: Extraction, existing: dict[Key, Message]) -> dict[Key, Message]:
    """The extracted strings with the translations already done; what left the code stays as vanished."""
    by_source = {
        message.key.source: message.translation
        for message in existing.values()
        if message.status == "finished" and message.translation and not message.key.numerus
    }
    merged: dict[Key, Message] = {}
    for key, files in extraction.messages.items():
        old = existing.get(key)
        if old is not None and old.translation:
            status = "finished" if old.status in ("finished", "vanished") else old.status
            merged[key] = Message(key, list(files), old.translation, status, list(old.forms))
        elif key.source in by_source and not key.numerus:
            merged[key] = Message(key, list(files), by_source[key.source], "finished")
        else:
            merged[key] = Message(key, list(files))
    for key, old in existing.items():
        if key not in merged and old.translation:
            merged[key] = Message(key, [], old.translation, "vanished", list(old.forms))
    return merged


def render_ts(messages: dict[Key, Message], language: str) -> str:
    """The ``.ts`` XML, contexts by name, messages in code order: the same input gives the same bytes."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en">',
    ]
    contexts: dict[str, list[Message]] = {}
    for message in messages.values():
        contexts.setdefault(message.key.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for message in contexts[name]:
            lines.append('    <message numerus="yes">' if message.key.numerus else "    <message>")
            for file in message.files:
                lines.append(f'        <location filename="../../{escape(file, {chr(34): "&quot;"})}"/>')
            lines.append(f"        <source>{escape(message.key.source)}</source>")
            if message.key.comment:
                lines.append(f"        <comment>{escape(message.key.comment)}</comment>")
            kind = {"finished": "", "unfinished": ' type="unfinished"', "vanished": ' type="vanished"'}[message.status]
            if message.key.numerus:
                forms = message.forms or [""] * NUMERUS_FORMS.get(language, 2)
                lines.append(f"        <translation{kind}>")
                lines.extend(f"            <numerusform>{escape(form)}</numerusform>" for form in forms)
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def import_json(messages: dict[Key, Message], data: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill translations from ``{context: {source: translation}}``; returns how many were set.

    A plural message takes the list of its numerus forms (French: ``["%n fiche", "%n fiches"]``).
    """
    count = 0
    for key, message in messages.items():
        text = data.get(key.context, {}).get(key.source)
        if not text or message.status == "vanished" or isinstance(text, list) != key.numerus:
            continue
        if isinstance(text, list):
            message.forms, message.translation = list(text), text[0]
        else:
            message.translation = text
        message.status = "finished"
        count += 1
    return count


def missing(messages: dict[Key, Message], language: str = "fr") -> list[Message]:
    """Strings in the code whose translation is missing or unfinished (a plural: any of its forms)."""
    def done(m: Message) -> bool:
        if m.status != "finished" or not m.translation:
            return False
        return not m.key.numerus or (len(m.forms) == NUMERUS_FORMS.get(language, 2) and all(m.forms))

    return [m for m in messages.values() if m.status != "vanished" and not done(m)]


# -- French: typography and vocabulary -------------------------------------------------------
# Also run by tests/test_words.py on the map's own words (journey_studio/words.py) and the templates.

NO_BREAK = "\u00a0\u202f"
_PLACEHOLDERS = re.compile(r"\{[^{}]*\}")
_MARKUP = re.compile(r"<[^<>]*>")


def french_typography_problems(text: str) -> list[str]:
    """A no-break space before : ; ! ? and inside « », no English quotes, no plain space before %."""
    text = _MARKUP.sub("", _PLACEHOLDERS.sub("X", text)).replace(";;", "")  # ";;" separates file filters
    problems = []
    for match in re.finditer(r"[:;!?]", text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if match.group() == ":" and (before.isdigit() and after.isdigit() or after == "/"):
            continue  # 10:30, https://
        if before and before not in NO_BREAK and not (match.group() in "!?" and before in "!?"):
            problems.append(f"{match.group()!r} needs a no-break space before it")
    if re.search(f"«(?![{NO_BREAK}])", text) or re.search(f"(?<![{NO_BREAK}])»", text):
        problems.append("« » need no-break spaces inside")
    if re.search("[“”]", text):
        problems.append("English quotes “ ” in French")
    if "’" in text:
        problems.append("’: the product's French writes the apostrophe ' (its templates, menus and maps)")
    if re.search(r"[\dX] %", text):
        problems.append("a plain space before %")
    return problems


def card_and_map_problems(source: str, french: str) -> list[str]:
    """« fiche » is a card (or a « fiche persona »), « parcours » a map; « carte » only in « carte(s) de/du
    parcours », the document."""
    source, french = source.replace("&", ""), french.replace("&", "")
    problems = []
    if re.search(r"\bcartes?\b(?! d[eu] parcours| des parcours)", french, re.IGNORECASE):
        problems.append("« carte » alone: a card is « fiche », a map « parcours »")
    if re.search(r"\bcards?\b", source, re.IGNORECASE) and not re.search(r"\bfiches?\b", french, re.IGNORECASE):
        problems.append("a card is « fiche »")
    other_sheets = re.sub(r"\bfiches? personas?\b", "", french, flags=re.IGNORECASE)  # a persona sheet
    if re.search(r"\bfiches?\b", other_sheets, re.IGNORECASE) and not re.search(r"\bcards?\b", source, re.IGNORECASE):
        problems.append("« fiche » for something that is not a card")
    return problems


def french_problems(messages: dict[Key, Message]) -> list[str]:
    """Finished French translations that break the typography or call a card or a map « carte »."""
    problems = []
    for message in messages.values():
        if message.status != "finished":
            continue
        for text in message.forms or [message.translation]:
            for problem in french_typography_problems(text) + card_and_map_problems(message.key.source, text):
                problems.append(f"[{message.key.context}] {message.key.source!r} → {text!r}: {problem}")
    return problems


# -- .qm files -------------------------------------------------------------------------------


def lrelease_command() -> str:
    """``pyside6-lrelease`` beside this Python (a venv's bin), else on the PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this environment")
    return found


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)


def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text("utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return True


def update(languages: Iterable[str] = LANGUAGES, json_files: Iterable[Path] = ()) -> dict[str, dict[Key, Message]]:
    extraction = extract()
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    result = {}
    for language in languages:
        messages = merge(extraction, read_ts(ts_path(language)))
        for json_file in json_files:
            count = import_json(messages, json.loads(Path(json_file).read_text("utf-8")))
            print(f"{json_file}: {count} translations imported")
        changed = _write_if_changed(ts_path(language), render_ts(messages, language))
        if changed or not qm_path(language).is_file():
            compile_qm(ts_path(language), qm_path(language))
        todo = missing(messages, language)
        print(f"{ts_path(language).relative_to(ROOT)}: {len(messages)} strings, {len(todo)} to translate"
              + ("" if changed else " (unchanged)"))
        for problem in french_problems(messages) if language == "fr" else []:
            print(f"warning: {problem}", file=sys.stderr)
        result[language] = messages
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a string lacks a translation or breaks French typography")
    parser.add_argument("--import-json", type=Path, action="append", default=[], metavar="FILE")
    args = parser.parse_args(argv)
    if args.check:
        extraction = extract()
        failed = False
        for language in LANGUAGES:
            messages = merge(extraction, read_ts(ts_path(language)))
            todo = missing(messages, language)
            for message in todo:
                print(f"{language}: [{message.key.context}] {message.key.source!r} ({', '.join(message.files)})")
            wrong = french_problems(messages) if language == "fr" else []
            for problem in wrong:
                print(f"{language}: {problem}")
            failed |= bool(todo) or bool(wrong)
        return 1 if failed else 0
    update(json_files=args.import_json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
