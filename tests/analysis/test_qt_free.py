"""The analyses need no Qt: the command line and scripts run them without a display."""

import subprocess
import sys


def test_analysis_imports_no_qt():
    code = (
        "import sys\n"
        "import journey_studio.analysis.cli_insights, journey_studio.analysis.compare\n"
        "import journey_studio.analysis.funnel, journey_studio.analysis.future_state\n"
        "import journey_studio.analysis.insights, journey_studio.analysis.review\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
