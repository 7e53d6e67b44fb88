"""The interface's language: translators, the saved choice and live switching.

English is the source language of every ``tr()`` string; French comes from
``resources/translations/journey_studio_fr.qm`` (built from the ``.ts`` by
``tools/update_translations.py``) plus Qt's own ``qtbase_fr.qm`` for standard dialogs.
The interface follows the system language until the user picks one (View ▸ Language).

Map content is not translated here: a map keeps its own language (``journey_studio.words``).
Undo entries and refused edits are translated when shown (``journey_studio.translatable``), so they
follow a switch of language too.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from .translatable import TranslatableText, english_numerus

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
"""Interface languages, each named in itself (a menu of languages is never translated)."""
SETTINGS_KEY = "interface/language"
CATALOGUE = "journey_studio"
"""``resources/translations/<CATALOGUE>_<language>.ts`` / ``.qm``."""


@dataclass
class _State:
    language: str | None = None
    translators: list[QTranslator] = field(default_factory=list)


_state = _State()


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) of each interface language, for a menu."""
    return list(LANGUAGES.items())


def system_language() -> str:
    """The system's language if the interface speaks it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def saved_language() -> str | None:
    """The language the user picked, or None to follow the system."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def current_language() -> str:
    """The language the interface speaks now (or will speak once translators are installed)."""
    return _state.language or saved_language() or system_language()


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the saved choice, else the system's).

    Replaces any installed before, so calling it again switches language; Qt then sends every
    widget a LanguageChange event. Returns the language installed.
    """
    language = _checked(language) if language else saved_language() or system_language()
    for translator in _state.translators:
        app.removeTranslator(translator)
    _state.translators = []
    if language != SOURCE_LANGUAGE:
        for name, folder in ((f"{CATALOGUE}_{language}", _translations_folder()), (f"qtbase_{language}", _qt_folder())):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _state.translators.append(translator)
    # The system locale keeps its territory (fr_CA stays fr_CA) when it speaks the chosen language.
    QLocale.setDefault(QLocale.system() if system_language() == language else QLocale(language))
    _state.language = language
    return language


def set_language(code: str | None) -> None:
    """Save ``code`` as the interface language (None: follow the system) and switch to it now.

    Open windows are retranslated in place (see :func:`retranslate_widgets`); what a window
    builds from values (a title with a file name) follows the next time it is refreshed, and
    everything is exact after a restart.
    """
    previous = current_language()
    settings = QSettings()
    if code is None:
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, _checked(code))
    settings.sync()
    app = QCoreApplication.instance()
    if app is None:
        return
    installed = install_translators(app, code)
    if installed != previous and isinstance(app, QApplication):
        retranslate_widgets(QApplication.allWidgets(), previous)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageMenu", text)


def language_menu(parent: QWidget) -> QMenu:
    """View ▸ Language: follow the system, or one language named in itself; switches at once."""
    menu = QMenu(_tr("&Language"), parent)
    menu.setObjectName("languageMenu")
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    saved = saved_language()
    choices = [(None, _tr("System Language"))] + [(code, name) for code, name in LANGUAGES.items()]
    for code, label in choices:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        action.setToolTip(_tr("The interface follows the system's language") if code is None else label)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: set_language(c))
    return menu


def _checked(code: str) -> str:
    code = code.replace("_", "-").split("-")[0].lower()
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}; known: {', '.join(LANGUAGES)}")
    return code


def _translations_folder() -> str:
    resource = files("journey_studio.resources") / "translations"
    with as_file(resource) as path:
        return str(path)


def _qt_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


# -- live switching --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Catalogue:
    """One language's translations, looked up backwards: shown text → (context, source)."""

    by_text: dict[str, list[tuple[str, str]]]
    """Shown text → every (context, source) showing it: "&View" is a menu of MainWindow and a field of ExportDialog."""
    patterns: tuple[tuple[re.Pattern[str], str, str], ...]
    """Texts with ``{placeholders}``: a regex that recognises a filled-in text, its context and source."""
    plurals: tuple[tuple[re.Pattern[str], str, str], ...] = ()
    """Each numerus form of a plural ("%n fiches"), its count captured as ``_count``."""


@lru_cache(maxsize=8)
def _catalogue(language: str) -> _Catalogue:
    by_text: dict[str, list[tuple[str, str]]] = {}
    patterns: list[tuple[re.Pattern[str], str, str]] = []
    for context, source, translation in _messages(language):
        shown = source if language == SOURCE_LANGUAGE else translation
        if not shown:
            continue
        by_text.setdefault(shown, []).append((context, source))
        if "{" in shown:
            pattern = _placeholder_pattern(shown)
            if pattern is not None:
                patterns.append((pattern, context, source))
    plurals = []
    for context, source, forms in _plural_messages(language):
        shown_forms = [english_numerus(source, 1), english_numerus(source, 2)] if language == SOURCE_LANGUAGE else forms
        for form in dict.fromkeys(shown_forms):
            pattern = _placeholder_pattern(form)
            if pattern is not None:
                plurals.append((pattern, context, source))
    return _Catalogue(by_text, tuple(patterns), tuple(plurals))


def _messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message; for English, of the French file's sources."""
    return [(context, source, forms[0]) for context, source, forms, numerus in _finished(language) if not numerus]


