"""The ``kiosk`` command: runs the app, and the tools content authors, IT staff and scripts rely on.

These names, options and output shapes are an interface other people script against: keep them stable.
A ``--config FILE`` that does not exist is an error naming it (exit 2) for every command but ``set-pin``, which
creates it: a typo in a start command must not leave a kiosk running without its clinic numbers and PIN.

    kiosk [--windowed | --kiosk] [--content-dir DIR] [--config FILE]    run the app
    kiosk search "QUERY" [--json] [--limit N]                            search the content
    kiosk search -- "-QUERY"                                             a query that starts with "-"
    kiosk check                                                          check the content, exit 1 on errors
    kiosk snapshot --out DIR [--size WxH] [--lang CODE]                  render every screen to PNG
    kiosk index --out DIR                                                build the search index ahead of time
    kiosk set-pin                                                        set the staff PIN in the settings file
    kiosk pack keygen --private FILE --public FILE                       make a key pair for signing content packs
    kiosk pack build CONTENT_DIR --key PRIVATE --out FILE                check, pack and sign content
      [--require-signoff]                                                ... only if every page is signed off
    kiosk pack verify FILE --public-key PUBLIC                           is the pack whole and signed by that key?
    kiosk pack install FILE [--allow-downgrade] [--config FILE]          install a signed pack on this machine
    kiosk pack rollback [--guide ID] [--config FILE]                     go back to the previous pack
    kiosk pack pickup [--config FILE]                                    run the pickup folder check once
    kiosk status [--json] [--config FILE]                                what this kiosk shows, whether it runs
    kiosk stats --csv FILE                                               write the usage counts as CSV
    kiosk signoff PAGE... | --all --reviewer R --organisation O          record a clinical sign-off of pages
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
    search.add_argument("query", help='the words to search for (words that start with "-" go after --: '
                                      'kiosk search -- -QUERY)')
    search.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results (default 10)")
    _common(search)

    check = commands.add_parser("check", help="check the content for errors, review dates and readability")
    _common(check)

    snapshot = commands.add_parser("snapshot", help="render every screen to PNG files (offscreen)")
    snapshot.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNG files")
    snapshot.add_argument("--lang", metavar="CODE", default=None,
                          help="render the screens in this language (en, pl, ur, ...; default: the settings')")
    snapshot.add_argument("--size", type=_screen_size, action="append", metavar="WxH",
                          help="render at exactly this screen size, e.g. 1024x768 (repeat for more; default: "
                               "1920x1080, 1280x800, 1024x768, 1366x768 and 1080x1920)")
    _common(snapshot)

    index = commands.add_parser("index", help="build the search index for the content ahead of time")
    index.add_argument("--out", type=Path, default=None, metavar="DIR",
                       help="folder for the index (default: the index shipped with the app)")
    _common(index)

    pack = commands.add_parser("pack", help="signed content packs: keygen, build, verify, install, rollback, pickup")
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="STEP", required=True)
    keygen = pack_commands.add_parser("keygen", help="make a key pair for signing content packs")
    keygen.add_argument("--private", type=Path, required=True, metavar="FILE", help="where to write the private key")
    keygen.add_argument("--public", type=Path, required=True, metavar="FILE", help="where to write the public key")
    build = pack_commands.add_parser("build", help="check a content folder, pack it into one file and sign it")
    build.add_argument("pack_content_dir", type=Path, metavar="CONTENT_DIR", help="the content folder to pack")
    build.add_argument("--key", type=Path, required=True, metavar="PRIVATE", help="the private key file")
    build.add_argument("--out", type=Path, required=True, metavar="FILE", help="the pack file to write (.kpack)")
    build.add_argument("--guide-id", default=None, metavar="ID",
                       help="the guide's id (default: id in guide.toml, else made from its title)")
    build.add_argument("--pack-version", default=None, metavar="VERSION",
                       help="the pack's version (default: version in guide.toml, else today's date)")
    build.add_argument("--require-signoff", action="store_true",
                       help="refuse content with any page not signed off, or changed since its sign-off")
    verify = pack_commands.add_parser("verify", help="check a pack is whole and signed by a key (exit 0 or 1)")
    verify.add_argument("pack_file", type=Path, metavar="FILE", help="the pack file")
    verify.add_argument("--public-key", type=Path, required=True, metavar="PUBLIC", help="the public key file")
    install = pack_commands.add_parser("install", help="verify a pack and install it on this machine")
    install.add_argument("pack_file", type=Path, metavar="FILE", help="the pack file")
    install.add_argument("--allow-downgrade", action="store_true",
                         help="install it even if it is an older version of its guide than the one in use")
    _common(install)
    rollback = pack_commands.add_parser("rollback", help="go back to the previously installed pack")
    rollback.add_argument("--guide", default=None, metavar="ID",
                          help="which guide to go back (needed when several guides are installed)")
    _common(rollback)
    pickup = pack_commands.add_parser(
        "pickup", help="run the pickup folder check once, as a kiosk does at an idle reset (exit 1 if a file "
                       "was refused)")
    _common(pickup)

    stats = commands.add_parser("stats", help="write the anonymous usage counts as CSV")
    stats.add_argument("--csv", type=Path, required=True, metavar="FILE",
                       help="the CSV file to write (- for the screen)")
    _common(stats)

    signoff = commands.add_parser("signoff", help="record a clinical reviewer's sign-off of pages as they are now")
    signoff.add_argument("pages", nargs="*", metavar="PAGE", help="the page ids signed off (file names without .md)")
    signoff.add_argument("--all", action="store_true", help="every page of the guide")
    signoff.add_argument("--reviewer", required=True, help="the reviewer's name, or their role")
    signoff.add_argument("--organisation", required=True, help="where the reviewer works")
    signoff.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the day of the sign-off (default today)")
    _common(signoff)

    status = commands.add_parser("status", help="the guides in use, whether a kiosk runs, settings files and the "
                                               "pickup folder (exit 0)")
    status.add_argument("--json", action="store_true", help="print one JSON object (its shape is stable)")
    _common(status)

    set_pin = commands.add_parser("set-pin", help="set the staff PIN that unlocks kiosk mode")
    _common(set_pin)
    return parser


def _content_dir(args: argparse.Namespace) -> Path:
    from kiosk.app import StartOptions, resolve_content_dir
    from kiosk.settings import load_settings

    settings = load_settings(_config(args)).settings
    return resolve_content_dir(StartOptions(content_dir=getattr(args, "content_dir", None)), settings)


def _content_dirs(args: argparse.Namespace) -> list[Path]:
    """Every guide the kiosk would show (several when a library of packs is installed)."""
    from kiosk.app import StartOptions, resolve_content_dirs
    from kiosk.settings import load_settings

    settings = load_settings(_config(args)).settings
    return resolve_content_dirs(StartOptions(content_dir=getattr(args, "content_dir", None)), settings)


def _config(args: argparse.Namespace) -> Path:
    from kiosk.paths import default_config_file

    return getattr(args, "config", None) or default_config_file()


def missing_config(args: argparse.Namespace) -> str | None:
    """The message for a ``--config`` file that is not there, or None. (``set-pin`` creates the file it is given.)"""
    config = getattr(args, "config", None)
    if config is None or args.command == "set-pin" or config.is_file():
        return None
    what = "is not a file" if config.exists() else "does not exist"
    return f"kiosk: the settings file given with --config {what}: {config}"


def _check_hazard_log() -> int:
    """From a source checkout: every test the clinical safety case names as evidence must exist (read, not run)."""
    from kiosk import safety_case

    root = safety_case.source_checkout()
    if root is None:
        return 0  # the bundle ships neither the hazard log nor the tests
    found = safety_case.check_repository(root)
    for problem in found:
        print(f"hazard log: {problem}")
    return 1 if found else 0


def _pack(args: argparse.Namespace) -> int:
    from kiosk.packs import commands as pack
    from kiosk.settings import load_settings

    step = args.pack_command
    if step == "keygen":
        return pack.keygen_command(args.private, args.public, sys.stdout)
    if step == "build":
        return pack.build_command(args.pack_content_dir, args.key, args.out, sys.stdout, guide_id=args.guide_id,
                                  version=args.pack_version, require_signoff=args.require_signoff)
    if step == "verify":
        return pack.verify_command(args.pack_file, args.public_key, sys.stdout)
    loaded = load_settings(_config(args))
    for problem in loaded.problems:
        print(f"Settings: {problem}", file=sys.stderr)
    if step == "install":
        return pack.install_command(args.pack_file, loaded.settings, sys.stdout,
                                    allow_downgrade=args.allow_downgrade)
    if step == "pickup":
        return pack.pickup_command(loaded.settings, sys.stdout)
    return pack.rollback_command(loaded.settings, sys.stdout, args.guide)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    problem = missing_config(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
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

        library = _content_dirs(args)
        return search_command(library[0], args.query, as_json=args.json, limit=max(1, args.limit),
                              out=sys.stdout, library=library)
    if args.command == "check":
        from kiosk.content.check import run as run_check
        from kiosk.translations import run_check as check_translations

        # Every guide the kiosk shows, one report after another (one guide: as before), then the interface's
        # translations and the clinical safety case's evidence.
        code = max([*(run_check(folder, sys.stdout) for folder in _content_dirs(args)), check_translations(sys.stdout)])
        return max(code, _check_hazard_log())
    if args.command == "snapshot":
        from kiosk.ui.snapshot import snapshot_command

        return snapshot_command(args.out, content_dir=_content_dir(args), config=_config(args), out=sys.stdout,
                                sizes=args.size, lang=args.lang)
    if args.command == "index":
        from kiosk import resources
        from kiosk.search.commands import index_command

        return index_command(_content_dir(args), args.out or resources.prebuilt_index_dir(), sys.stdout)
    if args.command == "pack":
        return _pack(args)
    if args.command == "stats":
        from kiosk.settings import load_settings
        from kiosk.usage.commands import stats_command

        settings = load_settings(_config(args)).settings
        return stats_command(args.csv, counting_on=settings.usage_enabled, out=sys.stdout,
                             retention_months=settings.usage_retention_months)
    if args.command == "signoff":
        from kiosk.content.signoff import signoff_command

        return signoff_command(_content_dir(args), args.pages, every=args.all, reviewer=args.reviewer,
                               organisation=args.organisation, day=args.date, out=sys.stdout)
    if args.command == "status":
        from kiosk.fleet.status import status_command
        from kiosk.settings import load_settings

        loaded = load_settings(_config(args))
        for problem in loaded.problems:
            print(f"Settings: {problem}", file=sys.stderr)
        return status_command(loaded.settings, getattr(args, "config", None), sys.stdout, as_json=args.json)
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
