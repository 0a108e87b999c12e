"""``kiosk pack keygen | build | verify | install | rollback``: one clear line per result, exit 0 or 1."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TextIO

from kiosk.packs.archive import open_pack, write_pack
from kiosk.packs.errors import PackError
from kiosk.packs.install import InstallResult, PackStore, pack_store, settings_path  # noqa: F401 - read from here
from kiosk.packs.keys import generate_keys, load_signing_key, load_verify_key
from kiosk.settings import Settings


def content_errors(content_dir: Path) -> list[str]:
    """What ``kiosk check`` reports as errors for ``content_dir``, one line each (warnings do not stop a pack)."""
    from kiosk import resources
    from kiosk.content.check import check, format_problem
    from kiosk.content.loader import load_content

    store = load_content(content_dir, icon_dirs=[resources.icon_dir()])
    return [format_problem(problem, content_dir) for problem in check(store).errors]


def prepare_content(content_dir: Path, index_dir: Path) -> list[str]:
    """Check unpacked content and, if it passes, build its search index (the install's one slow step)."""
    from kiosk import resources
    from kiosk.content.check import check, format_problem
    from kiosk.content.loader import load_content
    from kiosk.search.engine import SearchIndex

    store = load_content(content_dir, icon_dirs=[resources.icon_dir()])
    errors = [format_problem(problem, content_dir) for problem in check(store).errors]
    if not errors:
        SearchIndex.build(store, index_dir)
    return errors


def trusted_key(settings: Settings):
    if not settings.pack_public_key:
        raise PackError("no public key is set: add pack_public_key under [content] in the settings file "
                        f"({settings.source or 'see settings.example.toml'})")
    return load_verify_key(settings_path(settings, settings.pack_public_key))


def install_pack(pack: Path, settings: Settings, *, allow_downgrade: bool = False) -> InstallResult:
    def prepare(content_dir: Path, index_dir: Path) -> list[str]:
        refuse_unchecked_translation(content_dir, settings)
        return prepare_content(content_dir, index_dir)

    return pack_store(settings).install(pack, trusted_key(settings), prepare=prepare, allow_downgrade=allow_downgrade)


def pickup_once(settings: Settings, *, refused_before: dict | None = None) -> list:  # list[PickupLine]
    """The pickup check, once, as a kiosk runs it at an idle reset (see ``check_pickup_folder``). Raises PackError
    when there is no pickup folder set, or no trusted key."""
    from kiosk.packs.pickup import check_pickup_folder

    if not settings.pickup_folder:
        raise PackError("no pickup folder is set: add pickup_folder under [content] in the settings file "
                        f"({settings.source or 'see settings.example.toml'})")
    folder = settings_path(settings, settings.pickup_folder)
    key = trusted_key(settings)
    if not folder.is_dir():
        return []
    return check_pickup_folder(folder, pack_store(settings), key, lambda path: install_pack(path, settings),
                               refused_before=refused_before)


def refuse_unchecked_translation(content_dir: Path, settings: Settings) -> None:
    """A translation nobody qualified has checked never reaches a patient by accident: refused (PackError), unless
    the clinic has set [languages] allow_unchecked = true to check it on a kiosk."""
    from kiosk.content.loader import load_guide

    guide = load_guide(content_dir, [])
    if guide.unchecked_translation and not settings.allow_unchecked:
        raise PackError(f"refused: “{guide.title}” is a translation ({guide.language}) that has not been checked by a "
                        "qualified translator ([translation] checked = false in its guide.toml). Nothing changed. "
                        "To install it for checking only, set [languages] allow_unchecked = true")


def _guide_details(content_dir: Path) -> tuple[str, str]:
    from kiosk.content.loader import load_guide

    guide = load_guide(content_dir, [])
    slug = re.sub(r"[^a-z0-9]+", "-", guide.title.lower()).strip("-")[:63] or "guide"
    return guide.id or slug, guide.version or dt.date.today().strftime("%Y.%m.%d")


def keygen_command(private: Path, public: Path, out: TextIO) -> int:
    try:
        generate_keys(private, public)
    except PackError as error:
        print(f"Not done: {error}", file=out)
        return 1
    print(f"Made a key pair: keep {private} secret on the machine that builds packs; copy {public} to the kiosks "
          "and name it in their settings ([content] pack_public_key).", file=out)
    return 0


def unsigned_pages(content_dir: Path) -> list[str]:
    """The pages of ``content_dir`` not signed off, or changed since their sign-off (kiosk/content/signoff.py)."""
    from kiosk.content.loader import load_content
    from kiosk.content.signoff import unsigned_pages as unsigned

    return unsigned(load_content(content_dir))


def build_command(content_dir: Path, key: Path, target: Path, out: TextIO, *, guide_id: str | None = None,
                  version: str | None = None, require_signoff: bool = False) -> int:
    try:
        signing_key = load_signing_key(key)
        if not content_dir.is_dir():
            raise PackError(f"the content folder {content_dir} does not exist")
        errors = content_errors(content_dir)
        if errors:
            raise PackError(f"the content fails 'kiosk check' with {len(errors)} error(s), first: {errors[0]}. "
                            f"Run 'kiosk check --content-dir {content_dir}' and fix them")
        unsigned = unsigned_pages(content_dir) if require_signoff else []
        if unsigned:
            shown = ", ".join(unsigned[:20]) + (f" and {len(unsigned) - 20} more" if len(unsigned) > 20 else "")
            raise PackError(f"{len(unsigned)} page(s) are not signed off by a clinical reviewer, or changed since: "
                            f"{shown}. Sign them off with 'kiosk signoff' (--require-signoff)")
        default_id, default_version = _guide_details(content_dir)
        manifest = write_pack(content_dir, signing_key, target, guide_id=guide_id or default_id,
                              version=version or default_version)
    except PackError as error:
        print(f"Not built: {error}", file=out)
        return 1
    print(f"Built {target}: {manifest.name}, {len(manifest.files)} files, signed.", file=out)
    return 0


def verify_command(pack: Path, public_key: Path, out: TextIO) -> int:
    try:
        key = load_verify_key(public_key)
        with open_pack(pack, key) as opened:
            opened.check_every_file()
            manifest = opened.manifest
    except PackError as error:
        print(f"NOT OK: {error}", file=out)
        return 1
    print(f"OK: {pack} is whole and signed by {public_key.name}: {manifest.name}, {len(manifest.files)} files.",
          file=out)
    return 0


def install_command(pack: Path, settings: Settings, out: TextIO, *, allow_downgrade: bool = False) -> int:
    try:
        result = install_pack(pack, settings, allow_downgrade=allow_downgrade)
    except PackError as error:
        print(f"Not installed: {error}", file=out)
        return 1
    if result.already_installed:
        print(f"Already installed: {result.pack.manifest.name} is the content in use. Nothing changed.", file=out)
        return 0
    note = ""
    if settings.content_dir:
        note = (f" Note: the settings name content_dir ({settings.content_dir}), which the kiosk shows instead "
                "of installed packs; remove it to use this pack.")
    before = f" (before: {result.replaced.manifest.name})" if result.replaced else ""
    guides = pack_store(settings).installed()
    if len(guides) > 1:
        before += ". Guides on this kiosk: " + ", ".join(p.manifest.name for p in guides)
    print(f"Installed {result.pack.manifest.name} into {result.pack.folder}{before}. A running kiosk switches to "
          f"it at its next idle reset.{note}", file=out)
    return 0


def rollback_command(settings: Settings, out: TextIO, guide_id: str | None = None) -> int:
    store = pack_store(settings)
    try:
        back = store.rollback(guide_id)
    except PackError as error:
        print(f"Not done: {error}", file=out)
        return 1
    others = store.installed()
    if back is None and others:
        # The guide's first pack had nothing before it: going back takes the guide off this kiosk.
        guide = f"the guide '{guide_id}'" if guide_id else "that guide"
        print(f"Took {guide} off this kiosk: it had no earlier pack to go back to (roll back again to put it "
              "back). The kiosk shows " + ", ".join(p.manifest.name for p in others) + " from its next idle reset.",
              file=out)
        return 0
    what = back.manifest.name if back else "the content built into the app"
    print(f"Went back to {what}. A running kiosk switches to it at its next idle reset.", file=out)
    return 0


def pickup_command(settings: Settings, out: TextIO) -> int:
    """``kiosk pack pickup``: one line per pack file (``NAME: installed|skipped|refused: why``), then a summary.
    Exit 0 when nothing was refused (whether or not anything was installed), 1 when a file was refused or the
    check could not run (no pickup folder or key set)."""
    try:
        lines = pickup_once(settings)
    except PackError as error:
        print(f"Not done: {error}", file=out)
        return 1
    folder = settings_path(settings, settings.pickup_folder)
    if not folder.is_dir():
        print(f"The pickup folder {folder} does not exist: nothing to do.", file=out)
        return 0
    for line in lines:
        print(str(line), file=out)
    installed = sum(line.outcome == "installed" for line in lines)
    refused = sum(line.outcome == "refused" for line in lines)
    print(f"Pickup folder {folder}: {len(lines)} pack file(s), {installed} installed, {refused} refused."
          + (" A running kiosk switches at its next idle reset." if installed else ""), file=out)
    return 1 if refused else 0
