"""Search over the content's pages. The code is in submodules, so importing this package stays cheap.

- ``kiosk.search.engine``: ``SearchIndex`` (open, build, search), ``SearchResults`` and ``SearchHit``.
- ``kiosk.search.commands``: ``search_command`` and ``index_command`` behind ``kiosk search`` and ``kiosk index``.

Whoosh is imported only when an index is opened or built (``kiosk.search.backend`` and the modules it uses).
"""
