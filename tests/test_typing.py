"""The package type-checks under ``mypy --strict`` (STYLE.md: types everywhere)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import fusionwatch

REPO = Path(__file__).resolve().parent.parent


def test_mypy_strict() -> None:
    package = Path(fusionwatch.__file__).parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(package)],
        capture_output=True, text=True, cwd=REPO, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
