"""The one error a content pack operation raises: its message is fit to show to IT staff as it is."""


class PackError(Exception):
    """A pack was refused or an operation could not be done; nothing was changed."""
