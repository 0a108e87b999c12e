"""The ``kiosk`` command: runs the app, and the tools content authors, IT staff and scripts rely on.

These names, options and output shapes are an interface other people script against: keep them stable.

    kiosk [--windowed | --kiosk] [--content-dir DIR] [--config FILE]    run the app
    kiosk search "QUERY" [--json] [--limit N]                            search the content
    kiosk check                                                          check the content, exit 1 on errors
    kiosk snapshot --out DIR [--size WxH]                                render every screen to PNG
    kiosk index --out DIR                                                build the search index ahead of time
    kiosk set-pin                                                        set the staff PIN in the settings file
    kiosk --self-test                                                    check this installation works
    kiosk --version
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__


def _screen_size(text: str) -> tuple[int, int]:
    from kiosk.ui.snapshot import parse_size

    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="use the content in DIR instead of the built-in guide")
    parser.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS,
                        help="read settings from FILE instead of the per-user settings file")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Clinic Kiosk: offline, touch-friendly patient information for clinic waiting rooms.",
    )
    parser.add_argument("--version", action="version", version=f"Clinic Kiosk {__version__}")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--windowed", action="store_const", const="windowed", dest="mode",
                      help="run in an ordinary window (a nurse's laptop)")
    mode.add_argument("--kiosk", action="store_const", const="kiosk", dest="mode",
                      help="run full screen and locked down (a waiting-room touchscreen)")
    parser.add_argument(
        "--self-test", action="store_true",
        help="start offscreen, load content, search and render every screen; exit 0 if all worked",
    )
    _common(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="search the content as the kiosk would")
    search.add_argument("query", help="the words to search for")
    search.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results (default 10)")
    _common(search)

    check = commands.add_parser("check", help="check the content for errors, review dates and readability")
    _common(check)

    snapshot = commands.add_parser("snapshot", help="render every screen to PNG files (offscreen)")
    snapshot.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNG files")
    snapshot.add_argument("--size", type=_screen_size, action="append", metavar="WxH",
                          help="render at exactly this screen size, e.g. 1024x768 (repeat for more; default: "
                               "1920x1080, 1280x800, 1024x768, 1366x768 and 1080x1920)")
    _common(snapshot)

    index = commands.add_parser("index", help="build the search index for the content ahead of time")
    index.add_argument("--out", type=Path, default=None, metavar="DIR",
                       help="folder for the index (default: the index shipped with the app)")
    _common(index)

    set_pin = commands.add_parser("set-pin", help="set the staff PIN that unlocks kiosk mode")
    _common(set_pin)
    return parser


def _content_dir(args: argparse.Namespace) -> Path:
    from kiosk.app import StartOptions, resolve_content_dir
    from kiosk.settings import load_settings

    settings = load_settings(_config(args)).settings
    return resolve_content_dir(StartOptions(content_dir=getattr(args, "content_dir", None)), settings)


def _config(args: argparse.Namespace) -> Path:
    from kiosk.paths import default_config_file

    return getattr(args, "config", None) or default_config_file()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kiosk search ... | head`
        return 0


def _dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from kiosk.selftest import run_self_test

        return run_self_test(content_dir=_content_dir(args), config=_config(args), out=sys.stdout)
    if args.command == "search":
        from kiosk.search.commands import search_command

        return search_command(_content_dir(args), args.query, as_json=args.json, limit=max(1, args.limit),
                              out=sys.stdout)
    if args.command == "check":
        from kiosk.content.check import run as run_check

        return run_check(_content_dir(args), sys.stdout)
    if args.command == "snapshot":
        from kiosk.ui.snapshot import snapshot_command

        return snapshot_command(args.out, content_dir=_content_dir(args), config=_config(args), out=sys.stdout,
                                sizes=args.size)
    if args.command == "index":
        from kiosk import resources
        from kiosk.search.commands import index_command

        return index_command(_content_dir(args), args.out or resources.prebuilt_index_dir(), sys.stdout)
    if args.command == "set-pin":
        from kiosk.pin_command import set_pin_command

        return set_pin_command(_config(args), sys.stdin, sys.stdout)

    from kiosk.app import StartOptions, run
    from kiosk.settings import StartMode

    options = StartOptions(
        config=_config(args),
        content_dir=getattr(args, "content_dir", None),
        mode=StartMode(args.mode) if args.mode else None,
    )
    return run(options)
