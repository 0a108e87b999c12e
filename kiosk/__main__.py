"""Lets the kiosk run as ``python -m kiosk`` (and gives PyInstaller its entry point)."""

from kiosk.cli import main

raise SystemExit(main())
