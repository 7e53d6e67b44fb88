"""File and export errors in the interface's language.

Files and exports know nothing of Qt, so their errors keep their words as
:class:`~journey_studio.io.errors.ErrorText` (English source, placeholders, values); this is where the
window translates them, when it shows them, as it does undo texts. A French user opening a broken file
reads « … : n’est pas du JSON valide … », naming the file and the problem. The command line prints the
English (``str()`` of the error): scripts and logs read one language whatever the desktop speaks.
"""

from PySide6.QtCore import QCoreApplication

from ..export import ExportError, ExportFailed
from ..io import JourneyFileError
from ..io.errors import ErrorText


def translated(text: ErrorText) -> str:
    """``text`` in the interface's language (English where the catalogue has nothing)."""
    return text.render(_translate)


def _translate(text: ErrorText) -> str:
    if not text.context:  # words shown as they are (the system's own, a detail)
        return text.source
    return QCoreApplication.translate(text.context, text.source)  # dynamic translation


def file_error_message(error: JourneyFileError) -> str:
    """The file, the problem and its details, as a message box shows them."""
    return translated(error.text())


def export_problem(error: BaseException) -> str:
    """Why an export failed, without the map and the format (the dialog's own sentence names them)."""
    if isinstance(error, ExportFailed):
        problem: object = error.problem
    elif isinstance(error, ExportError) and error.args:
        problem = error.args[0]
    else:
        return str(error)
    return translated(problem) if isinstance(problem, ErrorText) else str(problem)
