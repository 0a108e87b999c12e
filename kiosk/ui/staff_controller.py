"""What the staff panel's buttons do: gathers its report, exports counts, installs and rolls back packs, reindexes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.content.model import ContentStore
from kiosk.packs import PackError, PackStore
from kiosk.settings import Settings
from kiosk.staff_facts import pages_due_for_review, settings_in_use
from kiosk.ui.panels.staff_panel import StaffPanel, StaffReport
from kiosk.ui.services.search_provider import SearchProvider
from kiosk.usage import DamagedDatabase, UsageCounter, read_rows, summarise

log = logging.getLogger(__name__)


def signoff_line(store: ContentStore) -> str:
    from kiosk.content.signoff import signoff_state

    counts = signoff_state(store)
    if not counts.pages:
        return ""
    translate = QCoreApplication.translate
    if not counts.not_signed:
        return translate("StaffController", "Clinical sign-off: all {pages} pages signed off").format(
            pages=counts.pages)
    if counts.changed:
        return translate("StaffController", "Clinical sign-off: {not_signed} of {pages} pages not signed off "
                         "({changed} changed since their sign-off); they show “not yet checked by a clinician”").format(
            not_signed=counts.not_signed, pages=counts.pages, changed=counts.changed)
    return translate("StaffController", "Clinical sign-off: {not_signed} of {pages} pages not signed off; they show "
                     "“not yet checked by a clinician”").format(not_signed=counts.not_signed, pages=counts.pages)


def _log_file() -> Path:
    from kiosk.logs import LOG_FILE_NAME
    from kiosk.paths import user_log_dir

    return user_log_dir() / LOG_FILE_NAME


class StaffController(QObject):
    """Wires the staff panel to the kiosk's parts. ``removable_folders`` lists where USB sticks are mounted."""

    _install_finished = Signal(str, bool)  # message, installed: from the install thread to the GUI thread
    _downgrade_refused = Signal(object)  # the older pack staff may tap again to install on purpose
    content_changed = Signal()  # an install or rollback switched packs: the kiosk switches at its next reset

    def __init__(self, panel: StaffPanel, store: ContentStore, settings: Settings, search: SearchProvider,
                 packs: PackStore, *, usage: UsageCounter | None, usage_database: Path,
                 is_kiosk_mode: Callable[[], bool], removable_folders: Callable[[], list[Path]],
                 today: Callable[[], dt.date] = dt.date.today, parent: QObject | None = None) -> None:
        super().__init__(parent or panel)
        self.panel = panel
        self.store = store
        self.settings = settings
        self.search = search
        self.packs = packs
        self.usage = usage
        self.usage_database = usage_database
        self.is_kiosk_mode = is_kiosk_mode
        self.removable_folders = removable_folders
        self.today = today
        self._installing = False
        self._downgrade_offered: Path | None = None
        self._downgrade_refused.connect(self._offer_downgrade)
        panel.export_usage.connect(self.export_usage)
        panel.find_packs_button.clicked.connect(self.find_packs)
        panel.install_pack.connect(self.install)
        panel.roll_back.connect(self.roll_back)
        panel.rebuild_index.connect(self.rebuild_index)
        search.rebuilt.connect(self._rebuilt)
        self._install_finished.connect(self._installed)

    def open(self) -> None:
        self.panel.set_status("")
        self.panel.clear_packs()
        self.panel.show_report(self.report())
        self.panel.open()

    # The report -------------------------------------------------------------------------------------------------
    def report(self) -> StaffReport:
        current = self.packs.current()
        in_use = current is not None and self.store.directory == current.content_dir
        if self.store.guides:  # a library of installed guides: name each pack in use
            packs = self.packs.installed()
            version = "; ".join(self.tr("{guide} {version} (built {date})").format(
                guide=p.manifest.guide_id, version=p.manifest.version, date=p.manifest.date) for p in packs)
            source = self.tr("{count} installed content packs in {folder}").format(count=len(packs),
                                                                                   folder=self.packs.root)
        elif in_use:
            version = self.tr("{version} (pack built {date})").format(version=current.manifest.version,
                                                                      date=current.manifest.date)
            source = self.tr("the installed content pack in {folder}").format(folder=current.folder)
        else:
            from kiosk import resources

            built_in = self.store.directory.resolve() == resources.content_dir().resolve()
            version = self.tr("built into the app") if built_in else self.tr("a content folder")
            source = str(self.store.directory)
        previous = self.packs.previous()
        if current is not None:
            previous_name = previous.manifest.name if previous else self.tr("the content built into the app")
        else:
            previous_name = previous.manifest.name if previous else ""
        if previous_name:
            rollback_note = ""
        elif len(guides := self.packs.installed()) > 1:
            ids = ", ".join(p.manifest.guide_id for p in guides)
            rollback_note = self.tr("Several guides are installed ({ids}): to go back for one of them, run "
                                    "kiosk pack rollback --guide ID on this PC.").format(ids=ids)
        else:
            rollback_note = self.tr("Nothing to go back to: no content pack has been installed on this kiosk.")
        return StaffReport(
            content_name=self.store.guide.title,
            content_version=version,
            content_source=source,
            page_count=sum(1 for page in self.store if page.path.suffix == ".md"),
            review_due=pages_due_for_review(self.store, self.today()),
            index_status=self._index_status(),
            counting_on=self.usage is not None and self.usage.enabled,
            usage=self._usage(),
            settings_file=self.settings.source or self.tr("(none: every setting is its default)"),
            settings=settings_in_use(self.settings),
            log_file=str(_log_file()),
            previous_pack=previous_name,
            rollback_note=rollback_note,
            kiosk_mode=self.is_kiosk_mode(),
            signoff=signoff_line(self.store),
        )

    def _index_status(self) -> str:
        if self.search.error:
            return self.tr("Not working: {error}").format(error=self.search.error)
        if not self.search.is_ready:
            return self.tr("Getting ready")
        where = {"prebuilt": self.tr("built ahead of time"), "cache": self.tr("in the cache folder"),
                 "memory": self.tr("in memory only")}
        return self.tr("Working ({where})").format(where=where.get(self.search.location, self.search.location))

    def _usage(self):
        if self.usage is None or not self.usage.enabled:
            return None
        self.usage.flush(timeout=0.5)
        try:
            rows = read_rows(self.usage_database)
        except DamagedDatabase as error:
            log.warning("staff panel: %s", error)
            return None
        if not rows:
            return None
        summary = summarise(rows, self.today())
        # Staff know pages by their titles; a page removed since it was counted keeps its id.
        titles: dict[str, int] = {}
        for pid, n in summary.top_pages:
            titles[self._title(pid)] = titles.get(self._title(pid), 0) + n
        top = sorted(titles.items(), key=lambda item: -item[1])
        return dataclasses.replace(summary, top_pages=top)

    def _title(self, page_id: str) -> str:
        """A counted page's title. Counts outlive a switch between one guide and a library, where the same page
        is ``PAGE`` or ``GUIDE/PAGE``: either finds it, so "Most read" never mixes ids with titles."""
        page = self.store.get(page_id)
        if page is None:
            bare = page_id.split("/", 1)[-1]
            same = [p for p in self.store if p.id == bare or p.id.split("/", 1)[-1] == bare]
            page = same[0] if len(same) == 1 else None
        return page.title if page is not None else page_id

    # Buttons ----------------------------------------------------------------------------------------------------
    def export_usage(self) -> None:
        from kiosk.paths import user_data_dir
        from kiosk.usage.commands import export_csv

        folders = self.removable_folders()
        folder = folders[0] if folders else user_data_dir() / "exports"
        target = folder / f"clinic-kiosk-usage-{self.today():%Y%m%d}.csv"
        if self.usage is not None:
            self.usage.flush(timeout=2)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            rows = export_csv(self.usage_database, target)
        except (OSError, DamagedDatabase) as error:
            self.panel.set_status(self.tr("The usage counts could not be saved: {error}").format(
                error=getattr(error, "strerror", None) or error))
            return
        self.panel.set_status(self.tr("Saved {rows} rows of usage counts to {file}").format(rows=rows, file=target))

    def pack_folders(self) -> list[Path]:
        folders = list(self.removable_folders())
        if self.settings.pickup_folder:
            from kiosk.packs.commands import settings_path

            folders.append(settings_path(self.settings, self.settings.pickup_folder))
        return folders

    def find_packs(self) -> None:
        from kiosk.packs.pickup import find_packs

        self.panel.show_packs(find_packs(self.pack_folders()))

    def install(self, path: Path) -> None:
        if self._installing:
            return
        self._installing = True
        self.panel.set_busy(True)
        self.panel.set_status(self.tr("Checking and installing {file}…").format(file=path.name))
        # An older edition goes in only when staff tap it a second time, after being told it is older (review N8).
        allow_downgrade, self._downgrade_offered = path == self._downgrade_offered, None
        threading.Thread(target=self._install, args=(path, allow_downgrade), name="install-pack", daemon=True).start()

    def _install(self, path: Path, allow_downgrade: bool = False) -> None:
        from kiosk.packs.commands import prepare_content, trusted_key
        from kiosk.packs.errors import DowngradeRefused

        try:
            result = self.packs.install(path, trusted_key(self.settings), prepare=prepare_content,
                                        allow_downgrade=allow_downgrade)
        except DowngradeRefused as error:
            self._downgrade_refused.emit(path)
            self._install_finished.emit(self.tr(
                "Not installed: {why}. To put this older edition back on purpose, tap it again.").format(
                why=str(error).split(" (a downgrade)")[0]), False)
            return
        except PackError as error:
            self._install_finished.emit(self.tr("Not installed: {why}").format(why=error), False)
            return
        except Exception as error:  # never leave the panel saying "installing" for ever
            log.exception("installing %s failed", path)
            self._install_finished.emit(self.tr("Not installed: {why}").format(why=error), False)
            return
        name = result.pack.manifest.name
        if result.already_installed:
            self._install_finished.emit(self.tr("{name} is already the content in use. Nothing changed.").format(
                name=name), False)
        else:
            self._install_finished.emit(self.tr("Installed {name}. It is shown from the next reset (tap Done).").format(
                name=name), True)

    def _offer_downgrade(self, path: Path) -> None:
        self._downgrade_offered = path

    def _installed(self, message: str, changed: bool) -> None:
        self._installing = False
        self.panel.set_busy(False)
        self.panel.show_report(self.report())
        self.panel.set_status(message)
        if changed:
            self.content_changed.emit()

    def roll_back(self) -> None:
        try:
            back = self.packs.rollback()
        except PackError as error:
            self.panel.set_status(self.tr("Not done: {why}").format(why=error))
            return
        what = back.manifest.name if back else self.tr("the content built into the app")
        self.panel.show_report(self.report())
        self.panel.set_status(self.tr("Went back to {name}. It is shown from the next reset (tap Done).").format(
            name=what))
        self.content_changed.emit()

    def rebuild_index(self) -> None:
        self.panel.set_busy(True)
        self.panel.set_status(self.tr("Rebuilding the search index…"))
        self.search.rebuild()

    def _rebuilt(self, error: str) -> None:
        self.panel.set_busy(False)
        self.panel.set_status(self.tr("The search index was rebuilt.") if not error
                              else self.tr("The search index could not be rebuilt: {error}").format(error=error))
        if self.panel.report is not None:
            self.panel.show_report(self.report())
