"""Lets the kiosk run as ``python -m kiosk`` (and gives PyInstaller its entry point)."""

import sys

if getattr(sys, "frozen", False):
    # The bundle is its own Python: a search index build process (kiosk.search.build_process) starts this same
    # program, which must then run the build, not another kiosk.
    import multiprocessing

    multiprocessing.freeze_support()

from kiosk.cli import main

raise SystemExit(main())