def _plural_messages(language: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, numerus forms) of every finished plural message."""
    return [(context, source, forms) for context, source, forms, numerus in _finished(language) if numerus]


@lru_cache(maxsize=4)
def _finished(language: str) -> tuple[tuple[str, str, list[str], bool], ...]:
    ts_language = "fr" if language == SOURCE_LANGUAGE else language
    resource = files("journey_studio.resources") / "translations" / f"{CATALOGUE}_{ts_language}.ts"
    if not resource.is_file():
        return ()
    root = ET.fromstring(resource.read_bytes())
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = [form.text or "" for form in translation.iter("numerusform")] if numerus else [
                translation.text or ""]
            found.append((name, message.findtext("source", ""), forms, numerus))
    return tuple(found)


def _placeholder_pattern(text: str) -> re.Pattern[str] | None:
    """A regex for ``text`` filled in: ``{name}`` captures anything, a plural's ``%n`` its count."""
    parts = re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\}|%n)", text)
    if len(parts) == 1:
        return None
    regex = "".join("(?P<_count>\\d+)" if p == "%n" else f"(?P<{p[1:-1]}>.+?)" if p.startswith("{") else re.escape(p)
                    for p in parts)
    try:
        return re.compile(f"^{regex}$", re.DOTALL)
    except re.error:  # the same placeholder twice
        return None


_SHORTCUT_SUFFIX = re.compile(r"^(?P<text>.+) (?P<suffix>\([^()]+\))$", re.DOTALL)
"""Action tooltips end with their shortcut: "Open a journey map (Ctrl+O)"."""


def retranslate_text(text: str, previous: str, contexts: tuple[str, ...] = ()) -> str:
    """``text``, shown in the ``previous`` language, in the language installed now; unchanged if unknown.

    When several contexts show the same text, the first of ``contexts`` (the classes of the widget and
    its parents, nearest first) that has it decides: "&View" is « &Affichage » in the main window's
    menu bar and « &Vue » in the export dialog.
    """
    if not text:
        return text
    catalogue = _catalogue(previous)
    known = catalogue.by_text.get(text)
    if known:
        context, source = next((c for hint in contexts for c in known if c[0] == hint), known[0])
        return QCoreApplication.translate(context, source)  # dynamic translation
    match = _SHORTCUT_SUFFIX.match(text)
    if match and match["text"] in catalogue.by_text:
        return f"{retranslate_text(match['text'], previous, contexts)} {match['suffix']}"
    for pattern, context, source in catalogue.patterns:
        filled = pattern.match(text)
        if filled:
            try:
                return QCoreApplication.translate(context, source).format(**filled.groupdict())  # dynamic translation
            except (KeyError, IndexError, ValueError):
                return text
    for pattern, context, source in catalogue.plurals:
        filled = pattern.match(text)
        if filled:
            values = filled.groupdict()
            return str(TranslatableText(context, source, int(values.pop("_count")), values))  # dynamic translation
    return text


def retranslate_widgets(widgets: list[QWidget], previous: str) -> None:
    """Put the texts of ``widgets`` and their actions into the installed language.

    Qt widgets keep only the translated text, not the ``tr()`` source it came from, so each text is
    looked up in the ``previous`` language's catalogue and translated again. Only interface texts
    are touched (titles, labels, buttons, actions, tooltips, accessible names); editable content
    and combo-box items (which may hold map titles) are left to their owners.
    """
    seen_actions: set[int] = set()

    for widget in widgets:
        contexts = _class_names(widget)

        def again(text: str, contexts: tuple[str, ...] = contexts) -> str:
            return retranslate_text(text, previous, contexts)

        for action in widget.actions():
            if id(action) in seen_actions:
                continue
            seen_actions.add(id(action))
            _retranslate_action(action, again)
        if isinstance(widget, QMenu):
            _retranslate_action(widget.menuAction(), again)
        if widget.isWindow() or isinstance(widget, (QDockWidget, QToolBar)):
            widget.setWindowTitle(again(widget.windowTitle()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            widget.setText(again(widget.text()))
        elif isinstance(widget, QGroupBox):
            widget.setTitle(again(widget.title()))
        elif isinstance(widget, QLineEdit):
            widget.setPlaceholderText(again(widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                widget.setTabText(index, again(widget.tabText(index)))
        QWidget.setToolTip(widget, again(QWidget.toolTip(widget)))
        QWidget.setStatusTip(widget, again(QWidget.statusTip(widget)))
        QWidget.setAccessibleName(widget, again(QWidget.accessibleName(widget)))
        QWidget.setAccessibleDescription(widget, again(QWidget.accessibleDescription(widget)))


def _class_names(widget: QWidget) -> tuple[str, ...]:
    """The classes of ``widget`` and of its parents, nearest first: the translation contexts it may use."""
    names = []
    current: QWidget | None = widget
    while current is not None:
        names.append(type(current).__name__)
        current = current.parentWidget()
    return tuple(names)


def _retranslate_action(action: QAction, again) -> None:
    for getter, setter in (
        (action.text, action.setText),
        (action.toolTip, action.setToolTip),
        (action.statusTip, action.setStatusTip),
        (action.whatsThis, action.setWhatsThis),
    ):
        text = getter()
        translated = again(text)
        if translated != text:
            setter(translated)

