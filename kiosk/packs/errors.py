"""The one error a content pack operation raises: its message is fit to show to IT staff as it is."""


class PackError(Exception):
    """A pack was refused or an operation could not be done; nothing was changed."""


class DowngradeRefused(PackError):
    """The pack is an older version of its guide than the one in use: installed only when asked for explicitly."""
