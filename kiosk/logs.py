"""The kiosk's log: a small rotating file in the per-user log folder, and a calm way out of unexpected errors.

What goes in the log is for clinic IT: start-up steps, content and index problems, errors with their
tracebacks. What never goes in it is anything a patient typed or chose. Search text is never logged, by any
module: log that a search happened or how many results it found, never the words. Because an exception's
message can carry whatever was being processed (a query, a page's text), unexpected errors are logged with
their type and full stack but without their message, except for file-system and import errors, whose
messages name files or modules and are what IT needs to fix a broken install.

On Windows, errors also go to the Application event log (``kiosk.winevent``), where IT's monitoring looks, and
the log folder is made owner-only through its access list (``kiosk.files.make_private_dir``).

This module imports no Qt: ``install_excepthook`` only calls the ``on_error`` it is given, and the UI decides
what the patient sees ("Something went wrong, returning to the start").
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk import paths
from kiosk.files import make_private_dir, make_private_file

LOG_FILE_NAME = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_PREFIX = "kiosk-"
# Exceptions whose messages name files, folders or modules, never patient input.
_MESSAGE_KEPT_FOR = (OSError, ImportError)

log = logging.getLogger(__name__)


class _KioskFormatter(logging.Formatter):
    """Adds the redacted traceback of an unexpected error, where this handler should carry it."""

    def __init__(self, *, with_traceback: bool) -> None:
        super().__init__(_FORMAT)
        self._with_traceback = with_traceback

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        details = getattr(record, "kiosk_traceback", None)
        if self._with_traceback and details:
            text = f"{text}\n{details}"
        return text


class _QuietFailures(logging.FileHandler):
    """A log file which a full or failing disk cannot turn into a problem of its own.

    Python's handlers print a traceback to stderr for every record they fail to write; on a full disk that is a
    traceback a line, forever, in the journal. This one says so once, drops records until a write works again,
    and then says how many were lost.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lost = 0

    def emit(self, record: logging.LogRecord) -> None:
        failed_before = self.lost
        super().emit(record)
        if failed_before and self.lost == failed_before:  # this one was written: the disk is back
            lost, self.lost = self.lost, 0
            super().emit(logging.makeLogRecord({
                "name": __name__, "levelno": logging.WARNING, "levelname": "WARNING",
                "msg": "the log file could not be written for a while: %d message(s) were lost", "args": (lost,),
            }))

    def _open(self):  # type: ignore[no-untyped-def] # logging's own signature
        stream = super()._open()
        if sys.platform == "win32":
            # Windows passes the folder's owner-only access list to new files; this also covers a file written
            # before the folder was private, and Wine, which passes nothing down.
            with contextlib.suppress(OSError):
                make_private_file(Path(self.baseFilename))
        return stream

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last buffered lines could not be written either; nothing more to do
            self.stream = None  # type: ignore[assignment]

    def handleError(self, record: logging.LogRecord) -> None:
        self.lost += 1
        if self.lost == 1 and sys.stderr is not None:
            error = sys.exc_info()[1]
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(f"Cannot write the log file {self.baseFilename} ({error}); "
                                 "messages are dropped until it can be written again\n")


class _StartLog(_QuietFailures):
    """The log file from the first line of start-up until the first screen is painted (``start_logging``)."""


_rotating: type[_QuietFailures] | None = None


def _rotating_log_file() -> type[_QuietFailures]:
    """The rotating log file's class, made the first time: ``logging.handlers`` (sockets, pickling, queues) takes
    about 5 ms to load, which ``start_logging`` keeps off the way to the first paint."""
    global _rotating
    if _rotating is None:
        import logging.handlers

        class _LogFile(_QuietFailures, logging.handlers.RotatingFileHandler):
            """The rotating log file, quiet about a failing disk."""

        _rotating = _LogFile
    return _rotating


