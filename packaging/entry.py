"""PyInstaller entry point: the annotator-desktop command line (GUI by default)."""

import sys

from annotator_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
