"""The core (and the protocol) must import and work with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_with_qt_blocked() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 is blocked in this test")
                return None

        sys.meta_path.insert(0, BlockQt())
        import annotator_desktop.core as core
        import annotator_desktop.protocol
        names = [m.name for m in pkgutil.walk_packages(core.__path__, "annotator_desktop.core.")]
        for name in names:
            importlib.import_module(name)
        assert not any(k.startswith("PySide6") for k in sys.modules), "Qt leaked into core"
        print(len(names))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 3
