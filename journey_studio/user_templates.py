"""Templates the user saved with "Save as template", beside the bundled ones.

They are ordinary ``<name>.<language>.journey.json`` files in the user's application data
folder (``QStandardPaths.AppDataLocation/templates``), read with the same loader as the
bundled templates (``templates.list_templates(folder=…)``). A user template cannot take a
bundled template's name, so a (name, language) pair always means one file.
"""

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from .io import write_workspace
from .model import Workspace
from .templates import SUFFIX, TemplateInfo, list_templates, new_from_template

NAME_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_NAME = 60
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")


class TemplateNameError(ValueError):
    """The name or language cannot be used for a template; ``str()`` says why (in English).

    ``reason`` (``"invalid"``, ``"bundled"`` or ``"language"``) lets an interface say it in its own words.
    """

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def user_templates_folder() -> Path:
    """Where "Save as template" writes (the folder may not exist yet)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "templates"


def user_templates(language: str | None = None, *, folder: Path | None = None) -> list[TemplateInfo]:
    """The user's templates, as :func:`templates.list_templates` lists the bundled ones."""
    return list_templates(language, folder=user_templates_folder() if folder is None else folder)


def bundled_names() -> set[str]:
    return {info.name for info in list_templates()}


def template_name(title: str) -> str:
    """A file-safe name suggested from a title: « Parcours d'achat » → ``parcours-d-achat``."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return name[:MAX_NAME].rstrip("-") or "template"


def check_template_name(name: str, language: str) -> None:
    """Raise TemplateNameError unless ``name`` and ``language`` can name a user template."""
    if not name or len(name) > MAX_NAME or not NAME_PATTERN.fullmatch(name):
        raise TemplateNameError(
            "invalid", f"“{name}” cannot name a template: use lower-case letters, digits and hyphens "
            f"(at most {MAX_NAME} characters), such as “my-journey”"
        )
    if name in bundled_names():
        raise TemplateNameError(
            "bundled", f"“{name}” is the name of a template that comes with Journey Studio; choose another"
        )
    if not LANGUAGE_PATTERN.fullmatch(language):
        raise TemplateNameError("language", f"“{language}” is not a language code such as “fr” or “en”")


def template_path(name: str, language: str, folder: Path | None = None) -> Path:
    return (user_templates_folder() if folder is None else folder) / f"{name}.{language}{SUFFIX}"


def save_as_template(workspace: Workspace, name: str, language: str, folder: Path | None = None) -> Path:
    """Write ``workspace`` as the user template ``name`` in ``language``; returns the file written.

    The copy is undated (a new map from it gets today's date) and says it is in ``language``.
    An existing template of that name and language is replaced. Raises TemplateNameError for
    a bad name, and the io module's SaveFailed when the file cannot be written.
    """
    check_template_name(name, language)
    target = template_path(name, language, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    template = workspace.model_copy(deep=True)
    template.metadata.created = None
    template.metadata.modified = None
    template.metadata.language = language
    if not template.metadata.title and template.maps:
        template.metadata.title = template.maps[0].title
    write_workspace(template, target)
    return target


def is_user_template(name: str, *, folder: Path | None = None) -> bool:
    return any(info.name == name for info in user_templates(folder=folder))


def new_from_any_template(name: str, language: str = "fr", *, folder: Path | None = None) -> Workspace:
    """A new workspace from the user's template ``name`` if there is one, else from the bundled one."""
    user_folder = user_templates_folder() if folder is None else folder
    if is_user_template(name, folder=user_folder):
        return new_from_template(name, language, folder=user_folder)
    return new_from_template(name, language)