def _remove_our_handlers(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if (handler.get_name() or "").startswith(_HANDLER_PREFIX):
            root.removeHandler(handler)
            handler.close()


def _stderr_handler(level: int, *, with_traceback: bool) -> logging.Handler | None:
    # A windowed Windows build may have no stderr at all.
    if sys.stderr is None:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(f"{_HANDLER_PREFIX}stderr")
    handler.setLevel(level)
    handler.setFormatter(_KioskFormatter(with_traceback=with_traceback))
    return handler


def setup_logging(
    log_dir: Path | None = None,
    *,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUP_COUNT,
    rotating: bool = True,
) -> Path | None:
    """Log to a rotating file in log_dir (default: the per-user log folder) and return its path.

    ``rotating=False`` (``start_logging``) appends to the same file without rotating it, for the moments before
    the first paint; calling this again afterwards swaps in the rotating file.

    When the folder cannot be created or the file cannot be written, log to stderr only, say so once, and
    return None: a kiosk must start even on a PC whose profile is read-only. Calling it again replaces the
    handlers it added before.
    """
    root = logging.getLogger()
    earlier = [h for h in root.handlers if h.get_name() == f"{_HANDLER_PREFIX}file" and isinstance(h, _QuietFailures)]
    _remove_our_handlers(root)
    root.setLevel(level)
    folder = Path(log_dir) if log_dir is not None else paths.user_log_dir()
    log_file = folder / LOG_FILE_NAME
    try:
        if sys.platform == "win32":
            make_private_dir(folder)  # chmod means nothing there (each file opened is made private too: _open)
        else:
            folder.mkdir(parents=True, exist_ok=True)
        if rotating:
            file_handler: _QuietFailures = _rotating_log_file()(log_file, maxBytes=max_bytes, backupCount=backups,
                                                                 encoding="utf-8")
        else:
            file_handler = _StartLog(log_file, encoding="utf-8")
    except OSError as error:
        fallback = _stderr_handler(level, with_traceback=True)
        if fallback is not None:
            root.addHandler(fallback)
        log.warning("Cannot write the log file %s (%s); logging to stderr only", log_file, error)
        return None
    file_handler.set_name(f"{_HANDLER_PREFIX}file")
    if earlier and earlier[0].baseFilename == file_handler.baseFilename:
        # The same file carried on (the start log, now rotating): a full disk is reported once, not once more.
        file_handler.lost = earlier[0].lost
    file_handler.setLevel(level)
    file_handler.setFormatter(_KioskFormatter(with_traceback=True))
    root.addHandler(file_handler)
    # A terminal (developer, IT running --self-test) still sees warnings and errors, without tracebacks.
    console = _stderr_handler(logging.WARNING, with_traceback=False)
    if console is not None:
        root.addHandler(console)
    if sys.platform == "win32":
        _add_event_log(root)
    return log_file


def _add_event_log(root: logging.Logger) -> None:  # pragma: no cover - Windows only (make test-windows)
    from kiosk.winevent import event_log_handler

    handler = event_log_handler()
    if handler is not None:
        handler.set_name(f"{_HANDLER_PREFIX}eventlog")
        handler.setFormatter(_KioskFormatter(with_traceback=True))
        root.addHandler(handler)


def start_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Start the log before anything else, as ``setup_logging`` does, but without rotation (and so without
    loading ``logging.handlers``): the app calls ``setup_logging`` once its first screen is painted, which
    rotates the file if it has grown too big. A crash in between is logged all the same."""
    return setup_logging(log_dir, level=level, rotating=False)


def describe_error(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """The traceback of an error and the errors it came from, each message withheld unless it is safe to log."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_type: type[BaseException] = exc_type
    current_tb = tb
    while True:
        name = f"{current_type.__module__}.{current_type.__qualname__}".removeprefix("builtins.")
        if current is not None and isinstance(current, _MESSAGE_KEPT_FOR):
            headline = f"{name}: {current}"
        else:
            headline = f"{name}: <message withheld>"
        parts.append("Traceback (most recent call last):\n" + "".join(traceback.format_tb(current_tb)) + headline)
        if current is None:
            break
        seen.add(id(current))
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is None or id(cause) in seen:
            break
        link = "The above was the direct cause of" if current.__cause__ else "While handling the above, there was"
        parts.append(f"({link} the error below)")
        current, current_type, current_tb = cause, type(cause), cause.__traceback__
    # Show the root cause first, as Python does.
    return "\n".join(reversed(parts))


def _log_unexpected(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                    where: str) -> None:
    log.error("Unexpected %s %s", exc_type.__qualname__, where,
              extra={"kiosk_traceback": describe_error(exc_type, exc, tb)})


def install_excepthook(on_error: Callable[[], None]) -> None:
    """Log every uncaught exception and call on_error, so the UI can calmly return to the start screen.

    Exceptions raised in Qt slots reach ``sys.excepthook`` too, so this covers the whole UI. Errors in other
    threads are logged only: on_error is called on the thread that failed, which must never touch widgets.
    Ctrl+C keeps Python's usual behaviour.
    """

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        _log_unexpected(exc_type, exc, tb, "(returning to the start screen)")
        try:
            on_error()
        except Exception as error:
            # The recovery itself failed; log it, never loop back into this hook.
            _log_unexpected(type(error), error, error.__traceback__, "while showing the error screen")

    def handle_thread(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "unknown"
        _log_unexpected(args.exc_type, args.exc_value, args.exc_traceback, f"in thread {name!r}")

    sys.excepthook = handle
    threading.excepthook = handle_thread
